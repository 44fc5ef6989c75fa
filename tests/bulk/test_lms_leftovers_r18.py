"""LMS leftovers of r18: a gradebook holding a student's id in two letter cases, Brightspace's class list exported
with the OrgDefinedId alone, nbgrader's timestamps in its Exchange.timezone's abbreviations, Canvas's formula-wrapped
names, a download given zipped."""

import csv
import io
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mlptutor.grader.bulk.discovery import DiscoveryError, discover
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


def test_nbgrader_timestamps_in_the_exchange_zones_abbreviation_are_read_in_that_zone(tmp_path):
    """With c.Exchange.timezone = 'Europe/Paris', nbgrader writes '... CEST' in summer ('CDT', 'IST' elsewhere):
    no zone has that name, so every submission's time was unknown and none was late. Read in --lms-time-zone, the
    abbreviation choosing the hour that comes twice; a zone whose abbreviation it is not is one line naming the fix."""
    for student, stamp in (("ann", "2024-06-01 17:30:00.123456 CEST"), ("bo", "2024-10-27 02:30:00.000000 CET"),
                           ("cy", "2024-10-27 02:30:00.000000 CEST")):
        (tmp_path / "submitted" / student / "ps1").mkdir(parents=True)
        (tmp_path / "submitted" / student / "ps1" / "softmax.py").write_text("A = 1\n")
        (tmp_path / "submitted" / student / "ps1" / "timestamp.txt").write_text(stamp)
    found = discover(tmp_path, {"softmax"}, lms_zone=ZoneInfo("Europe/Paris"))
    assert {s.student: s.submitted_at for s in found.submissions} == {
        "ann": datetime(2024, 6, 1, 15, 30, 0, 123456, timezone.utc),
        "bo": datetime(2024, 10, 27, 1, 30, tzinfo=timezone.utc),  # CET: the second 02:30
        "cy": datetime(2024, 10, 27, 0, 30, tzinfo=timezone.utc)}
    ann = next(s for s in discover(tmp_path, {"softmax"}).submissions if s.student == "ann")
    assert ann.submitted_at is None and ann.problems == [
        "submitted/ann/ps1/timestamp.txt: 'CEST' names no time zone, and is not the abbreviation of --lms-time-zone "
        "UTC on 2024-06-01: nbgrader writes its Exchange.timezone's (nbgrader_config.py); give that zone as "
        "--lms-time-zone, e.g. Europe/Paris; submission time unknown"]


def test_a_canvas_name_its_exporter_wrapped_as_a_formula_is_the_name(tmp_path):
    """Canvas writes a sortable name starting with '=' as ="=Cmd, Eve" (so that a spreadsheet shows it): the roster
    kept the wrapper, the quiz sheet printed it and the Blackboard export's Last Name was '="=Cmd'."""
    path = tmp_path / "canvas.csv"
    path.write_text('Student,ID,SIS User ID,SIS Login ID,Section\n"=""=Cmd, Eve""",103,S3,eve,A\n')
    (eve,) = read_roster(path).students
    assert (eve.name, eve.last_name, eve.first_name) == ("=Cmd, Eve", "=Cmd", "Eve")


def test_an_lms_download_given_zipped_says_to_unzip_it(tmp_path):
    """Canvas's and Moodle's 'Download all submissions' come as one zip, given as it came: 'is not a folder'."""
    (tmp_path / "submissions.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    with pytest.raises(DiscoveryError, match=r"submissions.zip is not a folder: give the folder holding the "
                                             r"submissions \(unzip it: unzip submissions.zip -d submissions\)"):
        discover(tmp_path / "submissions.zip", {"softmax"})


def test_a_moodle_grade_export_separated_by_colons_is_a_roster(tmp_path):
    """Moodle's grade export offers Tab, Comma, Colon and Semicolon: a colon file was 'no id column (it has
    'first name:last name:...')'. A comma file's colons ('Quiz: Week 1') still separate nothing."""
    path = tmp_path / "grades.txt"
    path.write_text('"First name":"Last name":"ID number":"Email address":"Quiz: Week 1: Intro (Real)"\n'
                    'Ann:Lee:S1:ann@x.edu:3.5\n')
    (ann,) = read_roster(path).students
    assert (ann.id, ann.name, ann.sis_id) == ("ann@x.edu", "Ann Lee", "S1")
    path.write_text("First name,Last name,Email address,Quiz: Week 1: Intro (Real),Quiz: Week 2: Deep (Real)\n"
                    "Ann,Lee,ann@x.edu,3.5,4\n")
    assert [s.id for s in read_roster(path).students] == ["ann@x.edu"]
