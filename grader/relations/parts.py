"""A catalogued mistake made in one part of the result only: the student's value is what the mistake gives
in some parts (Y_b of every mini-batch) and the right value in the others (X_b).

The catalogue names a mistake only when its variant reproduces the whole
result (grader/mistakes.py). A student who makes it for one of the arrays a
function returns (Y cut in order while X is shuffled: the "never shuffled"
mistake for Y only) matches it there and the reference elsewhere. That is
said as a relation, never as the mistake's name:

    some-parts  the result's parts (its leaves, the entries of a list taken together: result[*][1] is
                the second item of every batch) split in two: in each part of one side every call's
                value is the variant's (and on some call differs from the right one), in each part of
                the other side every call's value is the right one (and on some call the variant's is
                not); exactly one catalogued mistake splits the parts so

Only calls that returned are evidence (a crash shows nothing); the student's
value must have the right structure (the same leaves as the right one).
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.checks.cases import Case, run_trusted
from mlptutor.grader.checks.validate import pick
from mlptutor.grader.mistakes import Mistake
from mlptutor.grader.relations.base import Relation, leaf_of
from mlptutor.grader.relations.values import ANY, Setting, holds, keyed_leaves, number


def _parts(value: Any) -> list[tuple[tuple, tuple, np.ndarray | None]]:
    """(part key, path, float64 leaf or None) of every leaf of a nested tuple/list/dict; list positions are
    ANY in the key (values.keyed_leaves)."""
    return [(key, path, number(leaf)) for key, path, leaf in keyed_leaves(value)]


def _run(fn: Callable, e: Evidence, setting: Setting) -> Any:
    """fn on the call's arguments, as the student's function had them (a private copy: a variant may change them),
    the picked part; None if it fails. The catalogue has replayed most of these calls (setting.replays): one wrong
    train_classifier's 30 replays here took 1.9 s of CPU again."""
    try:
        return pick(setting.replays.run(fn, e), e.pick)
    except Exception:  # a variant that cannot run here explains nothing
        return None


def _sides(mistake: Mistake, evidence: Sequence[Evidence], reference: Callable, setting: Setting
           ) -> tuple[set, set] | None:
    """(the parts where every call's value is the variant's, the parts where it is the right one), each part
    showing it (the value off there, the variant apart from the right one on some call); None when some part
    is neither on some call, or a structure differs."""
    parts: dict = {}  # key -> [the variant's on every call, off somewhere, right on every call, variant apart]
    for e in evidence:
        want, made = _run(reference, e, setting), _run(mistake.variant, e, setting)
        if want is None or made is None:
            return None
        got, want, made = _parts(e.value), _parts(want), _parts(made)
        if [p for _, p, _ in got] != [p for _, p, _ in want] or [p for _, p, _ in made] != [p for _, p, _ in want]:
            return None
        for (key, _, g), (_, _, w), (_, _, v) in zip(got, want, made):
            if g is None or w is None or v is None:
                return None
            state = parts.setdefault(key, [True, False, True, False])
            state[0] &= holds(g, v)
            state[1] |= not holds(g, w)
            state[2] &= holds(g, w)
            state[3] |= not holds(v, w)
            if not (state[0] or state[2]):  # neither the variant's nor the right one here: stop early
                return None
    made = {k for k, (as_variant, off, _, _) in parts.items() if as_variant and off}
    right_parts = {k for k, (_, _, as_right, apart) in parts.items() if as_right and apart}
    if not made or not right_parts or made | right_parts != set(parts):
        return None
    return made, right_parts


def _label(setting: Setting, key: tuple) -> str:
    return "result" + "".join("[*]" if k == ANY else f"[{k!r}]" for k in (*(setting.pick or ()), *key))


def _split(mistake: Mistake, evidence: Sequence[Evidence], reference: Callable, setting: Setting
           ) -> Relation | None:
    sides = _sides(mistake, evidence, reference, setting)
    if sides is None:
        return None
    made, kept = (sorted(side, key=str) for side in sides)
    made_text, kept_text = ", ".join(_label(setting, k) for k in made), ", ".join(_label(setting, k) for k in kept)
    if any(ANY in k for k in made):
        made_text += " (that item of every entry)"
    first = next(p for e in evidence for k, p, _ in _parts(e.value) if k == made[0])

    def predict(args, kwargs, item_pick, exp):
        try:
            value = pick(run_trusted(mistake.variant, Case(args, kwargs)), item_pick)
        except Exception:  # the variant cannot run here: no prediction
            return None
        return leaf_of(value, first)

    return Relation("some-parts", f"your {setting.function} is what {mistake.title} gives in {made_text}, and right "
                                  f"in {kept_text}: {mistake.hint}",
                    f"{mistake.title} in {made_text} only", first, predict)


def part_mistake(mistakes: Sequence[Mistake], evidence: Sequence[Evidence], reference: Callable,
                 setting: Setting) -> Relation | None:
    """The one catalogued mistake made in some parts of the result only (see the module docstring), as a
    relation; None when none or several fit."""
    if not mistakes or not evidence or len({k for k, _, _ in _parts(evidence[0].value)}) < 2:
        return None
    refused = setting.replays.refused
    found = [r for m in mistakes if (r := _split(m, evidence, reference, setting)) is not None]
    # a mistake not tried for the submission's allowance (effort.Allowance): the one found may not be the only one
    return found[0] if len(found) == 1 and setting.replays.refused == refused else None
