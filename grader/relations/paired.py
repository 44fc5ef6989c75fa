"""Two catalogued slips in one call: the function with both slips on, where the catalogue writes both as switches
of one frame (grader.mistakes.Slips).

A single mistake's variant must give every call's value, so a file with two slips in one computation (early
stopping that counts ties as improvements and stops one epoch late; a count that leaves out the biases and the
output layer) was named by none. Opaque variants do not compose; two switches of one frame do: the frame with both
on. Tried only when no single mistake (nor one per branch) explains the row, over the pairs of one function's
switch variants whose switches differ, at most CAP of them: beyond that, only the pairs of switches that each show
alone (give the student's value on some call where the right value differs), and none when still more are left
(they cost too much and prove too little: more pairs fit by coincidence). The pair must be the only one that gives
every call's value, apart from the right one, and neither of its slips may give them alone (the other would be
unseen). Nothing here runs student code.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any, Callable, Sequence

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.mistakes import Mistake, Replays, Slips, agrees, candidates, reproduces

PAIRED = "relation:two-slips"
CAP = 60  # pairs a row may try: each replayed on its calls until one differs from the student's


def paired_slips(mistakes: Sequence[Mistake], evidence: Sequence[Evidence], reference: Callable[..., Any] | None,
                 replays: Replays | None = None) -> Mistake | None:
    """The one pair of switch variants of one frame whose composition gives every call's value, or None."""
    if reference is None or not evidence:
        return None
    refused = replays.refused if replays is not None else 0
    switched = [m for m in mistakes if type(m.variant) is Slips]
    if len(_pairs(switched)) > CAP:
        wrong = [e for e in evidence if not agrees(reference, e, replays=replays)]
        switched = [m for m in switched if any(agrees(m.variant, e, replays=replays) for e in wrong)]
    pairs = _pairs(switched)
    if not pairs or len(pairs) > CAP:
        return None
    found = candidates([pair for pair, _ in pairs], evidence, reference, replays)
    # a pair one of whose slips alone gives every call's value names a slip these calls do not show
    found = [pair for pair, halves in pairs if any(pair is f for f in found)
             and not any(reproduces(half, evidence, replays=replays) for half in halves)]
    if replays is not None and replays.refused > refused:  # a variant not tried: the one found may not be the only one
        return None
    return found[0] if len(found) == 1 else None


def _pairs(switched: list[Mistake]) -> list[tuple[Mistake, tuple[Mistake, Mistake]]]:
    """Each two of `switched` that switch other slips of one frame, made together, with its two halves."""
    return [(_both(a, b), (a, b)) for a, b in combinations(switched, 2) if a.variant.rule is b.variant.rule
            and not {k for k, _ in a.variant.switches} & {k for k, _ in b.variant.switches}]


def _both(a: Mistake, b: Mistake) -> Mistake:
    """The mistake of a and b made together: the frame with both their switches on."""
    variant = Slips(a.variant.rule, tuple(sorted(a.variant.switches + b.variant.switches)))
    return Mistake(PAIRED, f"two slips at once: {a.title}; and {b.title}", f"{a.hint} Also: {b.hint}", variant)
