"""Hidden inputs come from generators seeded by names alone (student, exercise, function, check)."""

import numpy as np

from mlptutor.grader.checks.base import Context
from mlptutor import seeding


def test_the_same_names_give_the_same_numbers_and_other_names_others():
    draw = lambda *names: seeding.hashed_rng(*names).standard_normal(4)
    assert np.array_equal(draw("hidden", "alice", "softmax", "softmax", "value"),
                          draw("hidden", "alice", "softmax", "softmax", "value"))
    others = [draw("hidden", "bob", "softmax", "softmax", "value"), draw("hidden", "alice", "softmax", "softmax", "shape")]
    assert not any(np.allclose(o, draw("hidden", "alice", "softmax", "softmax", "value")) for o in others)


def test_a_context_gives_each_check_its_own_stream_that_goes_on():
    ctx = Context("alice", "softmax", "softmax", lambda z: z)
    first = ctx.rng("value").standard_normal(3)
    assert ctx.rng("value") is ctx.rng("value")
    assert np.array_equal(seeding.hashed_rng("hidden", "alice", "softmax", "softmax", "value").standard_normal(3), first)
