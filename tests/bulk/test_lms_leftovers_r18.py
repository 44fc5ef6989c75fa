"""LMS leftovers of r18: a gradebook holding a student's id in two letter cases, Brightspace's class list exported
with the OrgDefinedId alone, and Canvas QTI's assessment identifier."""

import csv
import io

from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.bulk.lms import lms_csv
from mlptutor.grader.model import CheckResult, SubmissionReport
from mlptutor.roster import read_roster


def _report(student, points):
    rows = [CheckResult("softmax", "softmax", "values", "value", points, 4.0, points == 4.0)]
    return SubmissionReport(student, rows, content_hash=student, grader_version="t", isolation="none")


def test_a_student_recorded_in_another_letter_case_is_replaced(tmp_path):
    """A gradebook graded before Gradescope's emails took the roster's spelling kept 'ann.lee@uni.edu' (0 points)
    beside the regraded 'Ann.Lee@Uni.edu' (4): both were exported, grades.csv and every LMS file held her twice."""
    with Gradebook(tmp_path / "gb.sqlite") as book:
        assert book.record("hw", _report("ann.lee@uni.edu", 0.0)) == []
        book.record("hw", _report("bo@uni.edu", 1.0))
        book.record("other", _report("ann.lee@uni.edu", 2.0))
        assert book.record("hw", _report("Ann.Lee@Uni.edu", 4.0)) == ["ann.lee@uni.edu"]
        assert [(r.student, r.score) for r in book.reports("hw")] == [("Ann.Lee@Uni.edu", 4.0), ("bo@uni.edu", 1.0)]
        assert [(r.student, r.score) for r in book.reports("other")] == [("ann.lee@uni.edu", 2.0)]  # its own
        assert book.record("hw", _report("Ann.Lee@Uni.edu", 3.0)) == []
