"""grader/relations/lengths.py: a sequence of the right entries with some added or missing at one end is
relation:length; the right sequence, or one whose ends fit either way, is not."""

import numpy as np
import pytest

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.relations import Setting, find
from mlptutor.reference import perceptron as ref

LOSSES = Setting(ref.fit_neuron, "fit_neuron", ("w", "b", "losses"))


def cases():
    rng = np.random.default_rng(5)
    return [(rng.normal(size=(6, 3)), rng.normal(size=6), model, 0.1, steps)
            for model, steps in (("linear", 5), ("logistic", 4), ("linear", 7))]


def evidence(losses):
    """The losses part of fit_neuron's result on each case, as `losses(X, y, model, eta, steps)` gives it."""
    return [Evidence(case, {}, losses(*case), (2,)) for case in cases()]


def with_final(X, y, model, eta, steps):
    """The loss after the last step recorded too: steps + 1 entries."""
    w, b = ref.fit_neuron(X, y, model, eta, steps)[:2]
    return [*ref.fit_neuron(X, y, model, eta, steps)[2], ref.neuron_loss(X, y, w, b, model)]


def relation(losses):
    found = find(LOSSES, evidence(losses))
    return None if found is None else (found.kind, found.line)


@pytest.mark.parametrize("losses, says", [
    (with_final, "the right entries, then 1 more at the end (1 entry too many)"),
    (lambda *case: ref.fit_neuron(*case)[2][:-1], "the right entries without the last one (1 entry too few)"),
    (lambda *case: [0.0, 0.0, *ref.fit_neuron(*case)[2]], "2 more at the start, then the right entries"),
    (lambda *case: np.array(ref.fit_neuron(*case)[2][1:]), "the right entries without the first one"),
])
def test_entries_added_or_missing_at_one_end(losses, says):
    kind, line = relation(losses)
    assert kind == "length" and "your result[2] holds " + says in line, line


def test_the_right_sequence_states_nothing():
    assert relation(lambda *case: ref.fit_neuron(*case)[2]) is None


@pytest.mark.parametrize("losses", [
    lambda *case: [*ref.fit_neuron(*case)[2][:-1], 9.0, 9.0],  # the last entry wrong: not the right entries
    lambda *case: [*ref.fit_neuron(*case)[2], *([1.0] * case[4])],  # as many more as steps: the count differs per call
])
def test_other_sequences_are_not_a_length(losses):
    found = relation(losses)
    assert found is None or found[0] != "length", found


def test_a_sequence_whose_ends_fit_either_way_tells_nothing():
    # every entry equal: one more at the end is one more at the start
    setting = Setting(lambda n: [1.0] * n, "flat")
    found = find(setting, [Evidence((n,), {}, [1.0] * (n + 1)) for n in (2, 3)])
    assert found is None or found.kind != "length", found
