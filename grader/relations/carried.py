"""A sum kept between calls: the calls of a job run in order in one child (grader/sandbox/job.py), so a buffer on
the module, the function or a default argument that every call adds onto shows in what later calls return, also
where the calls in between belong to other checks (the rows' own evidence holds only some of them). Said from
every call of the function in the job (`Setting.calls`: none after a timeout, a crash or a raising call, which
leave the buffer in a state nothing shows), on every one:

    stale   summed  result_k = right_k + s_k beta B_(k-1),  B_k = q_k + beta B_(k-1)  (B reset to q_k where its
                    shape is not the leaf's: a buffer per key of another network), where q_k is the call's right
                    value (gradients accumulated without zero_grad: beta = 1, s = 1) or the leaf of the same key in
                    one of its arguments (a momentum buffer of the gradients: beta = 0.9, s = -eta), beta one of
                    BETAS and s_k 1, -1 or a number argument of the call, or its negation

On two calls at least the kept part moves the value off the right one; every call of the job fits, the right ones
too (a first call, one after a reset, a step with eta = 0).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlptutor.grader.checks.validate import leaves
from mlptutor.grader.relations.base import Relation
from mlptutor.grader.relations.values import Leaf, Setting, holds, is_scalar, number, off, pick

# a plain sum, then the decays of momentum, of Adam's second moment and an average of two
BETAS = (1.0, 0.9, 0.99, 0.5)

_HINT = ("the function keeps something between calls (a variable on the module or the function, a global, a mutable "
         "default argument) and adds onto it: compute each call's result from its own arguments alone")


def carried(leaf: Leaf, setting: Setting) -> Relation | None:
    if not leaf.numeric or len(setting.calls) < 3 or len({item.pick for item in leaf.items}) != 1:
        return None
    item_pick = leaf.items[0].pick
    gots = _student(setting, item_pick, leaf.path)
    if gots is None:
        return None
    arguments = [setting.bind(args, kwargs) for args, kwargs, _, _ in setting.calls]
    rights = _Rights(setting, item_pick, leaf.path, arguments)
    scales = [("plus ", [1.0] * len(gots)), ("minus ", [-1.0] * len(gots))] + [
        (f"{sign}{name} times ", [s * float(args[i]) for args, _ in arguments])
        for i, name in enumerate(setting.parameters)
        if all(i < len(args) and is_scalar(args[i]) for args, _ in arguments)
        for sign, s in (("plus ", 1.0), ("minus ", -1.0))]
    sources = [("the right values of", rights)] + [
        (f"the {name} passed to", [_at(args[i] if i < len(args) else None, leaf.path) for args, _ in arguments])
        for i, name in enumerate(setting.parameters)]
    try:
        for what, kept in sources:
            for how, factor in scales:
                for beta in BETAS:
                    shown = _fits(rights, gots, kept, factor, beta)
                    if shown >= 2:
                        return _relation(leaf, setting, shown, what, how, beta)
    except _Unrun:
        return None
    return None


def _fits(rights, gots: list, kept, factor: list[float], beta: float) -> int:
    """The calls where the kept part is what moves the student's value off the right one, when every call fits
    (else 0): the calls in order, the first that does not fit ending the search (the reference runs no further)."""
    buffer, shown = None, 0
    for k, got in enumerate(gots):
        right, q, s = rights[k], kept[k], factor[k]
        if right is None or got is None:  # a call without this leaf (a shallower network) leaves the buffer as is
            if right is not got:
                return 0
            continue
        if q is None or q.shape != right.shape:
            return 0
        carry = buffer if buffer is not None and buffer.shape == right.shape else None
        predicted = right if carry is None else right + s * beta * carry
        if got.shape != right.shape or not holds(got, predicted):
            return 0
        shown += bool(carry is not None and off(got, right).any())
        buffer = q if carry is None else q + beta * carry
    return shown


class _Unrun(Exception):
    """The reference could not run on one of the calls (or the budget refused it): nothing can be said."""


class _Rights:
    """The reference's leaf at `path` on each call of the job, run when first asked for: a student whose first
    calls already fit no sum costs the runs up to there only; the runs shared by the function's leaves
    (Setting.rights). `arguments`: the calls' bound arguments. Each call's leaf is read out once: every source,
    scale and decay tried asks for it again."""

    def __init__(self, setting: Setting, item_pick: tuple | None, path: tuple, arguments: list):
        self.setting, self.path, self.arguments = setting, path, arguments
        self.runs = setting.rights.setdefault(item_pick, [])
        self.pick = item_pick
        self.read = {}  # call index -> its leaf

    def __getitem__(self, k: int) -> np.ndarray | None:
        while len(self.runs) <= k:
            self.runs.append(self.setting.run(*self.arguments[len(self.runs)], self.pick))
        if self.runs[k] is None:
            raise _Unrun
        if k not in self.read:
            self.read[k] = _at(self.runs[k], self.path)
        return self.read[k]


def _student(setting: Setting, item_pick: tuple | None, path: tuple) -> list | None:
    """The student's leaf at `path` on each call of the job, or None where a call sent back another part."""
    gots = []
    for _, _, sent, value in setting.calls:
        if sent != item_pick and sent is not None:  # another part came back: what this one holds is unknown
            return None
        try:
            gots.append(_at(value if sent == item_pick else pick(value, item_pick), path))
        except (KeyError, IndexError, TypeError):
            return None
    return gots


def _at(value: Any, path: tuple) -> np.ndarray | None:
    """The leaf at `path` of value as float64, or None where it has none."""
    found = dict(leaves(value)).get(path) if value is not None else None
    return None if found is None else number(found)


def _relation(leaf: Leaf, setting: Setting, shown: int, what: str, how: str, beta: float) -> Relation:
    label = setting.label(leaf.path)
    whose = f"your {label} is" if leaf.path or setting.pick else f"your {label} returned"
    total = "the sum" if beta == 1 else f"a sum, decayed by {beta:g} per call,"
    return Relation("stale", f"{whose}, on {shown} calls, the right value {how}{total} of {what} the "
                             f"earlier calls of {setting.function} in this run: {_HINT}",
                    f"the right {label} plus a sum kept from the earlier calls", leaf.path)
