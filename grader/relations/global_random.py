"""A function that used np.random's global generator: said as such, from what the sandbox saw.

The child compares np.random's global state before and after each call (grader/sandbox/child.py
global_state; `Outcome.global_draw`). No check hands a function that generator: its numbers depend on
whatever drew from it before in the same job, so no replay of the reference (no catalogued variant, no
relation) can reproduce values that came from it, and none is claimed. The job is deterministic (every
child starts from the zygote's seeded state and runs its calls in order), so the same submission gets
the same grade. Said only for failing rows left unexplained, on a function some call of which drew.
"""

from __future__ import annotations

import inspect
from dataclasses import replace

from mlptutor.grader.mistakes import Mistake

KIND = "global-random"
SEEN = "its calls used np.random's global generator (np.random.permutation, shuffle, rand, seed, ...)"
GENERATOR_NAMES = ("rng", "generator", "seed")  # a parameter the docstring's random numbers come from


def global_draws(rows: list, outcomes) -> None:
    """Name every failing row of one function left unexplained relation:global-random, its message saying so,
    when one of the function's calls drew from np.random's global generator."""
    left = [p for p in rows if not p.verdict.passed and p.mistake is None]
    if not left or not any((o := outcomes.get(c.id)) is not None and o.global_draw for p in rows
                           for c in p.plan.calls):
        return
    mistake = _mistake(rows[0].function.reference)
    for p in left:
        p.verdict, p.mistake = replace(p.verdict, message=f"{p.verdict.message}; {SEEN}"), mistake


def _mistake(reference) -> Mistake:
    try:
        names = [n for n in inspect.signature(reference).parameters if n in GENERATOR_NAMES]
    except (TypeError, ValueError):
        names = []
    why = (f"draw every random number from the generator given as {names[0]}, in the order the docstring says"
           if names else "nothing here is random: the result must follow from the arguments alone, in the order "
                         "the docstring gives")
    return Mistake("relation:" + KIND, "numbers from np.random's global generator",
                   f"your function used np.random's global generator, which no argument controls, so no run "
                   f"can be checked against it; {why}.", None)
