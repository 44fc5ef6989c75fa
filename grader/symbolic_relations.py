"""How a wrong formula relates to the answer, each relation proven by SymPy; runs on the untrusted side.

Shipped as source, beside `symbolic_worker`, into the sandbox's companion with
SymPy (no student code there), and called once per wrong formula whose
answer is known as text (`grader/checks/formula_relations.py`). Student text
goes through `symbolic_worker.parse` (the whitelist) as for every verdict; it
is never given to eval or `sympify`. The question's own texts (the function
differentiated, its substitutions) are trusted.

Candidates, in the order they are said (the first one proven wins):

    not-differentiated  the student's formula is the function itself (the definition)
    derivative-wrt      d/du of the definition for another variable u (d/dp_i where d/dz_i is asked)
    factor              c times the answer (c a number: -1, 2, 1/2, ...)
    offset              the answer plus a number
    square, root,       the answer squared, its square root, its reciprocal
    reciprocal
    substitution        the student's formula is right once one occurrence of a variable v (or -v, 2*v,
                        v/2, v**2) is replaced by another of those forms (a sign slip inside exp)
    power-inside        right once a power on a function's argument is put on the function (tanh(z**2)
                        for tanh(z)**2), or the other way round
    power-product       right once a product by a number c becomes the power c, or the other way round
    power-swap          right once the base and the exponent of one power are swapped

Each candidate is first compared numerically at the sample points (`symbolic_worker`'s points and
tolerance); only one that agrees everywhere is handed to SymPy (`symbolic_worker.vanishes`), and a
relation is said only when SymPy proves it. The result is plain data the trusted side checks and words
itself: {"kind": ..., fields} or {"kind": None}; fields name only the question's variables, the
language's functions and small numbers, never the answer.
"""

from __future__ import annotations

import ast
import copy
from fractions import Fraction
from itertools import chain
from typing import Callable, Iterator

import numpy as np

try:  # in the sandbox child, shipped beside this module
    import symbolic_worker as sw
except ImportError:  # on the trusted side (tests)
    from mlptutor.grader import symbolic_worker as sw

FORMS = ("v", "-v", "2*v", "v/2", "v**2")  # what one occurrence of a variable may be written as
MAX_DENOMINATOR = 12  # a factor or offset is said only when it is a small fraction (2, -1, 1/2, 3/4)
MAX_NODES = 200  # a longer formula's one-place edits are not tried (each is evaluated: the call stays short)


def relate(student_text: str, answer_text: str, variables: dict, definition: dict | None = None,
           seed: int = 0) -> dict:
    """The first proven relation of the student's formula to the answer, as plain data (see the module).

    `definition`: {"text", "wrt", "substitutions": {name: text}} of the function the answer is the
    derivative of (reference.derivatives.Formula), or None.
    """
    try:
        student = sw.parse(student_text, variables)
        answer = sw.parse(answer_text, variables)
    except sw.Refused:
        return {"kind": None}
    points = sw.sample_points(variables, seed)
    names, functions = sw._sympy_names(variables), sw._sympy_functions()

    def expression(tree):
        return sw.build(tree, names, functions, sw._sympy_number)

    mine, right = sw._evaluate(student, points), sw._evaluate(answer, points)
    if _agrees(mine, right):  # a formula the numbers do not refute has nothing to relate (a right one in any form)
        return {"kind": None}
    built = {}

    def proven(difference) -> bool:
        """SymPy proves difference(student, answer) is 0 (the two built only for a candidate the numbers fit)."""
        if not built:
            built.update(s=expression(student), a=expression(answer))
        return sw.vanishes(difference(built["s"], built["a"])) is True

    candidates = chain(_definition_candidates(names, variables, definition, points),
                       _constant_candidates(mine, right))
    for found, target, difference in candidates:
        if _agrees(mine, target) and proven(difference):
            return found
    for found, edited in _student_edits(student, set(variables)):
        if _agrees(sw._evaluate(edited, points), right) and proven(lambda s, a, e=edited: expression(e) - a):
            return found
    return {"kind": None}


def _agrees(got: np.ndarray, target: np.ndarray | None) -> bool:
    """got equals target at every sample point where target is defined (at least MIN_DEFINED_POINTS)."""
    if target is None:
        return False
    target = np.asarray(target, dtype=float)
    usable = np.isfinite(target)
    if usable.sum() < sw.MIN_DEFINED_POINTS:
        return False
    scale = np.maximum(np.abs(got), np.abs(target))
    with np.errstate(invalid="ignore"):
        close = np.isfinite(got) & (np.abs(got - target) <= sw.ATOL + sw.RTOL * scale)
    return bool(close[usable].all())


def _definition_candidates(names: dict, variables: dict, definition: dict | None,
                           points: dict) -> Iterator[tuple[dict, np.ndarray | None, Callable]]:
    """(relation, its values at the points, (s, a) -> s minus it) for the definition itself and its derivative
    with respect to each of its other variables that comes out in the question's variables."""
    if not definition:
        return
    import sympy

    function = _definition(definition, names)
    question = {names[n] for n in variables}
    wrt = definition["wrt"]
    if function.free_symbols <= question:
        yield ({"kind": "not-differentiated", "wrt": wrt}, _values(function, names, variables, points),
               lambda s, a: s - function)
    for symbol in sorted(function.free_symbols, key=lambda x: x.name):
        if symbol.name == wrt:
            continue
        derivative = sympy.diff(function, symbol)
        if derivative != 0 and derivative.free_symbols <= question:
            yield ({"kind": "derivative-wrt", "variable": symbol.name, "wrt": wrt,
                    "inner": symbol.name in definition.get("substitutions", {})},
                   _values(derivative, names, variables, points), lambda s, a, d=derivative: s - d)


def _definition(definition: dict, names: dict):
    """The definition as a SymPy expression in the question's symbols where it can be: each substitution
    of a question variable (p_i for its softmax) put back as that variable, the others (y_k) applied."""
    import sympy

    def read(text):
        tree = ast.parse(text, mode="eval").body  # trusted: the question's own text
        found = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} - set(sw.FUNCTIONS) - set(sw.CONSTANTS)
        symbols = {n: names.get(n) or sympy.Symbol(n, real=True) for n in found}
        return sw.build(tree, {**names, **symbols}, sw._sympy_functions(), sw._sympy_number)

    function = read(definition["text"])
    substitutions = definition.get("substitutions", {})
    for name, text in substitutions.items():  # the ones that are no question variable first (y_k)
        if name not in names:
            function = function.subs(sympy.Symbol(name, real=True), read(text))
    for name, text in substitutions.items():
        if name in names:
            function = function.subs(read(text), names[name])
    return function


def _values(expression, names: dict, variables: dict, points: dict) -> np.ndarray | None:
    """A (trusted) SymPy expression in the question's variables at the sample points, or None."""
    import sympy

    order = sorted(variables)
    try:  # with Python's math: lambdify's numpy namespace imports half of numpy's submodules (0.2 s of CPU)
        f = sympy.lambdify([names[n] for n in order], expression, modules="math")
    except Exception:  # an expression that cannot be written in math's terms is no candidate
        return None

    def at(i):
        try:
            return float(f(*(float(points[n][i]) for n in order)))
        except (ArithmeticError, ValueError, TypeError):  # undefined there (log of a negative)
            return np.nan
    return np.array([at(i) for i in range(len(points[order[0]]))])


def _constant_candidates(mine: np.ndarray, right: np.ndarray) -> Iterator[tuple[dict, np.ndarray, Callable]]:
    """(relation, its values, (s, a) -> s minus it): c * answer, answer + c (c a small fraction read from the
    values), answer squared, its square root, its reciprocal."""
    import sympy

    with np.errstate(all="ignore"):
        defined = np.isfinite(mine) & np.isfinite(right) & (right != 0)
        factor = _small_fraction(float(np.median(mine[defined] / right[defined]))) if defined.any() else None
        if factor is not None and factor not in (0, 1):  # 0 times the answer: one constant (relation:constant)
            c = sympy.Rational(factor.numerator, factor.denominator)
            yield {"kind": "factor", "value": str(factor)}, float(factor) * right, lambda s, a: s - c * a
        defined = np.isfinite(mine) & np.isfinite(right)
        offset = _small_fraction(float(np.median(mine[defined] - right[defined]))) if defined.any() else None
        if offset is not None and offset != 0:
            d = sympy.Rational(offset.numerator, offset.denominator)
            yield {"kind": "offset", "value": str(offset)}, right + float(offset), lambda s, a: s - (a + d)
        yield {"kind": "square"}, right ** 2, lambda s, a: s - a ** 2
        yield {"kind": "root"}, np.sqrt(right), lambda s, a: s - sympy.sqrt(a)
        yield {"kind": "reciprocal"}, 1.0 / right, lambda s, a: s - 1 / a


def _small_fraction(x: float) -> Fraction | None:
    """x as a fraction with a denominator of at most MAX_DENOMINATOR, when it is one to rounding."""
    if not np.isfinite(x) or abs(x) > 1e6:
        return None
    fraction = Fraction(x).limit_denominator(MAX_DENOMINATOR)
    return fraction if abs(float(fraction) - x) <= 1e-9 * max(1.0, abs(x)) else None


def _student_edits(tree: ast.expr, variables: set) -> Iterator[tuple[dict, ast.expr]]:
    """(relation, the student's tree with one edit) for every edit the relations above name: an occurrence
    of a variable in one form (FORMS) written in another; a power moved between a function and its argument."""
    nodes = list(ast.walk(tree))
    if len(nodes) > MAX_NODES:
        return
    parents = {id(child): node for node in nodes for child in ast.iter_child_nodes(node)}
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
