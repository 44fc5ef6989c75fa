"""Round 8 outsider: class lists and submissions as the LMSs and Gradescope really hand them over.

Each document below is built from the systems' own documentation (Canvas's gradebook export,
Moodle's grade export, Blackboard's Grade Center download, Brightspace's grades export with its
'#' marks, Gradescope's /autograder layout), with what spreadsheets do to them (BOM, CRLF, ';'
separators, UTF-16, scientific notation, lost leading zeros). Each must be read right or give one
line naming the row and the fix; each export must be what the LMS documents it takes."""

import codecs
import csv
import io
import json

import nbformat
import pytest
from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader import gradescope as autograder
from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.bulk.lms import lms_csv
from mlptutor.grader.model import CheckResult, SubmissionReport
from mlptutor.roster import read_roster

# Canvas: Actions > Export, opened and saved by Excel (BOM, CRLF); the "Points Possible" row, the old
# "Muted" row, a name with a comma and one with a newline, the test student of Student View, a
# repeated ID and a student without SIS data; the id is Canvas's user ID, as its submission download names files
CANVAS = ("\ufeffStudent,ID,SIS User ID,SIS Login ID,Integration ID,Section,HW 1 (1234),Current Score\r\n"
          "    Points Possible,,,,,,10.00,(read only)\r\n"
          ",,,,,,Muted,\r\n"
          '"Lee, Ann",101,S001,alee,,Lab A,9.00,90\r\n'
          '"Ødegård, Bjørn",102,S002,bodegaard,,"Lab A, Lab B",,\r\n'
          '"Nguyen,\r\n Thi",103,,,,Lab B,5,50\r\n'
          '"Student, Test",999,,,,Lab A,,\r\n'
          '"Dup, Ann",101,S009,alee2,,Lab A,1,10\r\n')
# Moodle: Grades > Export > Plain text file with the semicolon separator (a European Excel's too)
MOODLE = ("First name;Last name;ID number;Institution;Department;Email address;Assignment: HW1 (Real);"
          "Last downloaded from this course\r\n"
          "Ann;Lee;00123;Uni;CS;ann@uni.edu;9,5;1700000000\r\n"
          "Zoë;Żak;1.23E+05;Uni;CS;zoe@uni.edu;-;1700000000\r\n"
          "No;Mail;;;;;-;1700000000\r\n")
# Blackboard: Work Offline > Download, a tab-delimited UTF-16 file named .xls
BLACKBOARD = ("Last Name\tFirst Name\tUsername\tStudent ID\tLast Access\tAvailability\t"
              "HW1 [Total Pts: 10 Score] |4567\r\n"
              "Lee\tAnn\talee\t00123\t2024-01-01\tAvailable\t9\r\n"
              "Müller\tJürgen\tjmueller\t00124\t\tAvailable\t\r\n")
# Brightspace: Grades > Export, both key fields: '#' before each OrgDefinedId and Username (not data)
BRIGHTSPACE = ("OrgDefinedId,Username,Last Name,First Name,Email,HW 1 Points Grade <Numeric MaxPoints:10>,"
               "End-of-Line Indicator\n"
               "#00123,#alee,Lee,Ann,ann@uni.edu,9,#\n"
               "#00124,#,Kim,Jo,jo@uni.edu,,#\n")


@pytest.fixture
def roster_of(tmp_path):
    def _read(text: str, name: str = "roster.csv", encoding: str = "utf-8"):
        path = tmp_path / name
        data = text.encode(encoding)
        path.write_bytes(codecs.BOM_UTF16_LE + data if encoding == "utf-16-le" else data)
        return read_roster(path)

    return _read


def _one_line(problems):
    assert all("\n" not in p and "Traceback" not in p for p in problems)
    return problems


def test_a_canvas_gradebook_export_is_a_roster(roster_of):
    roster = roster_of(CANVAS)
    students = roster.by_id()
    assert list(students) == ["101", "102", "103"]
    ann = students["101"]
    assert (ann.name, ann.lms_id, ann.sis_id, ann.login, ann.section) == ("Lee, Ann", "101", "S001", "alee", "Lab A")
    assert students["102"].section == "Lab A, Lab B" and students["102"].login == "bodegaard"
    assert students["103"].name == "Nguyen, Thi" and students["103"].lms_id == "103"
    problems = _one_line(roster.problems)
    assert [p.split(": ", 1)[1] for p in problems] == [
        "Canvas's test student (Student View), not one of the class: delete the row",
        "duplicate id '101' (first on row 4)"]
    assert problems[0].endswith("row 7: Canvas's test student (Student View), not one of the class: delete the row")
    assert roster.named


def test_a_semicolon_moodle_export_names_the_number_excel_mangled(roster_of):
    roster = roster_of(MOODLE)
    assert list(roster.by_id()) == ["ann@uni.edu"]
    ann = roster.by_id()["ann@uni.edu"]
    assert (ann.first_name, ann.last_name, ann.sis_id, ann.email) == ("Ann", "Lee", "00123", "ann@uni.edu")
    row3, row4 = _one_line(roster.problems)
    assert "row 3: column 'id number' holds '1.23E+05', a number a spreadsheet wrote in scientific notation" in row3
    assert "format that column as Text" in row3
    assert row4.endswith("row 4: empty id (the Moodle export's 'username' and 'email address')")


def test_blackboards_utf16_tab_download_is_a_roster(roster_of):
    roster = roster_of(BLACKBOARD, "gc_download.xls", "utf-16-le")
    assert [(s.id, s.name, s.sis_id) for s in roster.students] == [("alee", "Ann Lee", "00123"),
                                                                    ("jmueller", "Jürgen Müller", "00124")]
    assert roster.problems == []


def test_brightspaces_hash_marks_are_not_part_of_the_ids(roster_of):
    roster = roster_of(BRIGHTSPACE)
    assert [(s.id, s.login, s.sis_id, s.email) for s in roster.students] == [
        ("alee", "alee", "00123", "ann@uni.edu"), ("00124", "", "00124", "jo@uni.edu")]


@pytest.mark.parametrize("text", ["id;name\r\ns1;Ann\r\n", "id\tname\ns1\tAnn\n", "\ufeffid,name\r\ns1,Ann\r\n"])
def test_separators_a_spreadsheet_may_choose(roster_of, text):
    roster = roster_of(text)
    assert [(s.id, s.name) for s in roster.students] == [("s1", "Ann")] and roster.problems == []


def test_own_roster_ids_a_spreadsheet_mangled_are_named(roster_of):
    roster = roster_of("id,name,sis_id\n1.23E+05,A,1\nb,B,4.5e+11\n0042,C,7\n")
    first, second = _one_line(roster.problems)
    assert "row 2: the id holds '1.23E+05'" in first and "row 3: column 'sis_id' holds '4.5e+11'" in second
    roster = roster_of("id,name\n42,C\n")  # the folder is 0042: Excel dropped the zeros
    assert roster.compare(["0042"]) == [
        "1 on the roster, no submission: 42",
        "0042: submitted, not on the roster (graded anyway); the roster's '42' may be this id with its leading "
        "zeros lost in a spreadsheet (format the id column as Text and export the roster again)"]


def _report(student, points):
    rows = [CheckResult("softmax", "softmax", "values", "value", points, 10.0, points == 10.0)]
    return SubmissionReport(student, rows, content_hash=student, grader_version="t", isolation="none")


def _exported(fmt, roster, students=("101", "103")):
    text, missing = lms_csv(fmt, "HW 1", [_report(s, 7.5) for s in students], roster.by_id(), item_id="1234")
    return text, list(csv.reader(io.StringIO(text))), missing


def test_the_canvas_export_matches_the_canvas_roster_it_came_from(roster_of):
    _, rows, missing = _exported("canvas", roster_of(CANVAS))
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "HW 1 (1234)"]
    assert rows[1][0].strip() == "Points Possible" and rows[1][-1] == "10"
    assert rows[2] == ["Lee, Ann", "101", "S001", "alee", "Lab A", "7.5"]
    assert rows[3] == ["Nguyen, Thi", "103", "", "103", "Lab B", "7.5"]  # login: the id
    assert missing == ["1 on the roster, not graded: no canvas row, so the LMS keeps the grade it has (enter 0 "
                       "there if a missing submission scores 0): 102"]  # round 10: told, not silently left out


def test_blackboard_upload_has_every_cell_in_quotes(roster_of):
    # Blackboard: "Data in each column of comma-delimited files must be contained within a quote character"
    text, rows, _ = _exported("blackboard", roster_of(BLACKBOARD, "gc.xls", "utf-16-le"), ("alee",))
    assert text.splitlines() == ['"Last Name","First Name","Username","Student ID","HW 1 [Total Pts: 10 Score] |1234"',
                                 '"Lee","Ann","alee","00123","7.5"']


def test_brightspace_import_keeps_leading_zeros_behind_its_hash(roster_of):
    _, rows, _ = _exported("brightspace", roster_of(BRIGHTSPACE), ("alee", "00124"))
    assert rows == [["OrgDefinedId", "Username", "HW 1 Points Grade", "End-of-Line Indicator"],
                    ["#00123", "#alee", "7.5", "#"], ["#00124", "", "7.5", "#"]]  # no username: not the OrgDefinedId


def test_export_with_an_lms_roster_prints_its_row_problems_and_writes_every_graded_student(tmp_path):
    with Gradebook(tmp_path / "gb.sqlite") as gradebook:
        for student in ("101", "102", "zed"):
            gradebook.record("hw1", _report(student, 10.0))
    (tmp_path / "canvas.csv").write_text(CANVAS, encoding="utf-8", newline="")
    done = CliRunner().invoke(cli, ["export", "--format", "canvas", "--gradebook", str(tmp_path / "gb.sqlite"),
                                    "--roster", str(tmp_path / "canvas.csv"), "--out", str(tmp_path / "c.csv")])
    assert done.exit_code == 0 and "Traceback" not in done.output, done.output
    assert "row 7: Canvas's test student" in done.output and "1 not on the roster: their" in done.output
    rows = list(csv.reader((tmp_path / "c.csv").open(encoding="utf-8")))
    assert [r[1] + "/" + r[3] for r in rows[2:]] == ["101/alee", "102/bodegaard", "/zed"]


# --- Gradescope: the upload as the harness lays it out ----------------------------------------------

def _notebook(path, code: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    cells = [nbformat.v4.new_markdown_cell("# Homework 1"), nbformat.v4.new_code_cell(code)]
    nbformat.write(nbformat.v4.new_notebook(cells=cells), str(path))


def test_gradescope_finds_notebooks_in_nested_folders_py_first(tmp_path):
    submission = tmp_path / "submission"
    _notebook(submission / "My Work" / "hw1" / "softmax.ipynb", "def softmax(z):\n    return z")
    (submission / "__MACOSX" / "My Work").mkdir(parents=True)
    (submission / "__MACOSX" / "My Work" / "._layers.py").write_bytes(b"\x00\x05\x16\x07")
    (submission / "deep" / "er").mkdir(parents=True)
    (submission / "deep" / "layers.ipynb").write_text("{not json")
    (submission / "deep" / "er" / "layers.py").write_text("x = 2\n")
    sources, problems = autograder.find_sources(submission, ["softmax", "layers", "mlp"])
    assert "def softmax(z):" in sources["softmax"]
    # the shallower notebook is broken: one line, and the deeper layers.py graded, as `mlptutor grade` grades it
    assert sources["layers"] == "x = 2\n" and len(problems) == 1
    assert "layers.ipynb" in problems[0] and "\n" not in problems[0]
    (submission / "deep" / "layers.py").write_text("x = 1\n")  # a .py beside the notebook comes first
    sources, problems = autograder.find_sources(submission, ["layers"])
    assert sources == {"layers": "x = 1\n"}  # and grade's lines: the broken notebook, the deeper copy not graded
    assert problems[1:] == ["deep/er/layers.py: layers is already given by deep/layers.py; ignored here"], problems


def test_gradescope_grades_an_uploaded_notebook(tmp_path):
    from test_gradescope_layout import valid

    from mlptutor.reference import softmax as reference

    root = tmp_path / "autograder"
    (root / "source").mkdir(parents=True)
    (root / "source" / "config.json").write_text(json.dumps({"exercises": ["softmax"], "visibility": "visible"}))
    _notebook(root / "submission" / "HW1 Ann" / "softmax.ipynb", open(reference.__file__).read())
    (root / "submission_metadata.json").write_text(json.dumps({
        "id": 77, "created_at": "2024-01-01T00:00:00Z", "assignment": {"title": "HW1"},
        "users": [{"email": "ann@uni.edu", "id": 5551234, "name": "Ann Lee"}]}))
    results = valid(autograder.grade(root))
    assert results["tests"] and results["score"] == sum(t["max_score"] for t in results["tests"]) > 0
    json.dumps(results, allow_nan=False)  # Gradescope reads strict JSON


# --- LMS downloads: Canvas's <lastfirst>[_late]_<user id>_<submission id>_<name>, Blackboard's
# <assignment>_<username>_attempt_<time>_<name> (and its .txt receipt) -------------------------------------

def test_canvas_downloaded_submissions_are_each_students_under_the_rosters_id(tmp_path, roster_of):
    import zipfile

    from mlptutor.grader.bulk.discovery import discover

    folder = tmp_path / "submissions"
    folder.mkdir()
    (folder / "leeann_101_5551_softmax.py").write_text("def softmax(z):\n    return z\n")
    (folder / "leeann_late_101_5551_layers-1.py").write_text("def dense_forward(A, W, b):\n    return A\n")
    with zipfile.ZipFile(folder / "degardbjrn_102_5560_work.zip", "w") as archive:
        archive.writestr("work/softmax.py", "def softmax(z):\n    return 2 * z\n")
    found = discover(folder, ["softmax", "layers"])
    assert [p for p in found.problems if "without --roster" not in p] == []  # lms21
    assert {s.student: sorted(s.modules) for s in found.submissions} == {"101": ["layers", "softmax"],
                                                                         "102": ["softmax"]}
    assert "return A" in found.submissions[0].modules["layers"]
    assert roster_of(CANVAS).compare(["101", "102"]) == ["1 on the roster, no submission: 103"]


def test_blackboard_downloaded_attempts_are_each_students_under_their_username(tmp_path, roster_of):
    from mlptutor.grader.bulk.discovery import discover

    folder = tmp_path / "gradebook_download"
    folder.mkdir()
    (folder / "HW 1_alee_attempt_2024-03-01-10-00-00_softmax.py").write_text("def softmax(z):\n    return z\n")
    (folder / "HW 1_alee_attempt_2024-03-01-10-00-00.txt").write_text("Name: Ann Lee (alee)\n")
    (folder / "HW 1_jmueller_attempt_2024-03-02-09-30-00_my_layers.ipynb").write_text("{not json")
    found = discover(folder, ["softmax", "layers"])
    assert [s.student for s in found.submissions] == ["alee"]
    (problem,) = _one_line(found.problems)  # the receipt is passed over; the broken notebook is one line
    assert problem.startswith("jmueller: nothing to grade (my_layers.ipynb: not a readable notebook")
    assert roster_of(BLACKBOARD, "gc.xls", "utf-16-le").compare(["alee", "jmueller"]) == []
