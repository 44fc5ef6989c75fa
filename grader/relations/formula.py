"""Relations of a typed formula: the answer with one edit of its expression tree.

A formula's evidence is its values at sample points (`SymbolicCheck`); the
reference is the answer as a function of its variables, which carries the
answer's text (`answer_function(...).answer`). Every one-edit variant of the
answer's tree is evaluated at the same points: a factor of a product left
out, a term of a sum left out or its sign flipped, a product made a division
(or the reverse), a power changed (2 -> 1, 3, 4, -2, 1/2), a minus dropped,
a constant changed (0, -c, 2c, c/2, c + 1, c - 1). The relation is claimed
when a variant gives the student's values at every point (at least three);
variants that all give those values are one function there, said the
plainest way (SAYS order). The line names the kind of edit, never the answer or a part of it.
"""

from __future__ import annotations

import ast
import copy
from typing import Callable, Iterator

import numpy as np

from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.values import Leaf, Setting, holds

# edit kind -> what the line says about it
SAYS = {  # in the order the kinds are preferred
    "sign": "is the right formula with one term of a sum taken with the wrong sign",
    "factor": "is the right formula without one of the factors of a product",
    "term": "is the right formula without one of the terms of a sum",
    "divide": "divides where the right formula multiplies",
    "multiply": "multiplies where the right formula divides",
    "power": "is the right formula with one power changed ({detail})",
    "minus": "is the right formula with one minus sign dropped",
    "constant": "is the right formula with one constant changed",
}


def _powers(c: float) -> list[float]:
    return [p for p in (1.0, 2.0, 3.0, 4.0, -2.0, 0.5, c + 1, c - 1, 2 * c) if p != c]


def _constants(c: float) -> list[float]:
    return [v for v in (0.0, -c, 2 * c, c / 2, c + 1, c - 1) if v != c]


def _edits(tree: ast.expr) -> Iterator[tuple[str, str, ast.expr]]:
    """(kind, detail, edited copy of the tree) for every one-edit variant."""
    nodes = [n for n in ast.walk(tree)]
    for index, node in enumerate(nodes):
        for kind, detail, replacement in _node_edits(node):
            edited = copy.deepcopy(tree)
            target = [n for n in ast.walk(edited)][index]
            yield kind, detail, _replaced(edited, target, replacement)


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


def _replaced(tree: ast.expr, target: ast.AST, replacement: ast.expr) -> ast.expr:
    """The tree with `target` (a node of it) replaced."""
    if tree is target:
        return replacement
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if value is target:
                setattr(parent, field, replacement)
                return tree
            if isinstance(value, list) and any(v is target for v in value):
                setattr(parent, field, [replacement if v is target else v for v in value])
                return tree
    return tree


def formula(leaf: Leaf, setting: Setting) -> Relation | None:
    """The answer with one edit, when the edits that fit the student's values all say the same thing."""
    answer: str | None = getattr(setting.reference, "answer", None)
    evaluate: Callable | None = getattr(setting.reference, "evaluate", None)
    if answer is None or evaluate is None or leaf.path != () or not leaf.numeric or len(leaf.items) < 3:
        return None
    got = np.array([float(g) for g in leaf.got])
    if not np.all(np.isfinite(got)):
        return None
    points = {name: np.array([float(item.args[i]) for item in leaf.items]) for i, name in enumerate(setting.parameters)}
    try:
        tree = ast.parse(answer.strip().replace("^", "**"), mode="eval").body
    except SyntaxError:
        return None
    fits = []
    for kind, detail, edited in _edits(tree):
        try:
            values = evaluate(edited, points)
        except Exception:  # an edit the evaluator refuses (a power it does not take) shows nothing
            continue
        if holds(got, np.asarray(values, dtype=np.float64)):
            fits.append((list(SAYS).index(kind), kind, detail))
    if not fits:
        return None
    # every edit that fits gives the student's values: they are one function here, said the plainest way
    _, kind, detail = min(fits)
    says = SAYS[kind].format(detail=detail)
    what = setting.function
    return Relation("formula", f"your formula for {what} {says}, at every sample point: compare that part of your "
                               f"formula with the rule it comes from", f"the right formula with one {kind} edit",
                    leaf.path)
