import pytest

from mlptutor.grader.model import CheckResult, SubmissionReport


def _row(**kw):
    base = dict(exercise="softmax", function="softmax", check="value", kind="value",
                points=1.0, max_points=2.0, passed=False)
    base.update(kw)
    return CheckResult(**base)


def test_totals_and_round_trip():
    rep = SubmissionReport("alice", [_row(), _row(function="log_softmax", points=2.0, passed=True)])
    data = rep.to_dict()
    assert (data["score"], data["max_score"]) == (3.0, 4.0)
    assert [f["name"] for f in data["exercises"][0]["functions"]] == ["softmax", "log_softmax"]
    assert SubmissionReport.from_dict(data).to_dict() == data


def test_rejects_impossible_rows():
    with pytest.raises(ValueError, match="unknown check kind"):
        _row(kind="vibes")
    with pytest.raises(ValueError, match="outside"):
        _row(points=3.0)
