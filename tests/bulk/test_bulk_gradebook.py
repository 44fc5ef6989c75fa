import sqlite3

import pytest

from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.model import CheckResult, SubmissionReport


def _report(student, points, content_hash="h1"):
    rows = [
        CheckResult("softmax", "softmax", "shape", "shape", points, 1.0, points == 1.0, "msg",
                    mistake=None if points == 1.0 else "softmax-no-max-shift", hint=None if points == 1.0 else "shift"),
        CheckResult("softmax", "log_softmax", "value", "value", 2.0, 2.0, True),
    ]
    return SubmissionReport(student, rows, content_hash=content_hash, grader_version="v1", isolation="rlimits",
                            seconds=0.5, problems=["note"], output="printed\n")


def _read_back(path, assignment):
    """The reports as a fresh connection reads them from the file (nothing remembered)."""
    with Gradebook(path) as gb:
        return gb.reports(assignment)


def test_record_replaces_and_round_trips(tmp_path):
    gb = Gradebook(tmp_path / "gb.sqlite")
    gb.record("hw1", _report("bob", 0.0))
    gb.record("hw1", _report("alice", 1.0))
    gb.record("hw1", _report("bob", 1.0, content_hash="h2"))  # a regrade replaces, never appends
    gb.record("quiz", _report("alice", 0.0))
    reports = _read_back(tmp_path / "gb.sqlite", "hw1")
    assert [r.student for r in reports] == ["alice", "bob"]
    assert reports[1].to_dict() == _report("bob", 1.0, content_hash="h2").to_dict()
    assert gb.graded("hw1", "v1") == {"alice": "h1", "bob": "h2"}
    assert gb.graded("hw1", "v2") == {} and gb.graded("quiz", "v1") == {"alice": "h1"}
    assert gb.assignments() == ["hw1", "quiz"]
    gb.close()
    rows = sqlite3.connect(tmp_path / "gb.sqlite").execute("SELECT count(*) FROM checks WHERE assignment='hw1'").fetchone()
    assert rows == (4,)


def test_failed_record_leaves_previous_rows(tmp_path):
    gb = Gradebook(tmp_path / "gb.sqlite")
    gb.record("hw1", _report("bob", 1.0))
    broken = _report("bob", 0.0, content_hash="h2")
    # a message sqlite cannot store: the insert fails after the old rows were deleted
    broken.checks.append(CheckResult("softmax", "softmax", "odd", "value", 0.0, 1.0, False, message=["x"]))
    with pytest.raises(sqlite3.Error):
        gb.record("hw1", broken)
    for reports in (gb.reports("hw1"), _read_back(tmp_path / "gb.sqlite", "hw1")):
        assert reports[0].content_hash == "h1"
        assert len(reports[0].checks) == 2


def test_a_report_longer_than_one_insert_round_trips(tmp_path):
    rows = [CheckResult("mlp", f"f{i}", "value", "value", float(i % 2), 1.0, i % 2 == 1, f"row {i}") for i in range(1203)]
    report = SubmissionReport("zoe", rows, content_hash="h", grader_version="v1")
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        gb.record("hw1", report)
    assert _read_back(tmp_path / "gb.sqlite", "hw1")[0].to_dict() == report.to_dict()
    with Gradebook(tmp_path / "small.sqlite") as gb:  # as with an SQLite build allowing 999 parameters
        gb._db.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        gb._rows_per_insert = 999 // 14
        gb.record("hw1", report)
    assert _read_back(tmp_path / "small.sqlite", "hw1")[0].to_dict() == report.to_dict()


def _exact(reports):
    """Every value with its type: what the class report and the exports see."""
    return [(repr(r.to_dict()), [tuple((type(v), v) for v in vars(c).values()) for c in r.checks]) for r in reports]


def test_reports_are_what_a_fresh_connection_reads(tmp_path):
    """Including rows stored differently from how they were given (whole points as int, a -0.0)
    and submissions replaced through another connection; callers cannot change later answers."""
    path = tmp_path / "gb.sqlite"
    ints = _report("carol", 1.0)
    ints.checks[1] = CheckResult("softmax", "log_softmax", "value", "value", 2, 2, True)
    negative_zero = _report("dave", -0.0)
    gb = Gradebook(path)
    for report in (_report("alice", 1.0), _report("bob", 0.0), ints, negative_zero, _report("erin", 0.5)):
        gb.record("hw1", report)
    with Gradebook(path) as other:
        other.record("hw1", _report("erin", 1.0, content_hash="h9"))
    remembered = gb.reports("hw1")
    assert _exact(remembered) == _exact(_read_back(path, "hw1"))
    assert str(_read_back(path, "hw1")[3].checks[0].points) == "0.0"  # dave's -0.0 does not survive the file
    assert remembered[-1].content_hash == "h9" and type(remembered[2].checks[1].points) is float
    remembered[0].checks.clear()
    remembered[0].problems.append("changed by a caller")
    assert _exact(gb.reports("hw1")) == _exact(_read_back(path, "hw1"))
    gb.close()


def test_a_full_disk_is_one_line_and_keeps_what_was_committed(tmp_path):
    """A full disk's 'database or disk is full' at COMMIT ended `mlptutor grade` in a traceback (red21): now one
    GradebookError line, the transaction rolled back and the earlier submissions kept."""
    from mlptutor.grader.bulk.gradebook import GradebookError

    path = tmp_path / "gb.sqlite"
    with Gradebook(path) as gb:
        gb.record("hw1", _report("alice", 1.0))
        pages = gb._db.execute("PRAGMA page_count").fetchone()[0]
        gb._db.execute(f"PRAGMA max_page_count = {pages}")  # as a disk with no page left
        big = _report("bob", 0.0)
        big.output = "x" * 100_000
        with pytest.raises(GradebookError, match=r"cannot write gradebook .*gb\.sqlite: database or disk is full; "
                                                 r"what it held before is kept"):
            gb.record("hw1", big)
        assert not gb._db.in_transaction
    assert [r.student for r in _read_back(path, "hw1")] == ["alice"]


def test_a_failed_feedback_write_names_its_file(tmp_path, monkeypatch):
    """ENOSPC from os.write named no file: grade said 'OSError: [Errno 28] No space left on device' alone."""
    import errno
    import os

    from mlptutor.grader.bulk import outputs

    def full(fd, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(outputs.os, "write", full)
    with pytest.raises(OSError) as raised:
        outputs.write_atomic(tmp_path / "ann.md", "feedback")
    assert raised.value.filename == str(tmp_path / "ann.md") and os.listdir(tmp_path) == []


def test_the_reports_of_some_students_in_any_letter_case_without_their_output(tmp_path):
    """A rerun read every report of the class, 64 KB of output each, when one student was pending (review E of
    inst24): it reads the pending students' only, without the output."""
    from bulk_fakes import fake_grade

    with Gradebook(tmp_path / "gradebook.sqlite") as book:
        for student in ("Ann", "bob", "cy"):
            book.record("hw1", fake_grade(student, {"softmax": "CORRECT"}))
        some = book.reports("hw1", ["ann", "cy"], output=False)
        assert [(r.student, r.output, len(r.checks)) for r in some] == [("Ann", "", 3), ("cy", "", 3)]
        assert book.reports("hw1")[0].output == "hello from Ann\n"
