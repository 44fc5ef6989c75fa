"""LMS leftovers of r19: the documents the LMSs export, met from outside (lms19)."""

import csv
import io

from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.model import CheckResult, SubmissionReport
from mlptutor.roster import read_roster


def _report(student, points):
    rows = [CheckResult("softmax", "softmax", "values", "value", points, 4.0, points == 4.0)]
    return SubmissionReport(student, rows, content_hash=student, grader_version="t", isolation="none")


def test_canvas_test_students_own_submission_is_graded_and_never_exported(tmp_path):
    """Student View submits to Canvas's download as any student does ('studenttest_999_5553_softmax.py'): its
    grade was exported as an off-roster row '999,,,999,,0' with the advice 'add the student to the roster'. The
    roster (Canvas's gradebook export) names user 999 its test student: no row, one line saying who it is."""
    roster = tmp_path / "canvas.csv"
    roster.write_bytes('\ufeffStudent,ID,SIS User ID,SIS Login ID,Section,HW1 (4411)\r\n'
                       '    Points Possible,,,,,4.00\r\n"Lee, Ann",101,s101,ann,A,\r\n'
                       '"Student, Test",999,,c3a1f2e5d6,A,\r\n'.encode())
    assert read_roster(roster).compare(["101", "999"]) == [
        "999: submitted, Canvas's test student (Student View): graded, given no row in the LMS and nbgrader exports"]
    with Gradebook(tmp_path / "gb.sqlite") as book:
        book.record("HW1", _report("101", 4.0))
        book.record("HW1", _report("999", 0.0))
    result = CliRunner().invoke(cli, ["export", "--format", "canvas", "--gradebook", str(tmp_path / "gb.sqlite"),
                                      "--roster", str(roster), "--lms-item-id", "4411", "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO((tmp_path / "c.csv").read_text())))
    assert [row[1] for row in rows[2:]] == ["101"]
    assert "999: Canvas's test student (Student View): no row" in result.output
    assert "add the student" not in result.output and "exported 1 of 2 submissions" in result.output
