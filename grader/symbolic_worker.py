"""Reading and comparing formulas typed by students; runs on the untrusted side of the sandbox.

This module is shipped as source into a sandbox child that holds no student
code (the grader's, with numpy, for `compare`; SymPy's companion, without numpy,
for `confirm` and `precise`: numpy is imported only where numbers are folded into arrays), and is called there
three times per formula: `compare`, then `confirm` and `precise` (a student release's checker, holding only the
answer's values at the sample points, calls `against` alone). Student text is hostile: it is never given to eval, `sympify` or
`parse_expr`. It goes through three gates, each of which refuses with one
line naming what is wrong:

1. `precheck`: length, plain ASCII, and a token scan (no strings, keywords,
   attribute dots, brackets, or operators outside + - * / ** ^ ( ) ,).
   The trusted side runs this cheap scan too, before any sandbox job, and
   sends the `canonical` spelling of what passed (whitespace only where it
   separates two words), so equal spellings share one memoised verdict.
2. `ast.parse(text, mode="eval")`, then a whitelist walk of the tree:
   numbers, the question's variables, the constants pi and e, calls of the
   functions in `FUNCTIONS`, + - * / ** and unary minus; nesting depth and
   constant powers are capped so nothing can grow without bound.
3. Evaluation by `build`, which folds the checked tree with explicit
   tables of names and functions, either into numpy arrays (the primary,
   numeric comparison) or into SymPy expressions (the confirmation).

`compare` decides equivalence numerically: both formulas are evaluated at
`POINTS` random points of the variables' ranges (the answer by
`fingerprint`, the student's formula by `against`), and agree when
|s - r| <= ATOL + RTOL * max(|s|, |r|) wherever the reference is defined;
then at `FURTHER_POINTS` more, which no release records. `precise` evaluates
a formula that agrees again at those, with mpmath at 30 digits (float64 does not
tell the answer from a polynomial fitted to it).
`confirm` then tries to prove it with SymPy: student - answer, rewritten
in exp, must expand to 0 over one denominator, cancel or simplify to 0, or
`.equals(0)` must hold.
"""

from __future__ import annotations

import ast
import io
import keyword
import math
import operator
import tokenize

MAX_CHARS = 1000
MAX_PARENS = 40  # nesting of brackets in the text
MAX_DEPTH = 120  # nesting of the parsed tree; keeps the recursive `build` far from the recursion limit
MAX_NUMBER_CHARS = 20
MAX_EXPONENT = 1000.0  # |constant exponent|; beyond it SymPy would compute huge exact integers
POINTS = 12
# where `compare`, holding the answer's text, also evaluates a formula that agrees at the POINTS: a release records
# the answer's values there (its fingerprint), and a polynomial through them, with a tiny term that kept SymPy's
# confirmation past its time limit (a confirmation left out does not refuse), was called equivalent
FURTHER_POINTS = 48
MIN_DEFINED_POINTS = 3
RTOL = 1e-7
ATOL = 1e-9

ALLOWED_OPS = {"+", "-", "*", "/", "**", "^", "(", ")", ","}
CONSTANTS = ("pi", "e")

# name -> number of arguments; implementations are in _numpy_functions and _sympy_functions
FUNCTIONS = {
    "sigmoid": 1, "tanh": 1, "exp": 1, "log": 1, "ln": 1, "sqrt": 1, "sech": 1,
    "cosh": 1, "sinh": 1, "sin": 1, "cos": 1, "erf": 1, "abs": 1, "sign": 1,
    "step": 1, "softplus": 1, "max": 2, "min": 2,
}

_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv, ast.Pow: operator.pow}
_UNARY = (ast.USub, ast.UAdd)
_FLOAT_NAMES = {"pi": math.pi, "e": math.e}  # numpy's np.pi and np.e are these floats

# node types a student might try, and how to say no
_REFUSED = {
    ast.Attribute: "attribute access is not allowed",
    ast.Subscript: "subscripts are not allowed",
    ast.Lambda: "lambda is not allowed",
    ast.ListComp: "comprehensions are not allowed",
    ast.SetComp: "comprehensions are not allowed",
    ast.DictComp: "comprehensions are not allowed",
    ast.GeneratorExp: "comprehensions are not allowed",
    ast.List: "lists are not allowed",
    # 'z, 1 - z' or '0,5*z': two formulas in one answer, or a decimal comma
    ast.Tuple: "a comma is not allowed: give one formula, and write decimals with a point (0.5, not 0,5)",
    ast.Set: "sets are not allowed",
    ast.Dict: "dicts are not allowed",
    ast.Compare: "comparisons are not allowed",
    ast.BoolOp: "and/or are not allowed",
    ast.IfExp: "if-expressions are not allowed",
    ast.NamedExpr: "assignments are not allowed",
    ast.Starred: "* unpacking is not allowed",
    ast.JoinedStr: "strings are not allowed",
}


class Refused(Exception):
    """The text is not a formula we accept; `status` is "not_allowed" or "unparseable"."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _not_allowed(message: str) -> Refused:
    return Refused("not_allowed", message)


def _unparseable(message: str) -> Refused:
    return Refused("unparseable", message)


def _listing(names) -> str:
    names = sorted(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _short(text: str, keep: int = 12) -> str:
    """`text` cut to `keep` characters for quoting in a message."""
    return text if len(text) <= keep else text[:keep] + "..."


def precheck(text: str) -> tuple[str, str] | None:
    """(status, message) when `text` is refused by the cheap scan, else None. Never evaluates anything."""
    try:
        _scan(text)
    except Refused as refused:
        return refused.status, refused.message
    return None


def _scan(text: str) -> None:
    if not isinstance(text, str):
        raise _unparseable(f"expected the formula as text, got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise _not_allowed(f"the formula is too long ({len(text)} characters; at most {MAX_CHARS})")
    text = text.strip()  # a trailing newline from copying is harmless
    if not text:
        raise _unparseable("the formula is empty")
    for char in text:
        if not char.isascii():
            raise _not_allowed(f"non-ASCII character {char!r} is not allowed; write plain ASCII names such as z or s_i")
        if not (char.isprintable() or char in " \t"):
            raise _not_allowed(f"control character {char!r} is not allowed; write the formula on one line")
    if _lone_equals(text):  # a left side copied with the formula: its words would be refused one by one, misleadingly
        raise _unparseable("the text holds '=': give the formula alone (its right-hand side), without a left side "
                           "such as 'd/dz tanh(z) ='")
    depth = 0
    previous = None
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            _scan_token(token, previous)
            depth += {"(": 1, ")": -1}.get(token.string, 0) if token.type == tokenize.OP else 0
            if depth < 0:  # else tokenize's "EOF in multi-line statement" at the end, about a bracket too many
                raise _unparseable(f"cannot parse: the ')' at column {token.start[1] + 1} closes no '('")
            if depth > MAX_PARENS:
                raise _not_allowed(f"brackets are nested too deeply (more than {MAX_PARENS} levels)")
            previous = token
    except (tokenize.TokenError, IndentationError, SyntaxError) as error:
        if depth > 0:  # tokenize's "EOF in multi-line statement": the text ended inside a bracket
            raise _unparseable(f"cannot parse: {depth} opening parenthes{'is' if depth == 1 else 'es'} never "
                               f"closed") from None
        raise _unparseable(f"cannot parse: {error.args[0]}") from None


def _lone_equals(text: str) -> bool:
    """Whether `text` holds an '=' that is not part of ==, <=, >= or !=."""
    return any(char == "=" and text[i - 1 : i] not in ("=", "<", ">", "!") and text[i + 1 : i + 2] != "="
               for i, char in enumerate(text))


# Julia's and MATLAB's elementwise operators (1 .- tanh.(z).^2): a '.' right before one of these
_DOTTED = ("+", "-", "*", "/", "^", "**", "(")


def _refuse_dot(dot: tokenize.TokenInfo, token: tokenize.TokenInfo) -> None:
    """A '.' is refused by what follows it: an elementwise operator or a broadcast call is said as such, any other
    '.' (z.real) is attribute access."""
    if token.type == tokenize.OP and token.string in _DOTTED and dot.end == token.start:
        if token.string == "(":
            raise _not_allowed("'.(' is a broadcast call (Julia's f.(z)): write f(z), a formula is of single numbers")
        raise _not_allowed(f"'.{token.string}' is an elementwise operator (Julia's or MATLAB's): write "
                           f"{token.string} without the dot, a formula is of single numbers")
    raise _not_allowed("attribute access is not allowed")


def _scan_token(token: tokenize.TokenInfo, previous: tokenize.TokenInfo | None) -> None:
    kind, string = token.type, token.string
    if previous is not None and previous.type == tokenize.OP and previous.string == ".":
        _refuse_dot(previous, token)
    if kind == tokenize.STRING or tokenize.tok_name[kind] == "FSTRING_START":
        raise _not_allowed("strings are not allowed")
    if kind == tokenize.NAME and keyword.iskeyword(string):
        raise _not_allowed(f"keyword '{string}' is not allowed")
    if kind == tokenize.NUMBER:
        if string[-1] in "jJ":
            raise _not_allowed("complex numbers are not allowed")
        if len(string) > MAX_NUMBER_CHARS:
            raise _not_allowed(f"the number {_short(string)} is too long (at most {MAX_NUMBER_CHARS} characters)")
    if kind == tokenize.COMMENT:
        raise _not_allowed("comments ('#') are not allowed")
    if kind == tokenize.NAME and previous is not None and previous.type == tokenize.NUMBER and previous.end == token.start:
        number, name = _short(previous.string), _short(string)
        raise _unparseable(f"'{number}{name}' reads as one word: write {number}*{name}")
    if kind in _WORDS and previous is not None and previous.type in _WORDS:  # 'lam w': a product on paper
        left, right = _short(previous.string), _short(string)
        if previous.string in FUNCTIONS:  # 'tanh z': an argument without its brackets
            raise _unparseable(f"'{left} {right}' reads as two words side by side: a function's argument goes in "
                               f"brackets, {left}({right})")
        raise _unparseable(f"'{left} {right}' reads as two words side by side: write {left}*{right}")
    if kind == tokenize.OP and string not in ALLOWED_OPS:
        if string == ".":  # refused with the token after it (_refuse_dot)
            return
        if string in "[]{}":
            raise _not_allowed(f"'{string}' is not allowed: use ( ) for grouping")
        raise _not_allowed(f"operator '{string}' is not allowed; use + - * / ** and ( )")
    if kind == tokenize.ERRORTOKEN and not string.isspace():
        raise _not_allowed(f"character {string!r} is not allowed")


def canonical(text: str) -> str:
    """`text`, which passed `precheck`, with whitespace only where it keeps two tokens apart.

    '  (1 + z) * exp( z )' -> '(1+z)*exp(z)'. The
    tokens stay the same, and two words (names, numbers) are apart exactly
    where they were, so every gate judges the canonical text as it judged
    the original (only a column in a syntax error counts the canonical text).
    """
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(text.strip()).readline) if t.string.strip()]
    parts = []
    for previous, token in zip([None, *tokens], tokens):
        if previous is not None and previous.end != token.start and _kept_apart(previous, token):
            parts.append(" ")
        parts.append(token.string)
    return "".join(parts)


def _kept_apart(left: tokenize.TokenInfo, right: tokenize.TokenInfo) -> bool:
    """Whether a space between two tokens may matter: '2 z' is not '2z', '* *' is not '**'.

    Two words matter, and two operators might merge unless one is a
    bracket or a comma; a word next to an operator never merges.
    """
    if left.type == right.type == tokenize.OP:
        return not {left.string, right.string} & {"(", ")", ","}
    return left.type in _WORDS and right.type in _WORDS


_WORDS = (tokenize.NAME, tokenize.NUMBER)


def parse(text: str, variables) -> ast.expr:
    """The checked tree of `text` (a formula in `variables`), or Refused. Evaluates nothing."""
    _scan(text)
    try:
        tree = ast.parse(text.strip().replace("^", "**"), mode="eval").body
    except SyntaxError as error:
        raise _unparseable(f"cannot parse: {error.msg} (column {error.offset})") from None
    except (RecursionError, MemoryError, ValueError):
        raise _not_allowed("the formula is nested too deeply") from None
    _check_tree(tree, frozenset(variables))
    return tree


def _check_tree(tree: ast.expr, variables: frozenset) -> None:
    """Walk the tree iteratively (no recursion limit to hit) and refuse anything off the whitelist."""
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _not_allowed(f"the formula is nested too deeply (more than {MAX_DEPTH} levels)")
        children = _check_node(node, variables)
        stack.extend((child, depth + 1) for child in children)
    _check_powers(tree)


def _check_node(node: ast.AST, variables: frozenset) -> list:
    """The children to check next, or Refused when `node` itself is not allowed."""
    if isinstance(node, ast.BinOp):
        if type(node.op) not in _BINARY:
            raise _not_allowed(f"operator {type(node.op).__name__} is not allowed; use + - * / **")
        _function_power(node)
        return [node.left, node.right]
    if isinstance(node, ast.UnaryOp):
        if not isinstance(node.op, _UNARY):
            raise _not_allowed(f"operator {type(node.op).__name__} is not allowed; use + - * / **")
        return [node.operand]
    if isinstance(node, ast.Constant):
        if type(node.value) not in (int, float):
            raise _not_allowed(f"{type(node.value).__name__} constants are not allowed; only numbers")
        if not math.isfinite(node.value):
            raise _not_allowed("a number in the formula is too large")
        return []
    if isinstance(node, ast.Name):
        _check_name(node.id, variables)
        return []
    if isinstance(node, ast.Call):
        _check_call(node, variables)
        return list(node.args)
    raise _not_allowed(_REFUSED.get(type(node), f"{type(node).__name__} is not allowed"))


def _check_name(name: str, variables: frozenset) -> None:
    if name in variables or name in CONSTANTS:
        return
    if name in FUNCTIONS:
        raise _unparseable(f"{name} is a function: write {name}(...)")
    raise _unparseable(f"unknown name '{_short(name, 30)}'; this formula is in {_listing(variables)}")


def _function_power(node: ast.BinOp) -> None:
    """Maths notation for a function's power: f^n(x) is f(x)^n for a whole n >= 1, so tanh^2(z) is rewritten
    (in place) to tanh(z)^2; f^-1(x) (an inverse function, or a power?) and any other power written before the
    argument are refused, saying how to write the power."""
    left, right = node.left, node.right
    if not (isinstance(node.op, ast.Pow) and isinstance(left, ast.Name) and left.id in FUNCTIONS):
        return
    negative = isinstance(right, ast.UnaryOp) and isinstance(right.op, ast.USub)
    call = right.operand if negative else right  # tanh^-1(z) parses as tanh ** -(1(z))
    if not (isinstance(call, ast.Call) and len(call.args) == 1 and not call.keywords):
        return
    power = call.func
    if isinstance(power, ast.UnaryOp) and isinstance(power.op, ast.USub):  # tanh^(-1)(z)
        negative, power = True, power.operand
    if not isinstance(power, ast.Constant):
        return
    shown = _short(repr(power.value), 10)
    if negative:
        raise _unparseable(f"'{left.id}^-{shown}(...)' is ambiguous (an inverse function, or a power of "
                           f"{left.id}?): for the power write {left.id}(...)^(-{shown})")
    if type(power.value) is int and power.value >= 1:
        node.left = ast.copy_location(ast.Call(func=left, args=call.args, keywords=[]), call)
        node.right = ast.copy_location(ast.Constant(power.value), power)
        return
    raise _unparseable(f"'{left.id}^{shown}(...)' reads as {left.id} to the power {shown}(...): "
                       f"write {left.id}(...)^{shown}")


def _check_call(node: ast.Call, variables: frozenset) -> None:
    if not isinstance(node.func, ast.Name):
        if isinstance(node.func, ast.Attribute):
            raise _not_allowed("attribute access is not allowed")
        if isinstance(node.func, ast.Constant):
            number = _short(repr(node.func.value), 10)
            raise _unparseable(f"'{number}(...)' reads as a call of {number}: write {number}*(...)")
        raise _unparseable("')(' reads as a call: write a * between the brackets")
    name = node.func.id
    if name in variables or name in CONSTANTS:
        raise _unparseable(f"'{name}(...)' reads as a call of {name}: write {name}*(...)")
    if name not in FUNCTIONS:
        raise _not_allowed(f"calling '{_short(name, 30)}' is not allowed; the functions are {_listing(FUNCTIONS)}")
    if node.keywords:
        raise _not_allowed("keyword arguments are not allowed")
    if len(node.args) != FUNCTIONS[name]:
        raise _unparseable(f"{name} takes {FUNCTIONS[name]} argument(s), got {len(node.args)}")


def _check_powers(tree: ast.expr) -> None:
    """Refuse constant exponents beyond MAX_EXPONENT and constant powers beyond float range.

    Powers of numbers are folded exactly by SymPy, so 9**9**9 would try to
    build an integer of 370 million digits; in float64 it is just inf.
    """
    for node in ast.walk(tree):
        if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow)):
            continue
        if _is_constant(node.right):
            exponent = _constant_value(node.right)
            if not abs(exponent) <= MAX_EXPONENT:
                raise _not_allowed(f"the exponent {exponent:.6g} is too large (at most {MAX_EXPONENT:g})")
        if _is_constant(node) and not math.isfinite(_constant_value(node)):
            raise _not_allowed("a constant in the formula is too large to compute")


def _is_constant(node: ast.expr) -> bool:
    return not any(isinstance(n, ast.Name) and n.id not in CONSTANTS for n in ast.walk(node))


def _constant_value(node: ast.expr) -> float:
    """The float64 value of a constant subtree (inf on overflow). Numbers, pi, e and + - * / ** are folded in
    Python floats (the same IEEE doubles) when that gives a finite float; anything else (a function, an
    overflow, a division by zero) by numpy, imported only then. SymPy's companion has no numpy (a job's child
    there cannot import it): the formulas it confirms passed this gate in the numeric job, and are read again
    there without numpy unless a function lies in a constant exponent."""
    try:
        value = build(node, _FLOAT_NAMES, {}, float)
        if type(value) is float and math.isfinite(value):  # (-8) ** (1/3) is a complex, numpy's nan
            return value
    except (ArithmeticError, KeyError, ValueError):  # KeyError: a function, numpy's alone here
        pass
    import numpy as np

    with np.errstate(all="ignore"):
        return float(build(node, _numpy_names({}), _numpy_functions(), np.float64))


def build(node: ast.expr, names: dict, functions: dict, number):
    """Fold a checked tree: names and functions from the given tables, numbers through `number`.

    The operators are Python's own, so the same fold serves numpy arrays and
    SymPy expressions.
    """
    if isinstance(node, ast.Constant):
        return number(node.value)
    if isinstance(node, ast.Name):
        return names[node.id]
    if isinstance(node, ast.Call):
        return functions[node.func.id](*(build(arg, names, functions, number) for arg in node.args))
    if isinstance(node, ast.UnaryOp):
        operand = build(node.operand, names, functions, number)
        return -operand if isinstance(node.op, ast.USub) else operand
    return _BINARY[type(node.op)](build(node.left, names, functions, number), build(node.right, names, functions, number))


def _numpy_functions() -> dict:
    import numpy as np

    erf = np.vectorize(math.erf, otypes=[float])
    return {
        "sigmoid": lambda x: 1.0 / (1.0 + np.exp(-x)),
        "tanh": np.tanh, "exp": np.exp, "log": np.log, "ln": np.log, "sqrt": np.sqrt,
        "sech": lambda x: 1.0 / np.cosh(x), "cosh": np.cosh, "sinh": np.sinh,
        "sin": np.sin, "cos": np.cos, "erf": erf, "abs": np.abs, "sign": np.sign,
        "step": lambda x: np.heaviside(x, 0.5), "softplus": lambda x: np.logaddexp(0.0, x),
        "max": np.maximum, "min": np.minimum,
    }


def _numpy_names(values: dict) -> dict:
    import numpy as np

    return {"pi": np.pi, "e": np.e, **values}


def _sympy_functions() -> dict:
    import sympy

    return {
        "sigmoid": lambda x: 1 / (1 + sympy.exp(-x)),
        "tanh": sympy.tanh, "exp": sympy.exp, "log": sympy.log, "ln": sympy.log, "sqrt": sympy.sqrt,
        "sech": sympy.sech, "cosh": sympy.cosh, "sinh": sympy.sinh,
        "sin": sympy.sin, "cos": sympy.cos, "erf": sympy.erf, "abs": sympy.Abs, "sign": sympy.sign,
        "step": sympy.Heaviside, "softplus": lambda x: sympy.log(1 + sympy.exp(x)),
        "max": sympy.Max, "min": sympy.Min,
    }


def _sympy_number(value):
    import sympy

    # the shortest decimal of a float, read exactly: 0.1 -> 1/10, not 3602879701896397/2**55
    return sympy.Integer(value) if isinstance(value, int) else sympy.Rational(repr(value))


def _sympy_names(variables: dict) -> dict:
    import sympy

    symbols = {name: sympy.Symbol(name, real=True, positive=float(low) > 0) for name, (low, high) in variables.items()}
    return {"pi": sympy.pi, "e": sympy.E, **symbols}


def sample_points(variables: dict, seed: int, count: int = POINTS) -> dict[str, np.ndarray]:
    """`count` points drawn uniformly from each variable's (low, high), rounded to 3 significant digits.

    Rounding first means a counter-example shown to the student is exactly
    the point where the formulas were compared.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    points = {}
    for name in sorted(variables):
        low, high = variables[name]
        points[name] = np.array([float(f"{x:.3g}") for x in rng.uniform(float(low), float(high), count)])
    return points


def _evaluate(tree: ast.expr, points: dict) -> np.ndarray:
    import numpy as np

    count = len(next(iter(points.values()))) if points else POINTS
    with np.errstate(all="ignore"):
        value = build(tree, _numpy_names(points), _numpy_functions(), np.float64)
        return np.broadcast_to(np.asarray(value, dtype=float), (count,)).copy()


def fingerprint(answer_text: str, variables: dict, seed: int = 0) -> dict:
    """The answer's values at the sample points: {"status": "ok", "values": [...]} (NaN where undefined).

    status "answer_error" (with a message) when the answer cannot be read or
    is undefined at most sampled points: a bug in the question, not the
    student's fault. These values are all `against` needs of the answer:
    a student release records them instead of the answer's text.
    """
    try:
        answer = parse(answer_text, variables)
    except Refused as refused:
        return {"status": "answer_error", "message": f"the answer {answer_text!r}: {refused.message}"}
    import numpy as np

    theirs = _evaluate(answer, sample_points(variables, seed))
    if np.isfinite(theirs).sum() < MIN_DEFINED_POINTS:
        return {"status": "answer_error", "message": f"the answer {answer_text!r} is undefined at most points of {variables}"}
    return {"status": "ok", "values": [float(v) for v in theirs]}


def against(student_text: str, values, variables: dict, seed: int = 0) -> dict:
    """Numeric verdict on the student's formula, given the answer's `values` at the sample points of
    (variables, seed) (a `fingerprint`): {"status", "message", "counterexample"}.

    status is "equivalent", "wrong", "unparseable" or "not_allowed". A
    counter-example holds the point and the student's value there, never
    the answer's. Evaluates the student's text only, so it runs without the
    answer (a release's checker).
    """
    try:
        student = parse(student_text, variables)
    except Refused as refused:
        return {"status": refused.status, "message": refused.message, "counterexample": None}
    import numpy as np

    points = sample_points(variables, seed)
    mine, theirs = _evaluate(student, points), np.asarray(values, dtype=float)
    bad, usable = _disagreeing(mine, theirs)
    if bad is not None:  # with the student's value at every point (never the answer's): evidence of how they differ
        return {**_counterexample(points, mine, bad), "values": [float(v) for v in mine]}
    return {"status": "equivalent", "message": f"agrees with the answer at {usable} random points", "counterexample": None}


def _disagreeing(mine: np.ndarray, theirs: np.ndarray) -> tuple[int | None, int]:
    """(the first point where the student's values `mine` miss the answer's `theirs`, or None; how many points
    judge: where the answer is undefined, any value of the student's will do)."""
    import numpy as np

    usable = np.isfinite(theirs)
    scale = np.maximum(np.abs(mine), np.abs(theirs))
    agree = np.isfinite(mine) & (np.abs(mine - theirs) <= ATOL + RTOL * scale)  # inf would make the tolerance inf
    bad = np.flatnonzero(usable & ~agree)
    return (int(bad[0]) if bad.size else None), int(usable.sum())


def compare(student_text: str, answer_text: str, variables: dict, seed: int = 0) -> dict:
    """Numeric verdict on the student's formula against the answer's text: `against` its `fingerprint`, then at
    the FURTHER_POINTS.

    {"status", "message", "counterexample"} as `against` gives, or status
    "answer_error" from `fingerprint`. `variables` maps each name to its
    (low, high) range.
    """
    answer = fingerprint(answer_text, variables, seed)
    if answer["status"] != "ok":
        return answer
    verdict = against(student_text, answer["values"], variables, seed)
    if verdict["status"] != "equivalent":
        return verdict
    # a miss at the further points goes without the student's values (no relation is sought in them)
    points = _further(variables, seed)
    mine = _evaluate(parse(student_text, variables), points)
    bad, _ = _disagreeing(mine, _evaluate(parse(answer_text, variables), points))
    # its message stays the published points' (a release's checker, judging by the fingerprint, says the same)
    return verdict if bad is None else _counterexample(points, mine, bad)


def _counterexample(points: dict, mine: np.ndarray, index: int) -> dict:
    point = {name: float(values[index]) for name, values in points.items()}
    value = float(mine[index])
    where = ", ".join(f"{name} = {x:g}" for name, x in point.items())
    if math.isnan(value):
        says = "is undefined (nan)"
    else:
        says = f"gives {value:.6g}, not the expected value"
    return {
        "status": "wrong",
        "message": f"not equivalent: at {where} your formula {says}",
        "counterexample": {"point": point, "student_value": value},
    }


PRECISE_DIGITS = 30  # digits `precise` evaluates with: a right formula agrees with the answer to about as many
PRECISE_RTOL, PRECISE_ATOL = 1e-20, 1e-25


def precise(student_text: str, answer_text: str, variables: dict, points: list) -> dict:
    """Whether the student's formula is the answer at `points` (each {name: value}) to PRECISE_RTOL, both evaluated
    with mpmath at PRECISE_DIGITS digits: {"agrees": bool}. What agrees in float64 may not: a polynomial fitted to
    the answer's values is within 1e-9 of it everywhere on the range, and only `confirm`'s proof told them apart
    (one past its time was left out, and the formula called equivalent). Evaluation, no proof: its cost is the
    formulas' size times the points', whatever SymPy would make of their difference. At the FURTHER_POINTS (the
    trusted side's choice): matching 48 values to 30 digits takes more than MAX_CHARS of numbers."""
    import mpmath

    student, answer = parse(student_text, variables), parse(answer_text, variables)
    with mpmath.workdps(PRECISE_DIGITS):
        functions = _mpmath_functions(mpmath)
        for point in points:
            names = {"pi": mpmath.pi, "e": mpmath.e, **{n: mpmath.mpf(repr(float(v))) for n, v in point.items()}}
            theirs = _mpmath_value(answer, names, functions)
            if theirs is None:  # undefined there: any value of the student's will do
                continue
            mine = _mpmath_value(student, names, functions)
            if mine is None or abs(mine - theirs) > PRECISE_RTOL * max(abs(mine), abs(theirs)) + PRECISE_ATOL:
                return {"agrees": False}
    return {"agrees": True}


def _mpmath_value(tree: ast.expr, names: dict, functions: dict):
    """The checked tree's value (an mpf), or None where it is undefined (complex, infinite, NaN, a division by 0)."""
    import mpmath

    try:
        value = build(tree, names, functions, lambda v: mpmath.mpf(repr(v)))
    except (ZeroDivisionError, TypeError, ValueError):  # TypeError: an order asked of a complex number (max, step)
        return None
    return value if isinstance(value, mpmath.mpf) and mpmath.isfinite(value) else None


def _mpmath_functions(mp) -> dict:
    """The FUNCTIONS in mpmath, as _numpy_functions has them (step(0) = 0.5)."""
    return {
        "sigmoid": lambda x: 1 / (1 + mp.exp(-x)),
        "tanh": mp.tanh, "exp": mp.exp, "log": mp.log, "ln": mp.log, "sqrt": mp.sqrt,
        "sech": mp.sech, "cosh": mp.cosh, "sinh": mp.sinh,
        "sin": mp.sin, "cos": mp.cos, "erf": mp.erf, "abs": abs, "sign": mp.sign,
        "step": lambda x: mp.mpf(1) if x > 0 else mp.mpf(0) if x < 0 else mp.mpf(0.5),
        "softplus": lambda x: mp.log(1 + mp.exp(x)), "max": max, "min": min,
    }


def _further(variables: dict, seed: int) -> dict:
    """The FURTHER_POINTS of (variables, seed): drawn from the seed after the published points' one."""
    return sample_points(variables, seed + 1, FURTHER_POINTS)


def further_points(variables: dict, seed: int) -> list:
    """The FURTHER_POINTS of (variables, seed) as plain data, one {name: value} each (for `precise`)."""
    points = _further(variables, seed)
    return [{name: float(values[i]) for name, values in points.items()} for i in range(FURTHER_POINTS)]


def confirm(numeric: dict, student_text: str, answer_text: str, variables: dict) -> dict:
    """SymPy's opinion on a numerically equivalent pair: {"confirmed": True | False | None, "rewritten": bool}.

    True: `vanishes(student - answer)`; False:
    SymPy found them different (by a term too small for the tolerance);
    None: not proven either way, or nothing to confirm. "rewritten": the
    proof is `rewrites_to_zero`'s, an exact one (no `precise` evaluation needed).
    """
    if numeric.get("status") != "equivalent":
        return {"confirmed": None, "rewritten": False}
    names, functions = _sympy_names(variables), _sympy_functions()
    student = build(parse(student_text, variables), names, functions, _sympy_number)
    answer = build(parse(answer_text, variables), names, functions, _sympy_number)
    difference = _with_exp(student - answer)
    if rewrites_to_zero(difference):
        return {"confirmed": True, "rewritten": True}
    return {"confirmed": difference.equals(0), "rewritten": False}


def _with_exp(difference):
    import sympy

    return difference.rewrite(sympy.exp)


def rewrites_to_zero(difference) -> bool:
    """Whether `difference` (an expression written with exp) expands to 0 over one denominator, cancels or
    simplifies to 0: each step rewrites it into an equal expression, so 0 is an exact proof."""
    import sympy

    # cheapest proof first: in a freshly forked child, simplify costs ~0.2 s of cold caches; over one denominator
    # and expanded, the course's 7 right formulas vanished in 30-32 ms of CPU there, where cancel(expand(...)) took
    # 50-53 (2026-12-05)
    return bool(difference == 0 or sympy.expand(sympy.together(difference)) == 0
                or sympy.cancel(sympy.expand(difference)) == 0 or sympy.simplify(difference) == 0)


def vanishes(difference) -> bool | None:
    """SymPy's proof that `difference` (an expression) is 0: True when, written with exp, it `rewrites_to_zero` or
    `.equals(0)` proves it; False when SymPy finds it is not; None when unproven."""
    difference = _with_exp(difference)
    return True if rewrites_to_zero(difference) else difference.equals(0)


# tokenize compiles its patterns at a process's first use (2.4 ms of CPU, 2026-12-06): here, once in each zygote
# that holds this module (Sandbox(held=...)), not in every formula job's child
precheck("z")
