"""Generator arguments for specs whose student functions draw random numbers (init, dropout, mini-batches)."""

import numpy as np

from mlptutor.grader.sandbox import RNG


def seed(rng: np.random.Generator) -> RNG:
    """An RNG marker with a seed drawn from the check's generator: a seeded Generator in the child, per student."""
    return RNG(int(rng.integers(2**31)))
