"""How a wrong formula relates to the answer, each relation proven by SymPy; runs on the untrusted side.

Shipped as source, beside `symbolic_worker`, into sandbox children that hold no student code, and called
in two steps per wrong formula whose answer is known as text (`grader/checks/formula_relations.py`):

1. `screen`, in the grader's own sandbox (NumPy only): every candidate below evaluated at the sample
   points; those that give the student's values (the numbers only suggest them) are returned, in order.
2. `prove`, only for a formula with such candidates, in the companion with SymPy: the first candidate SymPy
   proves (`symbolic_worker.vanishes`) is the relation; none proven, none said.

So SymPy's companion starts for a wrong formula only when a relation fits its numbers. Student text goes
through `symbolic_worker.parse` (the whitelist) as for every verdict; it is never given to eval or
`sympify`. The question's own texts (the function differentiated, its substitutions) are trusted.

Candidates, in the order they are said:

    not-differentiated  the student's formula is the function itself (the definition)
    derivative-wrt      d/du of the definition for another variable u (d/dp_i where d/dz_i is asked)
    factor              c times the answer (c a number: -1, 2, 1/2, ...)
    offset              the answer plus a number
    square, root,       the answer squared, its square root, its reciprocal
    reciprocal
    substitution        the student's formula is right once one occurrence of a variable v (or -v, 2*v,
                        v/2, v**2) is replaced by another of those forms (a sign slip inside exp)
    argument-for-value  right once a variable v becomes f(v), f(v) a call of the answer, at one of its places
                        or at each (sigmoid(z)*(1 - z), z*(1 - z): the sigmoid's value written as its argument)
    value-for-argument  the other way round: right once a call f(v) the answer does not make becomes v, at one
                        of its places or at each (sigmoid(a)*(1 - sigmoid(a)) where the answer has a*(1 - a))
    power-inside        right once a power on a function's argument is put on the function (tanh(z**2)
                        for tanh(z)**2), or the other way round
    power-product       right once a product by a number c becomes the power c, or the other way round
    power-swap          right once the base and the exponent of one power are swapped
    parentheses         the student's text is right once one more pair of parentheses groups a run of its
                        tokens (a/1 + a**2 for a/(1 + a)**2): tried on a formula that is
                        one number everywhere too (s_i*1 - s_i), which no other candidate relates
    formula             the answer with one edit of its tree (a factor or a term left out, a term's sign, a
                        product made a division, a power or a constant changed, a minus dropped): said the
                        plainest way (SAYS order) among those that fit
    variable-offset     the answer plus or minus one of the question's variables (s_i*(1 - s_j), the diagonal's
                        formula with delta_ij = 1, is the off-diagonal answer plus s_i)
    part-power          right once one part of the student's formula (not the whole: that is square or root) is
                        squared, or loses its power: a/(b + c) for a/(b + c)**2, the square
                        of a residual kept in a chain rule; two edits of the answer's text at once (2 sech z: a
                        root and a factor 2) are one of the student's
    power-term          right once a power on a whole sum or difference is put on one of its terms, or the other
                        way round: (1 - u)**2 for 1 - u**2
    part-factor         the answer times one part of the student's formula (a variable, a sum, a call): a factor
                        repeated, a chain rule's answer times one of its weights

The definition is read as a formula in the question's variables where it can be: a substitution of a
question variable (p_i for its softmax expression) put back as that variable, the others (y_k = 1 - y_i -
y_j) applied. A candidate is plain data: {"kind": ..., fields}, with "edit" (its place among the student's
edits) for an edit of the student's formula, "place" for one of the answer's; fields name only the question's variables and the
definition's, the language's functions and small numbers, never the answer; a part of the student's formula is
named by where it stands (ROLES) and what it is (PARTS), never quoted.
"""

from __future__ import annotations

import ast
import copy
import io
import itertools
import math
import tokenize
from fractions import Fraction
from typing import Callable, Iterator

try:  # in the sandbox child, shipped beside this module
    import symbolic_worker as sw
except ImportError:  # on the trusted side (tests)
    from mlptutor.grader import symbolic_worker as sw

FORMS = ("v", "-v", "2*v", "v/2", "v**2")  # what one occurrence of a variable may be written as
ROLES = ("numerator", "denominator", "factor", "term", "argument", "base")  # where a part stands (_place)
PARTS = ("sum", "difference", "product", "quotient", "power", "call", "variable")  # what it is
PART_EDITS = ("part-power", "power-term")  # the kinds of _part_edits
ARGUMENT = "argument-for-value"  # the kinds of _argument_edits
VALUE = "value-for-argument"
MAX_DENOMINATOR = 12  # a factor or offset is said only when it is a small fraction (2, -1, 1/2, 3/4)
MAX_NODES = 200  # a longer formula's one-place edits are not tried (each is evaluated: the call stays short)
MAX_FITS = 8  # candidates a screen returns for SymPy to try
MAX_TOKENS = 40  # a longer text's regroupings are not tried (one parse each: 780 for 40 tokens)
FIXED = ((0.3, 0.41), (-0.7, 0.23))  # (first, step): the definition's other variables (z_j, z_k) take first,
# first + step, ... in turn, two settings: a derivative the question's variables give must not depend on them
STEP = 1e-6  # relative step of the central differences that screen a derivative
DIFFERENCE_RTOL = 1e-5  # their agreement (SymPy then proves the derivative exactly)


def screen(student_text: str, answer_text: str, variables: dict, definition: dict | None = None,
           seed: int = 0) -> list:
    """The candidates (see the module) whose values at the sample points are the student's, in order (at most
    MAX_FITS); [] for a formula the numbers do not refute or one that is refused. NumPy only.

    `definition`: {"text", "wrt", "substitutions": {name: text}} of the function the answer is the
    derivative of (reference.derivatives.Formula), or None.
    """
    try:
        student, answer = sw.parse(student_text, variables), sw.parse(answer_text, variables)
    except sw.Refused:
        return []
    import numpy as np  # here, not at the top: `prove` runs in SymPy's companion, which has none

    points = sw.sample_points(variables, seed)
    mine, right = sw._evaluate(student, points), sw._evaluate(answer, points)
    finite = mine[np.isfinite(mine)]
    if _agrees(mine, right):  # a right formula in any form
        return []
    regrouped = [{"kind": "parentheses", "group": place} for place, tree in _regroupings(student_text, variables)
                 if _agrees(sw._evaluate(tree, points), right)][:1]
    if finite.size and np.ptp(finite) == 0:  # one number everywhere: the relation finder says it as it is
        return regrouped  # (relation:constant), unless parentheses make it right (s_i*1 - s_i)
    fits = []
    if definition:
        tree = _definition_tree(definition, variables)
        fits += [c for c, values in _definition_candidates(tree, definition, variables, points)
                 if _agrees(mine, values, DIFFERENCE_RTOL if c["kind"] == "derivative-wrt" else sw.RTOL)]
    fits += [c for c, values in _constant_candidates(mine, right) if _agrees(mine, values)]
    for edits in (_edits, _argument_edits(answer)):
        for candidate, edited in _student_edits(student, set(variables), edits):
            if len(fits) >= MAX_FITS:
                break
            if _agrees(sw._evaluate(edited, points), right):
                fits.append(candidate)
    fits += regrouped
    found = [(list(SAYS).index(kind), place, kind, detail)
             for place, (kind, detail, edited) in enumerate(answer_edits(answer)) if _agrees(mine, sw._evaluate(edited, points))]
    fits += [{"kind": "formula", "change": kind, "detail": detail, "place": place} for _, place, kind, detail in sorted(found)]
    fits += [c for c, values in _variable_candidates(right, points) if _agrees(mine, values)]  # after a term left out
    for candidate, edited in _student_edits(student, set(variables), _part_edits):
        if len(fits) >= MAX_FITS:
            break
        if _agrees(sw._evaluate(edited, points), right):
            fits.append(candidate)
    with np.errstate(all="ignore"):
        fits += [c for c, part in _parts(student, set(variables)) if _agrees(mine, right * sw._evaluate(part, points))]
    return fits[:MAX_FITS]


def prove(student_text: str, answer_text: str, variables: dict, definition: dict | None, candidates: list) -> dict:
    """The first of `candidates` (a screen's) SymPy proves, without its place among the edits, or {"kind": None}.
    SymPy."""
    student, answer = sw.parse(student_text, variables), sw.parse(answer_text, variables)
    names, functions = sw._sympy_names(variables), sw._sympy_functions()

    def expression(tree, more=None):
        return sw.build(tree, {**names, **(more or {})}, functions, sw._sympy_number)

    s, a = expression(student), expression(answer)
    edits, answers = {}, None  # the student's edited trees by kind of edit (_family), made when a candidate needs them
    for candidate in candidates[:MAX_FITS]:
        kind = candidate["kind"]
        if kind in ("not-differentiated", "derivative-wrt"):
            target = _definition_target(candidate, _definition_tree(definition, variables), names, expression)
            difference = None if target is None else s - target
        elif kind in ("factor", "offset", "square", "root", "reciprocal"):
            difference = s - _constant_target(candidate, a)
        elif kind == "variable-offset":
            v = names.get(candidate["variable"])
            difference = None if v is None else s - (a + v if candidate["sign"] == "+" else a - v)
        elif kind == "part-factor":  # the answer times that part of the student's formula
            parts = dict((c["node"], part) for c, part in _parts(student, set(variables)))
            difference = s - a * expression(parts[candidate["node"]]) if candidate.get("node") in parts else None
        elif kind == "parentheses":  # the regrouped text must give the answer
            tree = dict(_regroupings(student_text, variables)).get(candidate["group"])
            difference = None if tree is None else expression(tree) - a
        elif kind == "formula":  # an edit of the answer must give the student's formula
            answers = answers if answers is not None else [e for _, _, e in answer_edits(answer)]
            place = candidate["place"]
            difference = s - expression(answers[place]) if type(place) is int and 0 <= place < len(answers) else None
        else:  # an edit of the student's formula must give the answer
            family = (kind in PART_EDITS, kind in (ARGUMENT, VALUE))  # which edits make it (_family)
            if family not in edits:
                edits[family] = [e for _, e in _student_edits(student, set(variables), _family(kind, answer))]
            place, edited = candidate["edit"], edits[family]
            difference = expression(edited[place]) - a if type(place) is int and 0 <= place < len(edited) else None
        if difference is not None and sw.vanishes(difference) is True:
            return {k: v for k, v in candidate.items() if k not in ("edit", "place", "node")}
    return {"kind": None}


def relate(student_text: str, answer_text: str, variables: dict, definition: dict | None = None) -> dict:
    """Both steps in one process (what the two jobs give): the relation SymPy proves, or {"kind": None}."""
    candidates = screen(student_text, answer_text, variables, definition)
    return prove(student_text, answer_text, variables, definition, candidates) if candidates else {"kind": None}


def _agrees(got: np.ndarray, target: np.ndarray | None, rtol: float = sw.RTOL) -> bool:
    """got equals target at every sample point where target is defined (at least MIN_DEFINED_POINTS)."""
    import numpy as np

    if target is None:
        return False
    target = np.asarray(target, dtype=float)
    usable = np.isfinite(target)
    if usable.sum() < sw.MIN_DEFINED_POINTS:
        return False
    scale = np.maximum(np.abs(got), np.abs(target))
    with np.errstate(invalid="ignore"):
        close = np.isfinite(got) & (np.abs(got - target) <= sw.ATOL + rtol * scale)
    return bool(close[usable].all())


def _definition_tree(definition: dict, variables: dict) -> ast.expr:
    """The definition's tree (trusted text) in the question's variables where it can be (see the module)."""
    def read(text):
        return ast.parse(text, mode="eval").body

    tree = read(definition["text"])
    substitutions = definition.get("substitutions", {})
    for name, text in substitutions.items():
        if name not in variables:  # applied: y_k -> 1 - y_i - y_j
            tree = _substituted(tree, lambda n, name=name: isinstance(n, ast.Name) and n.id == name, read(text))
    for name, text in substitutions.items():
        if name in variables:  # put back: softmax's expression for z_i -> s_i
            shape = ast.dump(read(text))
            tree = _substituted(tree, lambda n, shape=shape: ast.dump(n) == shape, ast.Name(name, ast.Load()))
    return tree


def _substituted(tree: ast.expr, matches: Callable, replacement: ast.expr) -> ast.expr:
    """A copy of `tree` with every node that `matches` replaced by (a copy of) `replacement`."""
    class Swap(ast.NodeTransformer):
        def visit(self, node):
            return copy.deepcopy(replacement) if matches(node) else self.generic_visit(node)
    return Swap().visit(copy.deepcopy(tree))


def _names(tree: ast.expr) -> list[str]:
    """The variables a trusted tree reads (not the language's functions and constants), sorted."""
    found = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} - set(sw.FUNCTIONS) - set(sw.CONSTANTS)
    return sorted(found)


def _definition_candidates(tree: ast.expr, definition: dict, variables: dict,
                           points: dict) -> Iterator[tuple[dict, np.ndarray | None]]:
    """(candidate, its values at the points) for the definition itself and its derivative (central
    differences) with respect to each of its other variables, where they depend on the question's only."""
    import numpy as np

    wrt, others = definition["wrt"], [n for n in _names(tree) if n not in variables]
    count = len(next(iter(points.values())))

    def at(fixed, shift=None):
        first, step = fixed
        values = {**points, **{n: np.full(count, first + k * step) for k, n in enumerate(others)}}
        if shift is not None:
            name, step = shift
            values[name] = values[name] + step
        return sw._evaluate(tree, values)

    if not others:
        yield {"kind": "not-differentiated", "wrt": wrt}, at(FIXED[0])
    for name in _names(tree):
        if name == wrt:
            continue
        slopes = []
        for fixed in FIXED:
            h = STEP * np.maximum(1.0, np.abs(points[name] if name in points else fixed[0] + 1.0))
            slopes.append((at(fixed, (name, h)) - at(fixed, (name, -h))) / (2 * h))
        # the same whatever the other variables are, and not 0 (the definition does depend on it)
        if _agrees(slopes[0], slopes[1], DIFFERENCE_RTOL) and np.abs(slopes[0]).max() > sw.ATOL:
            yield {"kind": "derivative-wrt", "variable": name, "wrt": wrt,
                   "inner": name in definition.get("substitutions", {})}, slopes[0]


def _definition_target(candidate: dict, tree: ast.expr, names: dict, expression: Callable):
    """The SymPy expression a definition candidate says the student's formula is, when it is one in the
    question's variables; else None."""
    import sympy

    more = {n: sympy.Symbol(n, real=True) for n in _names(tree) if n not in names}
    function = expression(tree, more)
    question = set(names.values())
    if candidate["kind"] == "derivative-wrt":
        variable = {**names, **more}.get(candidate["variable"])
        function = sympy.diff(function, variable) if variable is not None else None
    return function if function is not None and function.free_symbols <= question else None


def _constant_candidates(mine: np.ndarray, right: np.ndarray) -> Iterator[tuple[dict, np.ndarray]]:
    """(candidate, its values): c * answer, answer + c (c a small fraction read from the values), answer
    squared, its square root, its reciprocal."""
    import numpy as np

    with np.errstate(all="ignore"):
        defined = np.isfinite(mine) & np.isfinite(right) & (right != 0)
        factor = _small_fraction(float(np.median(mine[defined] / right[defined]))) if defined.any() else None
        if factor is not None and factor not in (0, 1):  # 0 times the answer: one constant (relation:constant)
            yield {"kind": "factor", "value": str(factor)}, float(factor) * right
        defined = np.isfinite(mine) & np.isfinite(right)
        offset = _small_fraction(float(np.median(mine[defined] - right[defined]))) if defined.any() else None
        if offset is not None and offset != 0:
            yield {"kind": "offset", "value": str(offset)}, right + float(offset)
        yield {"kind": "square"}, right ** 2
        yield {"kind": "root"}, np.sqrt(right)
        yield {"kind": "reciprocal"}, 1.0 / right


def _variable_candidates(right: np.ndarray, points: dict) -> Iterator[tuple[dict, np.ndarray]]:
    """(candidate, its values): the answer plus, then minus, each of the question's variables."""
    for name in sorted(points):
        for sign in ("+", "-"):
            yield {"kind": "variable-offset", "variable": name, "sign": sign}, \
                right + points[name] if sign == "+" else right - points[name]


def _regroupings(text: str, variables: dict) -> Iterator[tuple[int, ast.expr]]:
    """(place, tree) of the text with one more pair of parentheses around a run of two tokens or more whose own
    brackets pair up (it groups, never re-pairs, the student's), for every run that still passes the whitelist
    (`sw.parse`); place numbers every run, so `prove` finds it again."""
    try:
        tokens = [(t.start[1], t.end[1], {"(": 1, ")": -1}.get(t.string, 0) if t.type == tokenize.OP else 0)
                  for t in tokenize.generate_tokens(io.StringIO(text.strip()).readline)
                  if t.string.strip() and t.start[0] == 1]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return
    if len(tokens) > MAX_TOKENS:
        return
    text = text.strip()
    runs = ((start, end) for i, (start, _, _) in enumerate(tokens) for _, end, _ in tokens[i + 1:])
    for place, (start, end) in enumerate(runs):
        depths = list(itertools.accumulate(d for s, e, d in tokens if start <= s and e <= end))
        if min(depths) < 0 or depths[-1] != 0:
            continue
        try:
            yield place, sw.parse(f"{text[:start]}({text[start:end]}){text[end:]}", variables)
        except sw.Refused:
            continue


def _constant_target(candidate: dict, a):
    """The SymPy expression of a constant candidate, from the answer's."""
    import sympy

    kind = candidate["kind"]
    if kind in ("factor", "offset"):
        c = sympy.Rational(candidate["value"])
        return c * a if kind == "factor" else a + c
    return {"square": lambda: a ** 2, "root": lambda: sympy.sqrt(a), "reciprocal": lambda: 1 / a}[kind]()


def _small_fraction(x: float) -> Fraction | None:
    """x as a fraction with a denominator of at most MAX_DENOMINATOR, when it is one to rounding."""
    if not math.isfinite(x) or abs(x) > 1e6:
        return None
    fraction = Fraction(x).limit_denominator(MAX_DENOMINATOR)
    return fraction if abs(float(fraction) - x) <= 1e-9 * max(1.0, abs(x)) else None


# an edit of the answer's tree -> what the line says about it, in the order the kinds are preferred (one function
# reached by several edits is said the plainest way)
SAYS = {
    "sign": "is the right formula with one term of a sum taken with the wrong sign",
    "factor": "is the right formula without one of the factors of a product",
    "term": "is the right formula without one of the terms of a sum",
    "divide": "divides where the right formula multiplies",
    "multiply": "multiplies where the right formula divides",
    "power": "is the right formula with one power changed ({detail})",
    "minus": "is the right formula with one minus sign dropped",
    "constant": "is the right formula with one constant changed",
}


def answer_edits(tree: ast.expr) -> Iterator[tuple[str, str, ast.expr]]:
    """(kind, detail, edited copy of the answer's tree) for every one-edit variant: a factor of a product left
    out, a term of a sum left out or its sign flipped, a product made a division (or the reverse), a power
    changed (2 -> 1, 3, 4, -2, 1/2), a minus dropped, a constant changed (0, -c, 2c, c/2, c + 1, c - 1)."""
    for index, node in enumerate(list(ast.walk(tree))):
        for kind, detail, replacement in _node_edits(node):
            yield kind, detail, _replaced(tree, index, replacement)


def _powers(c: float) -> list[float]:
    return [p for p in (1.0, 2.0, 3.0, 4.0, -2.0, 0.5, c + 1, c - 1, 2 * c) if p != c]


def _constants(c: float) -> list[float]:
    return [v for v in (0.0, -c, 2 * c, c / 2, c + 1, c - 1) if v != c]


def _node_edits(node: ast.AST) -> Iterator[tuple[str, str, ast.expr]]:
    if isinstance(node, ast.BinOp):
        left, right = node.left, node.right
        if isinstance(node.op, ast.Mult):
            yield "factor", "", left
            yield "factor", "", right
            yield "divide", "", ast.BinOp(left, ast.Div(), right)
        elif isinstance(node.op, ast.Div):
            yield "factor", "", left
            yield "multiply", "", ast.BinOp(left, ast.Mult(), right)
        elif isinstance(node.op, (ast.Add, ast.Sub)):
            yield "term", "", left
            yield "term", "", right if isinstance(node.op, ast.Add) else ast.UnaryOp(ast.USub(), right)
            yield "sign", "", ast.BinOp(left, ast.Sub() if isinstance(node.op, ast.Add) else ast.Add(), right)
            yield "sign", "", ast.BinOp(ast.UnaryOp(ast.USub(), left), node.op, right)
        elif isinstance(node.op, ast.Pow) and isinstance(right, ast.Constant) and type(right.value) in (int, float):
            for p in _powers(float(right.value)):
                yield "power", f"{p:g} where the right formula has {float(right.value):g}", \
                    ast.BinOp(left, ast.Pow(), ast.Constant(p))
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        yield "minus", "", node.operand
    elif isinstance(node, ast.Constant) and type(node.value) in (int, float):
        for v in _constants(float(node.value)):
            yield "constant", "", ast.Constant(v)


def _family(kind: str, answer: ast.expr) -> Callable:
    """The edits of the student's formula that make a candidate of `kind` (`_student_edits` takes them)."""
    return _part_edits if kind in PART_EDITS else _argument_edits(answer) if kind in (ARGUMENT, VALUE) else _edits


def _student_edits(tree: ast.expr, variables: set, edits: Callable = None) -> Iterator[tuple[dict, ast.expr]]:
    """(candidate with its "edit", the student's tree with that edit) for every edit of `edits` (_edits by
    default, _part_edits, _argument_edits(answer)), in one fixed order (`prove` finds an edit by its place)."""
    for place, (candidate, edited) in enumerate((edits or _edits)(tree, variables)):
        yield {**candidate, "edit": place}, edited


def _walked(tree: ast.expr) -> tuple[list, dict]:
    """The nodes of `tree` in ast.walk order (none beyond MAX_NODES: a longer formula's edits are not tried) and
    each one's parent, by id."""
    nodes = list(ast.walk(tree))
    if len(nodes) > MAX_NODES:
        return [], {}
    return nodes, {id(child): node for node in nodes for child in ast.iter_child_nodes(node)}


def _edits(tree: ast.expr, variables: set) -> Iterator[tuple[dict, ast.expr]]:
    """(relation, the student's tree with one edit): an occurrence of a variable in one form (FORMS) written
    in another; a power moved between a function and its argument; a product and a power exchanged; a
    power's base and exponent swapped."""
    nodes, parents = _walked(tree)
    for index, node in enumerate(nodes):
        inside = _enclosing_function(node, parents)
        form = _form(node, variables)
        if form is not None:
            name, written = form
            for other in FORMS:
                if other != written:
                    found = {"kind": "substitution", "variable": name, "written": written, "due": other,
                             "function": inside}
                    yield found, _replaced(tree, index, _written(other, name))
        moved = _moved_power(node)
        if moved is not None:
            where, power, replacement = moved
            yield ({"kind": "power-inside", "function": node.func.id if where == "argument" else node.left.func.id,
                    "power": power, "written": where}, _replaced(tree, index, replacement))
        exchanged = _exchanged(node)
        if exchanged is not None:
            written, power, replacement = exchanged
            yield {"kind": "power-product", "written": written, "power": power}, _replaced(tree, index, replacement)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            yield {"kind": "power-swap"}, _replaced(tree, index, ast.BinOp(node.right, ast.Pow(), node.left))


def _argument_edits(answer: ast.expr) -> Callable:
    """The edits (tree, variables) -> (relation, the student's tree with one edit) that put a call of the answer
    back where the student wrote its argument: for each f(v) in the answer, v a variable, the student's v (not
    f's own argument already) becomes f(v) at one of its places, then at each of them when it has several; then
    the other way round, a call f(v) of the student's that the answer does not make becomes v."""
    calls = sorted({(n.func.id, n.args[0].id) for n in ast.walk(answer) if isinstance(n, ast.Call)
                    and len(n.args) == 1 and isinstance(n.args[0], ast.Name)})

    def _argument_edits(tree: ast.expr, variables: set) -> Iterator[tuple[dict, ast.expr]]:
        nodes, parents = _walked(tree)
        for function, name in calls:
            if name not in variables:
                continue
            call = ast.Call(ast.Name(function, ast.Load()), [ast.Name(name, ast.Load())], [])
            places = [i for i, node in enumerate(nodes)
                      if _named(node, name) and not _call_of(parents.get(id(node)), function, name)]
            found = {"kind": ARGUMENT, "variable": name, "function": function,
                     "places": "one" if len(places) > 1 else ""}
            for index in places:
                yield found, _replaced(tree, index, call)
            if len(places) > 1:  # each place at once: f(v) itself is left as it is (its v is not visited)
                yield {**found, "places": "each"}, _substituted(
                    tree, lambda n, f=function, v=name: _named(n, v) or _call_of(n, f, v), call)
        yield from _value_edits(tree, nodes, variables, calls)
    return _argument_edits


def _value_edits(tree: ast.expr, nodes: list, variables: set, answers: list) -> Iterator[tuple[dict, ast.expr]]:
    """A call f(v) of the student's, v a variable, that the answer does not make (`answers`: its (f, v)) written
    back as v, at one of its places, then at each of them when it has several."""
    calls = sorted({(n.func.id, n.args[0].id) for n in nodes if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                    and len(n.args) == 1 and isinstance(n.args[0], ast.Name) and n.args[0].id in variables}
                   - set(answers))
    for function, name in calls:
        places = [i for i, node in enumerate(nodes) if _call_of(node, function, name)]
        found = {"kind": VALUE, "variable": name, "function": function, "places": "one" if len(places) > 1 else ""}
        for index in places:
            yield found, _replaced(tree, index, ast.Name(name, ast.Load()))
        if len(places) > 1:
            yield {**found, "places": "each"}, _substituted(
                tree, lambda n, f=function, v=name: _call_of(n, f, v), ast.Name(name, ast.Load()))


def _named(node: ast.AST | None, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _call_of(node: ast.AST | None, function: str, name: str) -> bool:
    """`node` is function(name)."""
    return (isinstance(node, ast.Call) and _named(node.func, function) and len(node.args) == 1
            and _named(node.args[0], name))


def _part_edits(tree: ast.expr, variables: set) -> Iterator[tuple[dict, ast.expr]]:
    """(relation, the student's tree with one edit), tried after the answer's edits (`1 - tanh(z)` is said as one
    power changed, not as a part squared): one part (_place) squared, or without its power; a power moved between a
    sum and one of its terms."""
    nodes, parents = _walked(tree)
    for index, node in enumerate(nodes):
        place = _place(node, parents, variables)
        if place is not None and not _constant_power(node):  # a part squared (a constant power: power-product)
            yield ({"kind": "part-power", "written": 1.0, "due": 2.0, **place},
                   _replaced(tree, index, ast.BinOp(node, ast.Pow(), ast.Constant(2))))
        if place is not None and _constant_power(node) and node.right.value not in (0, 1):
            base = _place(node, parents, variables, node.left)  # the part without its power, where the power stood
            if base is not None:
                yield ({"kind": "part-power", "written": float(node.right.value), "due": 1.0, **base},
                       _replaced(tree, index, node.left))
        for written, part, replacement in _power_terms(node):
            yield ({"kind": "power-term", "written": written, "power": float(part[1]), "part": part[0]},
                   _replaced(tree, index, replacement))


def _place(node: ast.AST, parents: dict, variables: set, what: ast.AST | None = None) -> dict | None:
    """{"role", "outer", "part", "name"} of a part of the formula that is neither the whole nor a number: where
    `node` stands (ROLES, a minus sign looked through; "outer" the function of an argument) and what `what` (the
    node itself by default) is (PARTS; "name" a variable's or a function's name), or None."""
    what = node if what is None else what
    parent, child = parents.get(id(node)), node
    while isinstance(parent, ast.UnaryOp):
        parent, child = parents.get(id(parent)), parent
    if isinstance(what, ast.Name) and what.id in variables:
        part, name = "variable", what.id
    elif isinstance(what, ast.Call) and isinstance(what.func, ast.Name):
        part, name = "call", what.func.id
    elif isinstance(what, ast.BinOp):
        part, name = {ast.Add: "sum", ast.Sub: "difference", ast.Mult: "product", ast.Div: "quotient",
                      ast.Pow: "power"}[type(what.op)], ""
    else:
        return None
    if isinstance(parent, ast.Call):
        return {"role": "argument", "outer": parent.func.id, "part": part, "name": name}
    if not isinstance(parent, ast.BinOp):
        return None
    first = parent.left is child
    role = {ast.Div: "numerator" if first else "denominator", ast.Mult: "factor", ast.Add: "term", ast.Sub: "term",
            ast.Pow: "base" if first else None}[type(parent.op)]
    return None if role is None else {"role": role, "outer": "", "part": part, "name": name}


def _power_terms(node: ast.AST) -> Iterator[tuple[str, tuple[str, float], ast.expr]]:
    """For (u ± v)**c: ("sum", (part, c), u**c ± v) and ("sum", (part, c), u ± v**c); for u**c ± v (or u ± v**c):
    ("term", (part, c), (u ± v)**c)."""
    if not isinstance(node, ast.BinOp):
        return
    if _constant_power(node) and isinstance(node.left, ast.BinOp) and isinstance(node.left.op, (ast.Add, ast.Sub)):
        inner, power = node.left, node.right
        part = ("sum" if isinstance(inner.op, ast.Add) else "difference", float(power.value))
        yield "sum", part, ast.BinOp(ast.BinOp(inner.left, ast.Pow(), power), inner.op, inner.right)
        yield "sum", part, ast.BinOp(inner.left, inner.op, ast.BinOp(inner.right, ast.Pow(), power))
    if isinstance(node.op, (ast.Add, ast.Sub)):
        part = "sum" if isinstance(node.op, ast.Add) else "difference"
        for term, other, first in ((node.left, node.right, True), (node.right, node.left, False)):
            if _constant_power(term):
                left, right = (term.left, other) if first else (other, term.left)
                yield "term", (part, float(term.right.value)), ast.BinOp(ast.BinOp(left, node.op, right), ast.Pow(),
                                                                         term.right)


def _parts(tree: ast.expr, variables: set) -> Iterator[tuple[dict, ast.expr]]:
    """(part-factor candidate with its "node", the part's tree) for every part of the student's formula _place
    names (a variable, a sum, a call, ...: not the whole, not a number)."""
    nodes, parents = _walked(tree)
    for index, node in enumerate(nodes):
        place = _place(node, parents, variables)
        if place is not None:
            yield {"kind": "part-factor", "node": index, **place}, node


def _enclosing_function(node: ast.AST, parents: dict) -> str:
    """The name of the innermost function call around `node`, or ''."""
    parent = parents.get(id(node))
    while parent is not None:
        if isinstance(parent, ast.Call):
            return parent.func.id
        parent = parents.get(id(parent))
    return ""


def _form(node: ast.AST, variables: set) -> tuple[str, str] | None:
    """(variable, form) when `node` is one of FORMS of a variable: z, -z, 2*z, z*2, z/2, z**2."""
    def variable(n):
        return n.id if isinstance(n, ast.Name) and n.id in variables else None

    if variable(node):
        return node.id, "v"
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and variable(node.operand):
        return node.operand.id, "-v"
    if not isinstance(node, ast.BinOp):
        return None
    left, right = node.left, node.right
    number = {id(n): n.value for n in (left, right) if isinstance(n, ast.Constant)}
    if isinstance(node.op, ast.Mult) and len(number) == 1 and 2 in number.values():
        name = variable(right if id(left) in number else left)
        return (name, "2*v") if name else None
    if isinstance(node.op, ast.Div) and variable(left) and number.get(id(right)) == 2:
        return left.id, "v/2"
    if isinstance(node.op, ast.Pow) and variable(left) and number.get(id(right)) == 2:
        return left.id, "v**2"
    return None


def _written(form: str, name: str) -> ast.expr:
    return ast.parse(form.replace("v", name), mode="eval").body


def _moved_power(node: ast.AST) -> tuple[str, float, ast.expr] | None:
    """For f(u**c): ("argument", c, f(u)**c); for f(u)**c: ("function", c, f(u**c)); else None."""
    if isinstance(node, ast.Call) and len(node.args) == 1 and _constant_power(node.args[0]):
        inner = node.args[0]
        return "argument", float(inner.right.value), ast.BinOp(ast.Call(node.func, [inner.left], []), ast.Pow(),
                                                               inner.right)
    if (_constant_power(node) and isinstance(node.left, ast.Call) and len(node.left.args) == 1):
        call = node.left
        return "function", float(node.right.value), ast.Call(call.func, [ast.BinOp(call.args[0], ast.Pow(),
                                                                                  node.right)], [])
    return None


def _exchanged(node: ast.AST) -> tuple[str, float, ast.expr] | None:
    """For u*c (or c*u), c a number: ("product", c, u**c); for u**c: ("power", c, u*c); else None."""
    if not isinstance(node, ast.BinOp):
        return None
    if isinstance(node.op, ast.Mult):
        for number, other in ((node.right, node.left), (node.left, node.right)):
            if isinstance(number, ast.Constant) and type(number.value) in (int, float) and number.value not in (0, 1):
                return "product", float(number.value), ast.BinOp(other, ast.Pow(), number)
    if _constant_power(node) and node.right.value not in (0, 1):
        return "power", float(node.right.value), ast.BinOp(node.left, ast.Mult(), node.right)
    return None


def _constant_power(node: ast.AST) -> bool:
    return (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow) and isinstance(node.right, ast.Constant)
            and type(node.right.value) in (int, float))


def _replaced(tree: ast.expr, index: int, replacement: ast.expr) -> ast.expr:
    """A copy of `tree` with its `index`-th node (ast.walk order) replaced."""
    edited = copy.deepcopy(tree)
    target = list(ast.walk(edited))[index]
    if target is edited:
        return replacement
    for parent in ast.walk(edited):
        for field, value in ast.iter_fields(parent):
            if value is target:
                setattr(parent, field, replacement)
                return edited
            if isinstance(value, list) and any(v is target for v in value):
                setattr(parent, field, [replacement if v is target else v for v in value])
                return edited
    return edited
