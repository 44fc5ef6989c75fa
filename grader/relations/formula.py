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
The edits are `symbolic_relations.answer_edits`, which the grader proves with SymPy where it holds the
answer's text (grader/checks/formula_relations.py): this numeric family explains what that leaves.
"""

from __future__ import annotations

import ast
from typing import Callable

import numpy as np

from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.values import Leaf, Setting, holds
from mlptutor.grader.symbolic_relations import SAYS, answer_edits


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
    for kind, detail, edited in answer_edits(tree):
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
