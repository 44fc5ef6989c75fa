"""Random parameters as a student sees them: rounded, and away from degenerate values.

Question generators draw through these helpers so every variant's numbers
are already rounded (the answers are computed from exactly what is shown)
and no entry sits on a special value (0, a ReLU kink, a tie) by accident.
"""

from pathlib import Path

import numpy as np


def rounded(rng: np.random.Generator, low: float, high: float, decimals: int, size=None, min_abs: float = 0.0):
    """Uniform draws in [low, high] rounded to `decimals`, each with |x| >= min_abs.

    Returns a float (size None) or a nested list of shape `size`; entries that
    round below min_abs in magnitude are redrawn, so min_abs > 0 keeps zeros out.
    """
    values = np.round(rng.uniform(low, high, 1 if size is None else size), decimals)
    while np.any(np.abs(values) < min_abs):
        small = np.abs(values) < min_abs
        values[small] = np.round(rng.uniform(low, high, int(small.sum())), decimals)
    return float(values[0]) if size is None else values.tolist()


def told_apart(params: dict, key: dict, mistakes, where: str) -> bool:
    """True when each known mistake's answers on `params` differ from the `key` in some entry by more than twice
    that answer's tolerance in the question's meta.toml (`where`: its params.py, the generator's __file__): a mistake
    that lands on the right answer would earn full marks."""
    from mlptutor.question_bank.answers import _tolerance
    from mlptutor.question_bank.loader import load_question

    folder = Path(where).parent
    specs = {spec["name"]: spec for spec in load_question(folder.name, folder.parent).answers}
    for mistake in mistakes:
        for name, wrong in mistake.answers(params).items():
            right = np.asarray(key[name], dtype=float)
            if np.all(np.abs(np.subtract(wrong, right)) <= 2 * _tolerance(specs[name], right)):
                return False
    return True


def separated(values, gap: float) -> bool:
    """True when every two entries of `values` differ by at least `gap` (no ties, no near-ties)."""
    flat = np.sort(np.ravel(values))
    return bool(np.all(np.diff(flat) >= gap))
