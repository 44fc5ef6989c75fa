"""Two catalogued slips, one per value of a string argument: a function wrong in two of its branches.

A single mistake's variant must give every call's value, so a file with two slips (tanh' written 1 - tanh z and
leaky ReLU's slope 0.1 in derivative_product; the linear loss without its 1/2 and the logistic one summed in
neuron_loss) was named by none, though each branch alone is a catalogued slip. Grouped by the value of a string
argument (the activation's name, the model), the calls of each group that is wrong must single out one mistake of
the catalogue (grader.mistakes.diagnose), the others be right, and two groups at least name different mistakes:
then the row names them all, each with the value that shows it. Nothing here runs student code.
"""

from __future__ import annotations

import inspect
from typing import Any, Callable, Sequence

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.mistakes import Mistake, Replays, agrees, diagnose

SLIPS = "relation:slips-by-argument"


def slips_by_choice(mistakes: Sequence[Mistake], evidence: Sequence[Evidence], reference: Callable[..., Any] | None,
                    replays: Replays | None = None) -> Mistake | None:
    """A mistake naming one catalogued slip per value of a string argument, or None (see the module)."""
    if not mistakes or reference is None or len(evidence) < 2:
        return None
    try:
        signature = inspect.signature(reference)
        bound = [signature.bind(*e.args, **e.kwargs) for e in evidence]
    except (TypeError, ValueError):  # no signature, or calls it does not bind: nothing to group by
        return None
    for b in bound:
        b.apply_defaults()
    for name in signature.parameters:
        values = [b.arguments.get(name) for b in bound]
        if not all(type(v) is str for v in values) or len(set(values)) < 2:
            continue
        named = _named_groups(mistakes, evidence, values, reference, replays)
        if named is not None and len({m.id for m in named.values()}) >= 2:
            return _slips(name, named, signature, reference)
    return None


def _named_groups(mistakes, evidence, values, reference, replays) -> dict[str, Mistake] | None:
    """value -> the mistake its wrong calls single out, for every group of calls not right; None when one is
    neither right nor named."""
    named = {}
    for value in dict.fromkeys(values):
        group = [e for e, v in zip(evidence, values) if v == value]
        if all(agrees(reference, e, replays=replays) for e in group):
            continue
        mistake = diagnose(mistakes, group, reference, replays=replays)
        if mistake is None:
            return None
        named[value] = mistake
    return named


def _slips(name: str, named: dict[str, Mistake], signature: inspect.Signature, reference: Callable) -> Mistake:
    """The mistake of the slips in `named` (value of `name` -> mistake): each value's calls get its variant."""
    def variant(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        chosen = named.get(bound.arguments.get(name))
        return (chosen.variant if chosen is not None else reference)(*args, **kwargs)
    title = "; ".join(f"with {name} = {value!r}, {m.title}" for value, m in named.items())
    hint = " ".join(f"({name} = {value!r}) {m.hint}" for value, m in named.items())
    return Mistake(SLIPS, f"a slip in each of {len(named)} branches: {title}", hint, variant)
