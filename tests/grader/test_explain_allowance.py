"""A submission's explanations, all its functions together, spend at most its allowance (grader/effort.py), counted
in work of the trusted code they run, never in time: past it the search stops and says so, the same on every run,
and no point changes (red16: the course's correct files with every result times 1.01 took 28-39 s of the grader's
CPU, 34 replays of train_classifier's mistakes at ~0.47 s each, unbounded across functions)."""

import pytest

from mlptutor.grader.effort import Allowance
from mlptutor.grader.specs import load_specs

WRONG = "softmax-wrong-axis"


@pytest.fixture
def wrong_softmax(solution):
    return load_specs()["softmax"].edits[WRONG].apply(solution("softmax"))


def _rows(report):
    return [(r.function, r.check, r.points, r.mistake, r.message) for r in report.checks]


def test_past_its_allowance_a_submission_is_told_the_search_stopped_and_keeps_its_points(grader, wrong_softmax,
                                                                                         monkeypatch):
    full = grader.grade({"softmax": wrong_softmax}, student="s1")
    named = [r for r in full.checks if r.mistake == WRONG]
    assert named, _rows(full)
    monkeypatch.setattr(Allowance, "TOTAL", 1)  # one run: the catalogue cannot be tried in full
    cut = [grader.grade({"softmax": wrong_softmax}, student="s1") for _ in range(2)]
    assert _rows(cut[0]) == _rows(cut[1])  # counted, not timed: the same rows on every run
    assert [(r.function, r.check, r.points) for r in cut[0].checks] == [(r.function, r.check, r.points)
                                                                          for r in full.checks]
    rows = {(r.function, r.check): r for r in cut[0].checks}
    assert not any(r.mistake == WRONG for r in cut[0].checks)  # not the only fit any more: not named
    stopped = [rows[r.function, r.check] for r in named if "search stopped" in rows[r.function, r.check].message]
    assert len(stopped) == 1 and "budget of 1 counted steps" in stopped[0].message, _rows(cut[0])


def test_the_allowance_is_spent_by_counted_work_and_refuses_once_spent():
    allowance = Allowance(10)
    assert allowance.afford(4)
    allowance.charge(4)
    assert not allowance.afford(7) and allowance.refused == 1  # a known cost past the total is refused
    assert allowance.afford()  # a replay's cost is known once it ran: made while some is left
    allowance.charge(20)
    assert not allowance.afford() and allowance.refused == 2 and allowance.spent == 24


def test_a_list_where_an_array_is_due_is_not_searched_for_relations(grader, with_code, monkeypatch):
    """Each float of a result nested in lists was walked by every relation tried, uncounted by the allowance:
    activations.py returning 1,000 floats in a list from each function took 2.3 s of the grader's CPU instead of 0.5
    (64,000 nested 3 deep: 14 s; red23). A value with many more parts than the right one has no relation to pair."""
    from mlptutor.grader.relations import naming

    searched = []
    monkeypatch.setattr(naming, "find", lambda setting, same: searched.append(setting) or None)
    listed = with_code("activations", "def relu(z):\n    return np.maximum(z, 0).ravel().tolist() * 40\n")
    report = grader.grade({"activations": listed}, student="s1", only=["activations"])
    relu = [r for r in report.checks if r.function == "relu" and r.points == 0]
    assert relu and all("list" in r.message for r in relu if r.check == "shape"), _rows(report)
    assert not [s for s in searched if s.function == "relu"], len(searched)
