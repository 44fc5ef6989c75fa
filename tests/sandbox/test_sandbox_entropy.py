"""A job's code that seeds nothing still draws the same numbers on every run: the same submission, the same grade."""

from tests.sandbox.conftest import run_one

UNSEEDED = """\
import os, random, secrets, uuid
import numpy as np

def draws():
    return [np.random.default_rng().random(3).tolist(), np.random.Generator(np.random.PCG64()).random(),
            str(np.random.SeedSequence().entropy), np.random.RandomState().rand(), os.urandom(8).hex(),
            secrets.token_hex(8), random.SystemRandom().random(), random.Random().random(), str(uuid.uuid4())]

def reseeded():
    random.seed()
    return random.random()
"""


def test_unseeded_draws_are_the_same_on_every_run(sandbox):
    runs = [run_one(sandbox, UNSEEDED, "draws")[0] for _ in range(2)]
    assert [o.status for o in runs] == ["ok", "ok"], runs
    assert runs[0].value == runs[1].value
    first = runs[0].value
    assert len(set(first[0])) == 3 and first[4] != "00" * 8 and first[4] != first[5]  # a stream, not a constant
    reseeded = [run_one(sandbox, UNSEEDED, "reseeded")[0].value for _ in range(2)]
    assert reseeded[0] == reseeded[1]
