"""A catalogued mistake made in one branch only: on the calls whose string argument (an activation, a
mode) has some values the student's values are what the mistake gives, on the others the right ones.

The catalogue names a mistake only when its variant reproduces every call
(grader/mistakes.py). A student who makes it in one branch of their code
(the value of the activation where its derivative is due, for sigmoid and
tanh only) matches it on those calls and the reference on the others. That
is said as a relation (`relation:some-rows`), never as the mistake's name:

    some-rows   for one string parameter, the values S it has on the calls where the student is
                wrong; every call with a value in S is the variant's (and some of them differ from the
                reference), every other call is the reference's (and on some of those the variant is
                not): exactly one catalogued mistake splits the calls so

Only calls that returned are evidence (a crash shows nothing).
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.checks.cases import Case, run_trusted
from mlptutor.grader.checks.validate import pick
from mlptutor.grader.mistakes import Mistake, agrees, reproduces
from mlptutor.grader.relations.base import Relation, leaf_of
from mlptutor.grader.relations.values import Setting


def _string_parameters(setting: Setting, bound: list[tuple]) -> list[int]:
    """Positions of the parameters that are a string on every call."""
    if not bound:
        return []
    width = min(len(args) for args in bound)
    return [i for i in range(width) if all(type(args[i]) is str for args in bound)]


def _split(mistake: Mistake, evidence: Sequence[Evidence], setting: Setting, bound: list[tuple], strings: list[int],
           right: list[bool]) -> Relation | None:
    """The relation when `mistake` splits the calls by one of the `strings` parameters; `right[i]`: the reference
    gives call i's value."""
    made = [reproduces(mistake, [e], replays=setting.replays) for e in evidence]
    for i in strings:
        shown = {args[i] for args, m, r in zip(bound, made, right) if m and not r}
        inside = [args[i] in shown for args in bound]
        if not shown or any(n and not m for n, m in zip(inside, made)) \
                or any(not n and not r for n, r in zip(inside, right)) \
                or all(m for n, m in zip(inside, made) if not n):
            continue
        name = setting.parameters[i] if i < len(setting.parameters) else f"argument {i}"
        values = " or ".join(repr(s) for s in sorted(shown))
        return Relation("some-rows", f"your {setting.function} is what {mistake.title} gives on the inputs with "
                                     f"{name} = {values}, and right on the others: {mistake.hint}",
                        f"{mistake.title} with {name} = {values} only", (),
                        lambda args, kwargs, item_pick, exp: _variant(mistake, setting, i, shown, args, kwargs, item_pick))
    return None


def _variant(mistake: Mistake, setting: Setting, i: int, shown: set, args: tuple, kwargs: dict,
             item_pick: tuple | None) -> np.ndarray | None:
    bound, _ = setting.bind(args, kwargs)
    if i >= len(bound) or bound[i] not in shown:
        return None
    try:
        value: Any = pick(run_trusted(mistake.variant, Case(args, kwargs)), item_pick)
    except Exception:  # the variant cannot run here: no prediction
        return None
    return leaf_of(value, ())


def partial_mistake(mistakes: Sequence[Mistake], evidence: Sequence[Evidence], reference: Callable,
                    setting: Setting) -> Relation | None:
    """The one catalogued mistake made on the calls with some values of a string parameter (see the module
    docstring), as a relation; None when none or several fit."""
    if not mistakes or not evidence:
        return None
    bound = [setting.bind(e.args, e.kwargs)[0] for e in evidence]
    # most functions have no string parameter: then no variant and no reference is replayed; else the reference once
    # per call, not once per mistake (naming mistakes in bulk_grade.py's class of 100 of the twelve: 10.1 -> 8.0 ms
    # of CPU a submission, its six costliest, early stopping's and clipping's, 112 -> 83; in-process, two alternating
    # runs, the same reports byte for byte; 2026-12-05)
    strings = _string_parameters(setting, bound)
    if not strings:
        return None
    refused = setting.replays.refused
    right = [agrees(reference, e, replays=setting.replays) for e in evidence]
    found = [r for m in mistakes if (r := _split(m, evidence, setting, bound, strings, right)) is not None]
    # a mistake not tried for the submission's allowance (effort.Allowance): the one found may not be the only one
    return found[0] if len(found) == 1 and setting.replays.refused == refused else None
