"""grader/relations/parts.py: a catalogued mistake made in some parts of the result only (Y cut in order
while X is shuffled) is relation:some-parts, whatever the draws; the right result, and the mistake made
everywhere (which the catalogue names), are not."""

import numpy as np
import pytest

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.relations import Setting
from mlptutor.grader.relations.parts import part_mistake
from mlptutor.grader.sandbox import RNG
from mlptutor.grader.specs import load_specs
from mlptutor.reference import optim

SPEC = next(f for f in load_specs()["optim"].functions if f.name == "minibatches")
SETTING = Setting(optim.minibatches, "minibatches")


def y_in_order(X, Y, batch_size, rng):
    return [(X[idx], Y[i * batch_size:i * batch_size + len(idx)])
            for i, idx in enumerate(optim.minibatch_indices(len(X), batch_size, rng))]


def x_in_order(X, Y, batch_size, rng):
    return [(X[i * batch_size:i * batch_size + len(idx)], Y[idx])
            for i, idx in enumerate(optim.minibatch_indices(len(X), batch_size, rng))]


def never_shuffled(X, Y, batch_size, rng):
    return [(X[s:s + batch_size], Y[s:s + batch_size]) for s in range(0, len(X), batch_size)]


def evidence(fn, first_seed):
    calls = []
    for k, (n, b) in enumerate(((11, 3), (4, 1), (7, 2))):
        X, Y = np.stack([np.arange(n), -np.arange(n)], 1).astype(float), 10.0 * np.arange(n)[:, None]
        seed = first_seed + k
        calls.append(Evidence((X, Y, b, RNG(seed)), {}, fn(X, Y, b, np.random.default_rng(seed))))
    return calls


def relation(fn, first_seed):
    return part_mistake(SPEC.mistakes, evidence(fn, first_seed), SPEC.reference, SETTING)


@pytest.mark.parametrize("first_seed", [0, 17, 4242, 90_001])
def test_one_part_unshuffled_is_some_parts_whatever_the_seed(first_seed):
    found = relation(y_in_order, first_seed)
    assert found is not None and found.kind == "some-parts"
    assert "never shuffled gives in result[*][1] (that item of every entry), and right in result[*][0]" in found.line


def test_the_other_part_unshuffled_names_that_part():
    found = relation(x_in_order, 3)
    assert found is not None and "gives in result[*][0] (that item of every entry), and right in result[*][1]" \
        in found.line


@pytest.mark.parametrize("fn", [optim.minibatches, never_shuffled], ids=["right", "mistake-everywhere"])
def test_the_right_result_or_the_whole_mistake_is_no_part(fn):
    assert relation(fn, 5) is None
