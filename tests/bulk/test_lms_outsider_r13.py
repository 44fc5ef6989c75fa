"""Round 13, from outside: class lists as the LMSs export them (through a German Excel too) and the import
files written back, checked against each system's documented columns."""

import csv
import io

import pytest
from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.bulk.lms import lms_csv
from mlptutor.grader.model import CheckResult, SubmissionReport
from mlptutor.roster import read_roster


def _report(student, points=2.5):
    rows = [CheckResult("softmax", "softmax", "values", "value", points, 4.5, points == 4.5)]
    return SubmissionReport(student, rows, content_hash=student, grader_version="t", isolation="none")


def _roster(tmp_path, text, encoding="utf-8-sig"):
    (tmp_path / "roster.csv").write_bytes(text.encode(encoding))
    return read_roster(tmp_path / "roster.csv")


def test_a_german_excels_canvas_export_whose_assignment_names_hold_commas_is_read_by_its_semicolons(tmp_path):
    # Excel (German) writes ';' and quotes an assignment name holding commas: commas inside quotes separate nothing
    roster = _roster(tmp_path, 'Student;ID;SIS User ID;SIS Login ID;Section;"Quiz: a, b, c, d, e, f (331)"\r\n'
                               '    Points Possible;;;;;10,00\r\n'
                               '"Müller, Zoë";1002;00123;zmuller;Gruppe A;8,00\r\n;;;;;\r\n')
    assert roster.layout.system == "Canvas" and roster.problems == []
    [zoe] = roster.students
    assert (zoe.id, zoe.name, zoe.sis_id, zoe.login) == ("1002", "Müller, Zoë", "00123", "zmuller")


@pytest.mark.parametrize("fmt", ["canvas", "moodle", "blackboard", "brightspace"])
def test_students_sharing_one_lms_login_get_no_row_and_one_line(tmp_path, fmt):
    # two roster rows with one login (any case), and a submitter off the roster whose id is that login: the LMS
    # would give user jdoe the three grades in turn, keeping the last, silently
    roster = _roster(tmp_path, "student,name,login\n1001,Jane Doe,jdoe\n1002,Zoe Roe,JDoe\n1003,Al Poe,apoe\n")
    reports = [_report("1001", 4.5), _report("1002", 1.0), _report("1003"), _report("jdoe", 0.0)]
    text, lines = lms_csv(fmt, "HW 1", reports, roster.by_id())
    logins = [row[{"canvas": 3, "moodle": 3, "blackboard": 2, "brightspace": 1}[fmt]].lstrip("#")
              for row in csv.reader(io.StringIO(text))]
    assert "jdoe" not in {login.lower() for login in logins} and "apoe" in logins
    sharing = "1001, 1002" if fmt == "moodle" else "1001, 1002, jdoe"  # Moodle's file has no off-roster row (lms21)
    assert [line for line in lines if "one " in line] == [
        f"{sharing}: one {fmt} user ('jdoe'), so no row for any of them (the LMS would keep the last row's "
        "grade); give each student their own LMS identity in the roster"]


def test_canvas_finds_users_by_their_canvas_id_first_so_a_shared_login_there_is_no_clash(tmp_path):
    roster = _roster(tmp_path, "student,name,login,lms_id\n1001,Jane Doe,jdoe,501\n1002,Zoe Roe,jdoe,502\n")
    text, lines = lms_csv("canvas", "HW 1", [_report("1001"), _report("1002")], roster.by_id())
    assert len(text.splitlines()) == 4 and lines == []


def test_canvas_matches_on_the_sis_user_id_before_the_login(tmp_path):
    roster = _roster(tmp_path, "student,name,login,sis_id\n1001,Jane Doe,jdoe,S1\n1002,Zoe Roe,zroe,S1\n")
    text, lines = lms_csv("canvas", "HW 1", [_report("1001"), _report("1002")], roster.by_id())
    assert len(text.splitlines()) == 2 and "1001, 1002: one canvas user ('s1')" in lines[0]


def test_a_canvas_export_with_separate_first_and_last_names_keeps_its_canvas_ids(tmp_path):
    # Canvas's gradebook setting "separate first and last names" exports LastName, FirstName before ID (its
    # importer reads that header too); read as plain columns, the export back had no Canvas ID and the
    # Canvas ID as the SIS Login ID, so Canvas matched nobody
    roster = _roster(tmp_path, "LastName,FirstName,ID,SIS User ID,SIS Login ID,Section,HW 1 (331)\r\n"
                               ",,,,,,Manual Posting\r\n    Points Possible,,,,,,10.00\r\n"
                               "Müller,Zoë,1002,00123,zmuller,Gruppe A,\r\nStudent,Test,1003,,x9,Gruppe A,\r\n")
    assert roster.layout.system == "Canvas"
    assert roster.problems == [f"{tmp_path / 'roster.csv'} row 5: Canvas's test student (Student View), not one of "
                               "the class: delete the row"]
    [zoe] = roster.students
    assert (zoe.id, zoe.name, zoe.lms_id, zoe.sis_id, zoe.login) == ("1002", "Zoë Müller", "1002", "00123", "zmuller")
    text, _ = lms_csv("canvas", "HW 1", [_report("1002")], roster.by_id(), item_id="331")
    assert list(csv.reader(io.StringIO(text)))[2] == ["Zoë Müller", "1002", "00123", "zmuller", "Gruppe A", "2.5"]


def test_a_canvas_assignment_id_that_is_no_number_is_refused(tmp_path):
    # Canvas reads "HW 1 (331)" as assignment 331; "HW 1 (hw1)" would be a new assignment of that name
    (tmp_path / "roster.csv").write_text("id,name\nann,Ann\n")
    result = CliRunner().invoke(cli, ["export", "--format", "canvas", "--roster", str(tmp_path / "roster.csv"),
                                      "--lms-item-id", "hw1", "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 2 and "a Canvas assignment id is its number" in result.output
    assert not (tmp_path / "c.csv").exists()


def test_a_mac_excel_csv_ending_lines_with_cr_alone_is_read_by_its_header_separator(tmp_path):
    # "CSV (Macintosh)": CR line ends, so the whole file was taken for the header line, and the names' commas
    # (unquoted in a ';' file) outnumbered its semicolons
    roster = _roster(tmp_path, "student;name\r1001;Doe, Jane, Jr.\r1002;Roe, Al, Sr.\r", encoding="utf-8")
    assert [(s.id, s.name) for s in roster.students] == [("1001", "Doe, Jane, Jr."), ("1002", "Roe, Al, Sr.")]


def test_a_brightspace_export_keyed_by_username_alone_is_brightspaces(tmp_path):
    # Export Grades with the Key Field "Username": no OrgDefinedId; it was read as Blackboard's download (Username,
    # Last Name, First Name) and every '#'-marked username refused as an id
    roster = _roster(tmp_path, "Username,Last Name,First Name,Email,HW1 Points Grade <Numeric MaxPoints:10>,"
                               "End-of-Line Indicator\r\n#jdoe,Doe,Jane,jdoe@uni.edu,,#\r\n#zroe,Røe,Zoë,z@uni.edu,,#\r\n",
                     encoding="utf-8")
    assert roster.layout.system == "Brightspace" and roster.problems == []
    assert [(s.id, s.login, s.name, s.email) for s in roster.students] == [
        ("jdoe", "jdoe", "Jane Doe", "jdoe@uni.edu"), ("zroe", "zroe", "Zoë Røe", "z@uni.edu")]


def test_a_moodle_grade_export_without_usernames_leaves_the_username_empty(tmp_path):
    # Moodle's grade export holds no Username by default: the id is the Email address, which the Username column
    # held, so a "Map from Username" import found no such user (Moodle stops at the first)
    roster = _roster(tmp_path, "First name;Last name;ID number;Institution;Department;Email address\r\n"
                               "Zoë;Müller;00123;;;zm@uni.de\r\n")
    text, lines = lms_csv("moodle", "HW 1", [_report("zm@uni.de")], roster.by_id())
    assert list(csv.reader(io.StringIO(text)))[1] == ["Zoë", "Müller", "00123", "", "zm@uni.de", "2.5"]
    assert lines == ["the roster gives no Moodle username, so the moodle file's Username is empty: map users from ID "
                     "number or Email address, filled in every row"]


def test_an_off_roster_submitter_whose_id_is_a_roster_students_canvas_login_is_a_clash(tmp_path):
    # Canvas finds Jane's row by its ID, the off-roster row (no ID, no SIS User ID) by its SIS Login ID: Jane too
    roster = _roster(tmp_path, "student,name,login,lms_id\n1001,Jane Doe,jdoe,501\n1002,Zoe Roe,zroe,502\n")
    text, lines = lms_csv("canvas", "HW 1", [_report("1001"), _report("1002"), _report("JDoe", 0.0)], roster.by_id())
    ids = [row[1] for row in csv.reader(io.StringIO(text))][2:]
    assert ids == ["502"]
    assert "1001, JDoe: one canvas user ('jdoe')" in [line for line in lines if "one canvas user" in line][0]
