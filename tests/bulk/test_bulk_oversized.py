"""A submission the job protocol cannot carry (several large helper files) is graded 0 with the reason,
keeps its row in grades.csv and is not retried by a rerun; the rest of the class is graded as usual."""

import csv
from pathlib import Path

from mlptutor.grader.bulk.engine import Engine
from mlptutor.grader.bulk.pool import LocalPool
from mlptutor.grader.bulk.run import grade_class

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"


def test_oversized_submission_is_recorded_with_0_and_not_retried(tmp_path):
    softmax = (SOLUTIONS / "softmax.py").read_text()
    (tmp_path / "class" / "alice").mkdir(parents=True)
    (tmp_path / "class" / "alice" / "softmax.py").write_text(softmax)
    big = tmp_path / "class" / "bob"
    big.mkdir()
    (big / "softmax.py").write_text("import " + ", ".join(f"helper{i}" for i in range(7)) + "\n" + softmax)
    for i in range(7):  # each file under the 2 MiB limit, all under 16 MiB, but over the protocol's 16 MiB once quoted
        (big / f"helper{i}.py").write_text("# " + "\\" * (2_000_000 - 3) + "\n")
    engine = Engine()
    summary = grade_class(tmp_path / "class", tmp_path / "out", engine, LocalPool(engine, 1))
    assert (summary.graded, summary.failed, summary.recorded_failed) == (1, 1, 1)
    assert any(p.startswith("bob: cannot be graded (ProtocolError: message too large") for p in summary.problems)
    rows = {r["student"]: r for r in csv.DictReader((tmp_path / "out" / "grades.csv").open())}
    assert rows["bob"]["total"] == "0" and "message too large" in rows["bob"]["note"]
    assert float(rows["bob"]["max_score"]) == float(rows["alice"]["max_score"]) > 0 and rows["alice"]["note"] == ""
    assert "message too large" in (tmp_path / "out" / "feedback" / "bob.md").read_text()
    assert "<td>softmax.py</td><td>0</td><td>0</td><td>0</td><td>1</td>" in (tmp_path / "out" / "class-report.html").read_text()

    again = grade_class(tmp_path / "class", tmp_path / "out", engine, LocalPool(engine, 1))
    assert (again.skipped, again.graded, again.failed) == (2, 0, 0)
