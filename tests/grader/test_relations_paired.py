"""relation:two-slips: two catalogued slips of one frame made in one call (grader/relations/paired.py)."""

import numpy as np

from mlptutor.grader.checks.base import Evidence
from mlptutor.grader.mistakes import Mistake, Replays, slips
from mlptutor.grader.relations import paired
from mlptutor.grader.relations.paired import paired_slips


def frame(x, scale=2.0, shift=0.0, square=False):
    return scale * (x ** 2 if square else x) + shift


def right(x):
    return frame(x)


SCALED = Mistake("scaled", "times 3", "h1", slips(frame, scale=3.0))
SHIFTED = Mistake("shifted", "plus 1", "h2", slips(frame, shift=1.0))
SQUARED = Mistake("squared", "squared", "h3", slips(frame, square=True))
OPAQUE = Mistake("opaque", "negated", "h4", lambda x: -right(x))
CATALOGUE = [SCALED, SHIFTED, SQUARED, OPAQUE]


def evidence(wrong):
    return [Evidence((x,), {}, wrong(x)) for x in (np.array([1.0, -2.0]), np.array([0.5, 3.0, 4.0]))]


def test_two_switches_of_one_frame_made_together_are_named():
    mistake = paired_slips(CATALOGUE, evidence(lambda x: 3.0 * x + 1.0), right)
    assert mistake.id == "relation:two-slips"
    assert mistake.title == "two slips at once: times 3; and plus 1"
    assert mistake.hint == "h1 Also: h2"
    assert float(mistake.variant(np.array([2.0]))[0]) == 7.0


def test_no_pair_for_the_right_value_one_slip_or_something_else():
    assert paired_slips(CATALOGUE, evidence(right), right) is None
    assert paired_slips(CATALOGUE, evidence(lambda x: 3.0 * x), right) is None  # one slip: diagnose names it
    assert paired_slips(CATALOGUE, evidence(lambda x: 5.0 * x), right) is None


def test_beyond_the_cap_only_pairs_whose_slips_show_alone_are_tried(monkeypatch):
    monkeypatch.setattr(paired, "CAP", 2)  # 3 pairs: pruned to switches that each give some call's value alone
    xs = [np.array([0.0, 0.0]), np.array([1.0, -2.0]), np.array([2.0, 3.0])]
    both = [Evidence((x,), {}, 3.0 * x + 1.0) for x in xs]  # at x = 0 the shift shows alone, the scale never does
    assert paired_slips(CATALOGUE, both, right) is None
    monkeypatch.setattr(paired, "CAP", 3)
    assert paired_slips(CATALOGUE, both, right).title == "two slips at once: times 3; and plus 1"


def test_no_pair_when_one_of_its_slips_alone_gives_every_call():
    """On x in {0, 1} squaring changes nothing: 'times 3' alone gives 3x, and so did the pair (times 3, squared),
    named though the calls show no squaring."""
    calls = [Evidence((x,), {}, 3.0 * x) for x in (np.array([0.0, 1.0]), np.array([1.0, 1.0]))]
    assert paired_slips(CATALOGUE, calls, right) is None


def test_no_pair_when_the_replay_allowance_refused_a_run():
    """A variant the allowance did not replay may be the one that fits too: the pair found is not the only one."""

    class Refusing(Replays):  # counts a refusal while the search runs, as a spent allowance does
        refused = 0

        def run(self, fn, item):
            if fn is not right:
                self.refused += 1
            return super().run(fn, item)

    calls = evidence(lambda x: 3.0 * x + 1.0)
    assert paired_slips(CATALOGUE, calls, right, Replays()).title == "two slips at once: times 3; and plus 1"
    assert paired_slips(CATALOGUE, calls, right, Refusing()) is None
