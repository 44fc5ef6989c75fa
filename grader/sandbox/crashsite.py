"""The sandbox side of a crash's explanation: what the names on the student's failing line held.

Shipped into the sandbox beside child.py (as the module `mlptutor_sandbox_crashsite`); the trusted side
imports it only in tests. When a call raises, `sites` describes the innermost frame of the student's files
and, when that line is the student's own `raise` or `assert`, the student's line that called it (where the
values came from): the file, the line number, the line's text and the names the line reads, with simple
chains (`W.T`, `A.shape[1]`, `params["W1"]`, `params[f"W{l}"]`, `A[0]`), each with what it held:

    an exact ndarray        its shape and dtype: "a (3, 4) float64 array" (and the shape, as numbers)
    a list or tuple         its length and item type: "a list of 3 items (int)"; a few numbers by value
    a dict                  its first keys: "a dict of 4 keys: 'W1', 'b1', 'W2', 'b2'"
    a number, bool, None    its value; a numpy scalar with its dtype: "0.5 (float64)"
    a str                   its repr, cut to a few dozen characters
    anything else           only its type's name: "a Layer"

Student code is hostile: no method of a student's class runs (no __repr__, __len__, __eq__, __getitem__,
property, metaclass): values are told apart by exact type (`type(x) is ...`), only builtin containers and
numpy arrays and scalars are looked into, and dict keys are compared only when they are exact str or int.
Names that hold a module, a function or a class are left out (they say nothing of the crash). Bounded:
MAX_SITES sites, MAX_NAMES names a site, MAX_TEXT characters a description, MAX_JSON characters in all
(names dropped from the end until it fits); the trusted side checks the bounds again (job.py).

A site on the wire: [file name, line number, line text, [[name, description, shape or null], ...]].
"""

import ast
import json
import sys
import types

MAX_SITES = 2
MAX_NAMES = 8
MAX_TEXT = 80  # characters of a description, of a name and (half again) of a line's text
MAX_SOURCE = 120
MAX_DIMS = 8  # an array's shape goes along as numbers up to this many axes
MAX_JSON = 2000  # characters of all sites, JSON-encoded (what the trusted side is charged for)
MAX_SCAN = 1000  # dict items looked through for a key
# the grader's own modules beside the student's files (a function a check passes in: grader/specs/_known_check.py
# HELPER): not the student's lines, so a crash inside one is told at the student's line that called it. Named one by
# one, not by their prefix: a student's helper named mlptutor_*.py is refused before it gets here
# (grader/bulk/sources.py grader_name), and a file name alone must never make a student's line the grader's
GRADER = frozenset({"mlptutor_known_functions.py"})
_dumps = json.dumps  # kept before student code runs: it may rebind json's name (and numpy's: see bind)
_ndarray = None  # numpy's ndarray, once bound: `type(x) is None` is false for every x
_type_name = type.__dict__["__name__"].__get__  # the class's own name: a metaclass cannot rig it
_traceback_of = BaseException.__traceback__.__get__  # an exception class cannot override it with a property
_NUMBERS = (bool, int, float, complex, type(None))
_SCALARS = frozenset()  # numpy's own scalar types, once bound
_SILENT = (types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType)  # and numpy's ufunc
_ARRAY_ATTRIBUTES = ("T",)  # an array's shape, ndim and size its own description says
_HEADERS = ("body", "orelse", "finalbody", "handlers", "cases")  # a compound statement's blocks, not its line
_trees: dict = {}  # a module's source (bytes) -> its tree and lines: a job's child parses each module once
_statements: dict = {}  # (source, line number) -> the statement there


def bind(np) -> None:
    """Take numpy's types: in a zygote that preloads numpy before student code runs (it may rebind numpy's
    names), else at the first crash after a job's code imported numpy (no value is an array before)."""
    global _ndarray, _SCALARS, _SILENT
    _SCALARS = frozenset(np.dtype(c).type for c in "?bhilqBHILQefdgFDG")
    _SILENT = (*_SILENT, np.ufunc)
    _ndarray = np.ndarray


def sites(exc: BaseException, scratch: str, sources: dict) -> list:
    """The sites of a call that raised `exc`: the student's failing line (and its caller's for a `raise`),
    as wire lists; [] when no frame of the traceback is a student file with a source, or on any surprise."""
    try:
        if _ndarray is None and "numpy" in sys.modules:
            bind(sys.modules["numpy"])
        frames, tb = [], _traceback_of(exc)
        while tb is not None:
            filename = tb.tb_frame.f_code.co_filename
            if type(filename) is str and filename.startswith(scratch) and not grader_file(filename):
                frames.append(tb)
            tb = tb.tb_next
        found = []
        for tb in reversed(frames):
            site, statement = _site(tb, scratch, sources)
            if site is None:
                break
            found.append(site)
            if len(found) == MAX_SITES or not isinstance(statement, (ast.Raise, ast.Assert)):
                break
        return _bounded(found)
    except BaseException:  # the description is an extra: the outcome goes without it
        return []


def grader_file(filename: str) -> bool:
    """Whether a scratch file is one of the grader's own modules, not the student's."""
    return filename.rpartition("/")[2] in GRADER


def _bounded(found: list) -> list:
    """`found` with names dropped from the end (then sites) until its JSON fits MAX_JSON characters."""
    while found and len(_dumps(found)) > MAX_JSON:
        names = found[-1][3]
        if names:
            names.pop()
        else:
            found.pop()
    return found


def _site(tb, scratch: str, sources: dict):
    """(the wire site of one traceback entry, its statement), or (None, None) without a source to read."""
    frame, number = tb.tb_frame, tb.tb_lineno
    module = frame.f_code.co_filename[len(scratch):].strip("/")
    if len(module) > MAX_TEXT or not module.endswith(".py") or module[:-3] not in sources or type(number) is not int:
        return None, None
    source = sources[module[:-3]]
    tree, lines = _tree(source)
    if tree is None or not 0 < number <= len(lines):
        return None, None
    if (source, number) not in _statements:
        _statements[source, number] = _statement(tree, number)
    statement = _statements[source, number]
    text = " ".join(lines[number - 1].split())
    text = text if len(text) <= MAX_SOURCE else text[:MAX_SOURCE - 3] + "..."
    names = [] if statement is None else _described(statement, frame, _failing(tb))
    return [module, number, text, names], statement


def _tree(source: bytes):
    if source not in _trees:
        try:
            text = source.decode("utf-8")
            # the lines as Python numbers them (str.splitlines also splits at form feeds and other separators)
            _trees[source] = (ast.parse(text), text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        except BaseException:
            _trees[source] = (None, [])
    return _trees[source]


def _statement(tree, number: int):
    """The innermost statement whose lines hold line `number` (a compound statement's own line: its header)."""
    best = None
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt) and node.lineno <= number <= (node.end_lineno or node.lineno):
            if best is None or (node.lineno, -(node.end_lineno or 0)) > (best.lineno, -(best.end_lineno or 0)):
                best = node
    return best


def _failing(tb):
    """(line, column, end line, end column) of the instruction that raised, or None."""
    try:
        position = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
    except (IndexError, ValueError, AttributeError):
        return None
    return None if None in position else (position[0], position[2], position[1], position[3])


def _expressions(statement) -> list:
    """The expression nodes of the statement's own line(s) (a compound statement: its header), in source order."""
    found = []
    for field, value in ast.iter_fields(statement):
        if field in _HEADERS:
            continue
        for item in value if type(value) is list else [value]:
            if isinstance(item, ast.AST):
                found += [n for n in ast.walk(item) if isinstance(n, (ast.Name, ast.Attribute, ast.Subscript))]
    return sorted(found, key=lambda n: (n.lineno, n.col_offset, -n.end_lineno, -n.end_col_offset))


def _inside(node, span) -> bool:
    return span is not None and (node.lineno, node.col_offset) >= span[:2] and \
        (node.end_lineno, node.end_col_offset) <= span[2:]


def _described(statement, frame, span) -> list:
    """[name, description, shape] of the names and chains the statement reads, those inside the failing
    expression (`span`) first, each once."""
    scopes = [d for d in (frame.f_locals, frame.f_globals) if type(d) is dict]
    readable = [n for n in _expressions(statement) if isinstance(n, ast.Name) or _chain(n)]
    # a chain's inner steps say nothing more (W of W.T, params["W1"] of params["W1"].T), but the name a
    # subscript starts from does (params: its keys)
    inner = {id(n.value) for n in readable if isinstance(n, ast.Attribute)
             or (isinstance(n, ast.Subscript) and not isinstance(n.value, ast.Name))}
    chains, seen = [], set()
    for node in readable:
        if isinstance(node.ctx, ast.Store) and not isinstance(statement, ast.AugAssign):
            continue  # what a target held before it is assigned says nothing
        if id(node) not in inner:
            text = _source(node)
            if text is not None and text not in seen:
                seen.add(text)
                chains.append((not _inside(node, span), len(chains), node, text))
    found = []
    for _, _, node, text in sorted(chains, key=lambda c: c[:2]):
        ok, value = _read(node, scopes)
        if ok and not _silent(value):
            shape = list(value.shape) if type(value) is _ndarray and value.ndim <= MAX_DIMS else None
            found.append([text, _short(_describe(value)), shape])
            if len(found) == MAX_NAMES:
                break
    return found


def _chain(node) -> bool:
    """An attribute or subscript chain down to a name, each step one _read can take without student code
    (W.T, params["W1"], A[0, :])."""
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        if isinstance(node, ast.Attribute) and node.attr not in _ARRAY_ATTRIBUTES:
            return False
        if isinstance(node, ast.Subscript) and not _plain_index(node.slice):
            return False
        node = node.value
    return isinstance(node, ast.Name)


def _plain_index(node) -> bool:
    if isinstance(node, ast.Tuple):
        return all(_plain_index(n) for n in node.elts)
    if isinstance(node, ast.Slice):
        return all(n is None or _plain_index(n) for n in (node.lower, node.upper, node.step))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return isinstance(node.operand, ast.Constant)
    if isinstance(node, ast.JoinedStr):
        return all(isinstance(v, ast.Constant) or (isinstance(v, ast.FormattedValue) and v.conversion == -1
                                                   and v.format_spec is None and isinstance(v.value, ast.Name))
                   for v in node.values)
    return isinstance(node, (ast.Constant, ast.Name))


def _source(node):
    try:
        text = ast.unparse(node)
    except BaseException:
        return None
    return text if len(text) <= MAX_TEXT else None


def _read(node, scopes: list):
    """(True, value) of a name or chain read from the frame's scopes without running student code, or (False, None)."""
    if isinstance(node, ast.Name):
        for scope in scopes:
            ok, value = _lookup(scope, node.id)
            if ok:
                return ok, value
        return False, None
    ok, base = _read(node.value, scopes)
    if not ok:
        return False, None
    if isinstance(node, ast.Attribute):
        return (True, getattr(base, node.attr)) if type(base) is _ndarray else (False, None)
    ok, key = _index(node.slice, scopes)
    if not ok:
        return False, None
    kind = type(base)
    if kind is dict:
        return _lookup(base, key) if type(key) in (str, int) else (False, None)
    if kind in (list, tuple) and type(key) is int:
        return (True, base[key]) if -len(base) <= key < len(base) else (False, None)
    if kind is _ndarray and base.dtype.kind in "biufc" and type(key) in (int, slice, tuple, type(None)):
        try:  # numpy's own indexing (an object array's items would be the student's objects)
            return True, base[key]
        except (IndexError, TypeError, ValueError):
            return False, None
    return False, None


def _index(node, scopes: list):
    """(True, the plain index of a subscript: int, str, slice, tuple of them), or (False, None)."""
    if isinstance(node, ast.Constant):
        return (True, node.value) if type(node.value) in (int, str, type(None), type(Ellipsis)) else (False, None)
    if isinstance(node, ast.UnaryOp):
        return (True, -node.operand.value) if type(node.operand.value) is int else (False, None)
    if isinstance(node, ast.Name):
        ok, value = _read(node, scopes)
        return (True, value) if ok and type(value) in (int, str) else (False, None)
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            ok, part = (True, value.value) if isinstance(value, ast.Constant) else _index(value.value, scopes)
            if not ok or type(part) not in (int, str):
                return False, None
            parts.append(str(part))
        return True, "".join(parts)
    if isinstance(node, ast.Slice):
        bounds = [(True, None) if n is None else _index(n, scopes) for n in (node.lower, node.upper, node.step)]
        if all(ok and type(v) in (int, type(None)) for ok, v in bounds):
            return True, slice(*(v for _, v in bounds))
        return False, None
    if isinstance(node, ast.Tuple):
        items = [_index(n, scopes) for n in node.elts]
        return (True, tuple(v for _, v in items)) if all(ok for ok, _ in items) else (False, None)
    return False, None


def _lookup(scope: dict, key):
    """(True, scope[key]) comparing only keys of key's exact type (no student __eq__ or __hash__ runs)."""
    kind = type(key)
    for i, (k, v) in enumerate(scope.items()):
        if i == MAX_SCAN:
            break
        if type(k) is kind and k == key:
            return True, v
    return False, None


def _silent(value) -> bool:
    """A module, function or class: nothing to say about a crash."""
    kind = type(value)
    return kind in _SILENT or issubclass(kind, type)


def _short(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 3] + "..."


def _describe(value) -> str:
    """One short line saying what `value` is, without running student code."""
    kind = type(value)
    if kind is _ndarray:
        shape = "(" + ", ".join(map(str, value.shape)) + ("," if value.ndim == 1 else "") + ")"
        if value.ndim == 0 and value.dtype.kind in "biuf":
            return _short(f"a 0-d {value.dtype.name} array holding {value.item()!r}")
        return _short(f"a {shape} {value.dtype.name} array")
    if kind in _SCALARS:
        return _short(f"{value.item()!r} ({value.dtype.name})")
    if kind in _NUMBERS:
        return _number(value)
    if kind is str:
        return repr(value) if len(value) <= 40 else f"a str of {len(value)} characters, {value[:30]!r}..."
    if kind in (list, tuple):
        if 0 < len(value) <= 6 and all(type(v) in _NUMBERS and _small(v) for v in value):
            return _short(f"the {_type_name(kind)} {value!r}")
        names = list(dict.fromkeys(_type_name(type(v)) for v in value[:20]))
        of = "" if not names else f" ({names[0]})" if len(names) == 1 else f" (mixed: {', '.join(names[:3])})"
        return _short(f"a {_type_name(kind)} of {len(value)} item{'s' * (len(value) != 1)}{of}")
    if kind is dict:
        keys = []
        for k in value:
            if len(keys) == 6:
                break
            keys.append(_key(k))
        more = ", ..." if len(value) > 6 else ""
        return _short(f"a dict of {len(value)} key{'s' * (len(value) != 1)}" + (": " if keys else "")
                      + ", ".join(keys) + more)
    if kind is range:
        return repr(value)
    if kind in (set, frozenset, bytes, bytearray):
        return f"a {_type_name(kind)} of {len(value)} item{'s' * (len(value) != 1)}"
    name = _type_name(kind)
    return _short(f"{'an' if name[:1] in 'AEIOUaeiou' else 'a'} {name}")


def _small(value) -> bool:
    return type(value) is not int or value.bit_length() <= 64


def _number(value) -> str:
    """repr of a number, bool or None; a huge int by its size (its digits could be thousands); an int that looks
    like an object's address (an id(), aligned, 33-48 bits) said so: its digits change from run to run, and the
    same submission's feedback must not."""
    if type(value) is int and 1 << 32 <= value < 1 << 48 and value % 8 == 0:
        return "an address-sized int (an id()?)"
    return repr(value) if _small(value) else f"an int of {value.bit_length()} bits"


def _key(key) -> str:
    if type(key) is str:
        return repr(key) if len(key) <= 20 else repr(key[:17]) + "..."
    if type(key) in _NUMBERS:
        return _number(key)
    if type(key) is tuple and len(key) <= 6 and all(type(v) in _NUMBERS and _small(v) for v in key):
        return repr(key)  # (1, 0, 1, 1): a truth table
    return _type_name(type(key))
