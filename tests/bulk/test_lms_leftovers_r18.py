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


def test_a_brightspace_class_list_by_org_defined_id_alone_writes_no_username(tmp_path):
    """Exported with the Key Field 'Org Defined ID' (no Username column), each OrgDefinedId was written as the
    Username too ('#0012345,#0012345'): a username no user has. Brightspace needs either one."""
    path = tmp_path / "bs.csv"
    path.write_bytes("\ufeffOrgDefinedId,Last Name,First Name,Email,HW1 Points Grade <Numeric MaxPoints:4>,"
                     "End-of-Line Indicator\r\n#0012345,Lee,Ann,ann@x.edu,,#\r\n".encode())
    text, _ = lms_csv("brightspace", "HW1", [_report("0012345", 4.0), _report("cng", 2.0)], read_roster(path).by_id())
    assert list(csv.reader(io.StringIO(text)))[1:] == [["#0012345", "", "4", "#"], ["", "#cng", "2", "#"]]
