"""AST mutation operators: small, plausible edits of trusted code, written without the mistake catalogue.

An operator looks at one node of a function's syntax tree and proposes edits:
`(description, make)` pairs, where `make(node)` builds the replacement of a
copy of that node. `mutations(root)` applies every operator to every node of
`root` (docstrings excepted) and yields one `Mutation` per edit; `apply` turns
one into a new tree, leaving `root` untouched.

Operators (names are the keys of OPERATORS):
    arith               + - * / ** @ swapped for a neighbour (+ <-> -, * <-> /, ** -> *, @ -> *)
    sign                a unary minus dropped, a - b -> b - a, a returned value negated
    constant            a number changed: 0, 1, 2c, c/2, -c (ints also c +- 1)
    drop-factor         a * b -> a or b, a / b -> a (a 1/N or a 0.5 forgotten)
    drop-term           a + b -> a or b, a - b -> a or -b (one term of a sum forgotten)
    axis                axis=... changed among 0, 1, -1, None
    keepdims            keepdims=True dropped
    reduce-global       axis=... dropped: a per-row reduction made global
    reduction           sum / mean / max / min (and maximum / minimum) swapped
    transpose           .T removed, or added to an operand of @
    swap-args           two neighbouring positional arguments swapped; b / a, b ** a, b @ a
    inplace             a + b on an argument a (or a[...] of one) made np.add(a, b, out=a)
    float32             a returned value (or one element of a returned tuple / dict) cast to float32
    off-by-one          < <-> <=, > <-> >=, range(...) and slice bounds +- 1
    return-intermediate a local variable or an argument returned in place of the result
    global-random       rng.method(...) on a generator argument -> np.random.method(...)
"""

from __future__ import annotations

import ast
import copy
from dataclasses import dataclass
from typing import Callable, Iterator

Make = Callable[[ast.AST], ast.AST]
REDUCTIONS = {"sum": ("mean", "max"), "mean": ("sum", "max"), "max": ("sum", "mean", "min"), "min": ("max",),
              "maximum": ("minimum",), "minimum": ("maximum",)}
AXES = ("0", "1", "-1", "None")
_SWAPPED_OPS = {ast.Add: (ast.Sub,), ast.Sub: (ast.Add,), ast.Mult: (ast.Div,), ast.Div: (ast.Mult,),
                ast.Pow: (ast.Mult,), ast.MatMult: (ast.Mult,), ast.FloorDiv: (ast.Div,)}
_COMPARE_SWAPS = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt}
_UFUNCS = {ast.Add: "add", ast.Sub: "subtract", ast.Mult: "multiply", ast.Div: "divide"}
_GENERATOR_TO_GLOBAL = {"integers": "randint"}  # np.random's name for Generator methods that differ


@dataclass(frozen=True)
class Scope:
    """What an operator may need to know about the function enclosing a node.

    params: argument names; locals: names assigned in its body (in order); rngs: arguments that are generators."""

    params: tuple[str, ...] = ()
    locals: tuple[str, ...] = ()
    rngs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mutation:
    """One edit: operator name, a one-line description, the line it is on, and how to make it."""

    operator: str
    description: str
    line: int
    index: int  # position of the node in ast.walk(root)
    make: Make


def _src(node: ast.AST) -> str:
    text = ast.unparse(node)
    return text if len(text) <= 60 else text[:57] + "..."


def _binop_symbol(op: ast.operator) -> str:
    return ast.unparse(ast.BinOp(ast.Name("a"), op, ast.Name("b")))[2:-2]


def _call_name(node: ast.AST) -> str | None:
    """'sum' for x.sum(...), np.sum(...) and sum(...); None for anything else."""
    if not isinstance(node, ast.Call):
        return None
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    if isinstance(node.func, ast.Name):
        return node.func.id
    return None


def _root_name(node: ast.AST) -> str | None:
    while isinstance(node, ast.Subscript):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _number(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) in (int, float)


# ---- operators: node, scope -> (description, make) ----

def arith(node, scope):
    if isinstance(node, (ast.BinOp, ast.AugAssign)):
        for new in _SWAPPED_OPS.get(type(node.op), ()):
            def make(n, new=new):
                n.op = new()
                return n
            yield f"`{_binop_symbol(node.op)}` -> `{_binop_symbol(new())}` in `{_src(node)}`", make


def sign(node, scope):
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        yield f"unary minus dropped in `{_src(node)}`", lambda n: n.operand
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub):
        def make(n):
            n.left, n.right = n.right, n.left
            return n
        yield f"`{_src(node)}` -> `{_src(node.right)} - {_src(node.left)}`", make
    if isinstance(node, ast.Return) and node.value is not None:
        for i, value in _returned(node):
            if _numeric_expression(value):
                yield f"returned `{_src(value)}` negated", _edit_returned(i, lambda v: ast.UnaryOp(ast.USub(), v))


def _negative(node: ast.AST) -> bool:
    return isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and _number(node.operand)


def constant(node, scope):
    if not (_number(node) or _negative(node)):
        return
    c = -node.operand.value if _negative(node) else node.value
    options = [0, 1, 2 * c, -c] + ([c + 1, c - 1] if isinstance(c, int) else [c / 2])
    seen = {c}
    for value in options:
        value = type(c)(value) if isinstance(c, float) else value
        if value in seen:
            continue
        seen.add(value)
        yield f"constant {c!r} -> {value!r}", lambda n, v=value: ast.Constant(v)


def drop_factor(node, scope):
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Div)):
        yield f"`{_src(node)}` -> `{_src(node.left)}`", lambda n: n.left
        if isinstance(node.op, ast.Mult):
            yield f"`{_src(node)}` -> `{_src(node.right)}`", lambda n: n.right


def drop_term(node, scope):
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        yield f"`{_src(node)}` -> `{_src(node.left)}`", lambda n: n.left
        if isinstance(node.op, ast.Add):
            yield f"`{_src(node)}` -> `{_src(node.right)}`", lambda n: n.right
        else:
            yield f"`{_src(node)}` -> `-{_src(node.right)}`", lambda n: ast.UnaryOp(ast.USub(), n.right)


def _keyword(node, name):
    return next((i for i, k in enumerate(node.keywords) if k.arg == name), None) if isinstance(node, ast.Call) else None


def axis(node, scope):
    i = _keyword(node, "axis")
    if i is None:
        return
    current = ast.unparse(node.keywords[i].value)
    for value in AXES:
        if value != current:
            def make(n, i=i, value=value):
                n.keywords[i].value = ast.parse(value, mode="eval").body
                return n
            yield f"axis={current} -> axis={value} in `{_src(node)}`", make


def keepdims(node, scope):
    i = _keyword(node, "keepdims")
    if i is not None:
        def make(n, i=i):
            del n.keywords[i]
            return n
        yield f"keepdims dropped in `{_src(node)}`", make


def reduce_global(node, scope):
    i = _keyword(node, "axis")
    if i is not None and _call_name(node) in REDUCTIONS:
        def make(n, i=i):
            n.keywords = [k for j, k in enumerate(n.keywords) if j != i and k.arg != "keepdims"]
            return n
        yield f"per-axis reduction made global: `{_src(node)}`", make


def reduction(node, scope):
    name = _call_name(node)
    for other in REDUCTIONS.get(name, ()):
        if other == "mean" and isinstance(node.func, ast.Name):
            continue  # the builtins have no mean

        def make(n, other=other):
            if isinstance(n.func, ast.Attribute):
                n.func.attr = other
            else:
                n.func.id = other
            return n
        yield f"{name} -> {other} in `{_src(node)}`", make


def transpose(node, scope):
    if isinstance(node, ast.Attribute) and node.attr == "T":
        yield f"transpose removed: `{_src(node)}` -> `{_src(node.value)}`", lambda n: n.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
        for side in ("left", "right"):
            operand = getattr(node, side)
            if not (isinstance(operand, ast.Attribute) and operand.attr == "T"):
                def make(n, side=side):
                    setattr(n, side, ast.Attribute(getattr(n, side), "T", ast.Load()))
                    return n
                yield f"transpose added to `{_src(operand)}` in `{_src(node)}`", make


def swap_args(node, scope):
    if isinstance(node, ast.Call):
        args = node.args
        for i in range(len(args) - 1):
            if any(isinstance(a, ast.Starred) for a in args[i:i + 2]) or ast.dump(args[i]) == ast.dump(args[i + 1]):
                continue

            def make(n, i=i):
                n.args[i], n.args[i + 1] = n.args[i + 1], n.args[i]
                return n
            yield f"arguments {i + 1} and {i + 2} of `{_src(node)}` swapped", make
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Div, ast.Pow, ast.MatMult)):
        def make(n):
            n.left, n.right = n.right, n.left
            return n
        yield f"operands of `{_src(node)}` swapped", make


def inplace(node, scope):
    if isinstance(node, ast.BinOp) and type(node.op) in _UFUNCS and _root_name(node.left) in scope.params:
        ufunc = _UFUNCS[type(node.op)]

        def make(n):
            target = copy.deepcopy(n.left)
            return ast.Call(ast.Attribute(ast.Name("np", ast.Load()), ufunc, ast.Load()), [n.left, n.right],
                            [ast.keyword("out", target)])
        yield f"argument updated in place: `{_src(node)}` -> `np.{ufunc}({_src(node.left)}, ..., out={_src(node.left)})`", make


def float32(node, scope):
    if isinstance(node, ast.Return) and node.value is not None:
        for i, value in _returned(node):
            if _numeric_expression(value):
                yield f"returned `{_src(value)}` cast to float32", _edit_returned(i, _cast32)


def _cast32(value: ast.expr) -> ast.expr:
    if isinstance(value, ast.DictComp):
        value.value = _cast32(value.value)
        return value
    return ast.Call(ast.Attribute(ast.Name("np", ast.Load()), "float32", ast.Load()), [value], [])


def off_by_one(node, scope):
    if isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            if type(op) in _COMPARE_SWAPS:
                new = _COMPARE_SWAPS[type(op)]

                def make(n, i=i, new=new):
                    n.ops[i] = new()
                    return n
                yield f"comparison `{_src(node)}`: `{_cmp(op)}` -> `{_cmp(new())}`", make
    if _call_name(node) in ("range", "enumerate") and isinstance(node.func, ast.Name):
        positions = list(range(len(node.args))) if node.func.id == "range" else []
        for i in positions:
            for delta in (1, -1):
                def make(n, i=i, delta=delta):
                    n.args[i] = _plus(n.args[i], delta)
                    return n
                yield f"{node.func.id} argument {i + 1} {delta:+d} in `{_src(node)}`", make
        start = _keyword(node, "start")
        if start is not None:
            for delta in (1, -1):
                def make(n, i=start, delta=delta):
                    n.keywords[i].value = _plus(n.keywords[i].value, delta)
                    return n
                yield f"enumerate start {delta:+d} in `{_src(node)}`", make
    if isinstance(node, ast.Slice):
        for bound in ("lower", "upper"):
            if getattr(node, bound) is not None:
                for delta in (1, -1):
                    def make(n, bound=bound, delta=delta):
                        setattr(n, bound, _plus(getattr(n, bound), delta))
                        return n
                    yield f"slice {bound} bound {delta:+d} in `{_src(node)}`", make


def _cmp(op):
    return ast.unparse(ast.Compare(ast.Name("a"), [op], [ast.Name("b")]))[2:-2]


def _plus(expr: ast.expr, delta: int) -> ast.expr:
    return ast.BinOp(expr, ast.Add() if delta > 0 else ast.Sub(), ast.Constant(abs(delta)))


def return_intermediate(node, scope):
    if not (isinstance(node, ast.Return) and node.value is not None):
        return
    index, value = _returned(node)[0]
    returned = ast.unparse(value)
    for name in dict.fromkeys(scope.locals + scope.params):
        if name != returned and name not in scope.rngs and name != "self":
            yield (f"`{name}` returned in place of `{_src(value)}`",
                   _edit_returned(index, lambda v, name=name: ast.Name(name, ast.Load())))


def global_random(node, scope):
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id in scope.rngs):
        method = _GENERATOR_TO_GLOBAL.get(node.func.attr, node.func.attr)

        def make(n):
            n.func = ast.Attribute(ast.Attribute(ast.Name("np", ast.Load()), "random", ast.Load()), method, ast.Load())
            return n
        yield f"`{_src(node)}` drawn from the global np.random.{method}", make


# ---- returned values ----

def _returned(node: ast.Return) -> list[tuple[int | None, ast.expr]]:
    """(element index or None for the whole value, expression) of what a return statement returns."""
    if isinstance(node.value, ast.Tuple):
        return list(enumerate(node.value.elts))
    return [(None, node.value)]


def _edit_returned(index: int | None, edit: Callable[[ast.expr], ast.expr]) -> Make:
    def make(n):
        if index is None:
            n.value = edit(n.value)
        else:
            n.value.elts[index] = edit(n.value.elts[index])
        return n
    return make


def _numeric_expression(value: ast.expr) -> bool:
    """Could this returned expression be a number or an array (not a name string, list, bool or None)?"""
    if isinstance(value, ast.Constant):
        return type(value.value) in (int, float)
    return not isinstance(value, (ast.List, ast.ListComp, ast.Compare, ast.BoolOp, ast.JoinedStr, ast.Dict))


OPERATORS: dict[str, Callable] = {
    "arith": arith, "sign": sign, "constant": constant, "drop-factor": drop_factor, "drop-term": drop_term,
    "axis": axis, "keepdims": keepdims, "reduce-global": reduce_global, "reduction": reduction,
    "transpose": transpose, "swap-args": swap_args, "inplace": inplace, "float32": float32,
    "off-by-one": off_by_one, "return-intermediate": return_intermediate, "global-random": global_random,
}


# ---- the engine ----

def _docstrings(root: ast.AST) -> set[int]:
    """ids of docstring nodes, which no operator touches."""
    skipped = set()
    for node in ast.walk(root):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            skipped.update(id(n) for n in ast.walk(body[0]))
    return skipped


def _untouched(root: ast.AST) -> set[int]:
    """Docstrings, error messages, annotations (edits there change no value) and axis values (the axis operator's)."""
    skipped = _docstrings(root)
    for node in ast.walk(root):
        parts = [node.exc] if isinstance(node, ast.Raise) and node.exc else []
        parts += [node] if isinstance(node, ast.JoinedStr) else []
        parts += [node.annotation] if isinstance(node, ast.AnnAssign) else []
        parts += [k.value for k in node.keywords if k.arg == "axis"] if isinstance(node, ast.Call) else []
        for part in parts:
            skipped.update(id(n) for n in ast.walk(part))
        if _negative(node):  # -c is one number to the constant operator
            skipped.add(id(node.operand))
    return skipped


def scope_of(function: ast.AST | None) -> Scope:
    """The Scope of a FunctionDef (an empty one for None: module-level code or a formula)."""
    if not isinstance(function, (ast.FunctionDef, ast.Lambda)):
        return Scope()
    a = function.args
    params = tuple(x.arg for x in a.posonlyargs + a.args + a.kwonlyargs)
    assigned = []
    for node in ast.walk(function):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
        for target in targets:
            assigned += [n.id for n in ast.walk(target) if isinstance(n, ast.Name)]
    rngs = tuple(p for p in params if "rng" in p or "generator" in p)
    return Scope(params, tuple(dict.fromkeys(n for n in assigned if n not in params)), rngs)


def _enclosing(root: ast.AST) -> dict[int, ast.AST]:
    """id(node) -> the innermost FunctionDef holding it (absent at module or class level)."""
    inside: dict[int, ast.AST] = {}

    def visit(node, function):
        for child in ast.iter_child_nodes(node):
            if function is not None:
                inside[id(child)] = function
            visit(child, child if isinstance(child, ast.FunctionDef) else function)
    visit(root, root if isinstance(root, ast.FunctionDef) else None)
    return inside


def mutations(root: ast.AST, operators: dict[str, Callable] = OPERATORS) -> Iterator[Mutation]:
    """Every edit every operator proposes on the nodes of `root`, in a fixed order."""
    skipped = _untouched(root)
    enclosing = _enclosing(root)
    parents = {id(child): node for node in ast.walk(root) for child in ast.iter_child_nodes(node)}
    scopes: dict[int, Scope] = {}
    for index, node in enumerate(ast.walk(root)):
        if id(node) in skipped:
            continue
        function = enclosing.get(id(node))
        scope = scopes.setdefault(id(function), scope_of(function))
        for name, operator in operators.items():
            for description, make in operator(node, scope):
                if "`" not in description:  # a bare edit (a constant): say where it is
                    description += _where(node, _context(node, parents))
                yield Mutation(name, description, getattr(node, "lineno", 0), index, make)


def _context(node: ast.AST, parents: dict[int, ast.AST]) -> ast.AST:
    """The smallest expression around `node` that shows where it is (a statement at the most)."""
    parent = parents.get(id(node), node)
    while isinstance(parent, (ast.UnaryOp, ast.keyword)) and id(parent) in parents:
        parent = parents[id(parent)]
    return parent


def _where(node: ast.AST, context: ast.AST) -> str:
    """' in `context`', naming which one when the node's text occurs there more than once."""
    text = ast.unparse(node)
    same = sorted((n for n in ast.walk(context) if type(n) is type(node) and ast.unparse(n) == text),
                  key=lambda n: (n.lineno, n.col_offset))
    which = f" (occurrence {[n is node for n in same].index(True) + 1} of {len(same)})" if len(same) > 1 else ""
    return f" in `{_src(context)}`{which}"


def apply(root: ast.AST, mutation: Mutation) -> ast.AST:
    """A mutated copy of `root` (root itself is left as it was)."""
    tree = copy.deepcopy(root)
    nodes = list(ast.walk(tree))
    target = nodes[mutation.index]
    replacement = mutation.make(target)
    if replacement is not target:
        if target is tree:
            return ast.fix_missing_locations(replacement)
        _replace(tree, target, replacement)
    return ast.fix_missing_locations(tree)


def _replace(tree: ast.AST, old: ast.AST, new: ast.AST) -> None:
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, field, new)
                return
            if isinstance(value, list) and any(v is old for v in value):
                value[next(i for i, v in enumerate(value) if v is old)] = new
                return
    raise ValueError("node to replace not found in the tree")
