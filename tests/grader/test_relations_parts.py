"""grader/relations/parts.py: a catalogued mistake made in some parts of the result only (Y cut in order
while X is shuffled) is relation:some-parts, whatever the draws; the right result, and the mistake made
everywhere (which the catalogue names), are not."""

import numpy as np
import pytest

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.relations import Setting
from mlptutor.grader.relations.base import leaf_of
from mlptutor.grader.relations.parts import part_mistake
from mlptutor.grader.relations.values import ANY, Item, leaf_views, overlap
from mlptutor.grader.sandbox import RNG
from mlptutor.grader.specs import load_specs
from mlptutor.reference import counting, optim

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


def test_a_field_of_a_lists_entries_is_one_leaf_with_its_example():
    """A list of dicts: the field taken across the entries is one leaf (after the entries' own), labelled
    result[*]['layer'], and read from a result as the numbers of the entries in order (the public example's
    expected and got); an entry's own leaf and the field hold the same numbers, a list of arrays has no such
    field."""
    right = counting.parameter_breakdown([3, 4, 2, 5])
    got = [{**row, "layer": row["layer"] + 1} for row in right]
    views = leaf_views([Item(([3, 4, 2, 5],), {}, None, right, got)])
    field = next(v for v in views if v.path == (ANY, "layer"))
    assert views.index(field) > max(i for i, v in enumerate(views) if ANY not in v.path)
    assert field.expected[0].tolist() == [1, 2, 3] and field.got[0].tolist() == [2, 3, 4]
    assert Setting(counting.parameter_breakdown, "parameter_breakdown").label(field.path) == "result[*]['layer']"
    assert leaf_of(got, (ANY, "layer")).tolist() == [2, 3, 4] and leaf_of(got, (ANY, "shape")) is None
    assert overlap((ANY, "layer"), (1, "layer")) and not overlap((ANY, "layer"), (1, "total"))
    batches = optim.minibatches(np.ones((5, 2)), np.ones((5, 1)), 2, np.random.default_rng(0))
    assert not [v for v in leaf_views([Item((), {}, None, batches, batches)]) if ANY in v.path]
