"""LMS gradebook imports: each file against the columns its system documents, identities from the
roster, the students the roster lacks named, final scores at full precision, formulas disarmed."""

import csv
import io

from click.testing import CliRunner

from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.bulk.late import Late
from mlptutor.grader.bulk.lms import lms_csv
from mlptutor.grader.model import CheckResult, SubmissionReport
from mlptutor.cli import cli
from mlptutor.roster import read_roster


def _report(student, points):
    rows = [CheckResult("softmax", "softmax", "values", "value", points, 300.0, points == 300.0)]
    return SubmissionReport(student, rows, content_hash=student, grader_version="t", isolation="none")


REPORTS = [_report("ann", 123.4567), _report("bob", 300.0), _report("zed", 1.0)]  # :g would say 123.457
ROSTER = ("id,first_name,last_name,email,login,sis_id,lms_id,section\n"
          "ann,Ann,Lee,ann@uni.edu,alee,S001,101,Lab A\n"
          "bob,=HYPERLINK(\"x\"),Roe,bob@uni.edu,,S002,102,Lab B\n")


def _rows(fmt, tmp_path, item_id=""):
    (tmp_path / "roster.csv").write_text(ROSTER)
    roster = read_roster(tmp_path / "roster.csv").by_id()
    text, missing = lms_csv(fmt, "HW 1", REPORTS, roster, {"bob": Late(seconds=5.0, penalty=0.5)}, item_id)
    return list(csv.reader(io.StringIO(text))), missing


def test_canvas(tmp_path):
    rows, missing = _rows("canvas", tmp_path, "4242")
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "HW 1 (4242)"]
    assert rows[1] == ["    Points Possible", "", "", "", "", "300"]
    assert rows[2] == ["Ann Lee", "101", "S001", "alee", "Lab A", "123.46"]  # the 2 decimals Canvas saves (quiz24)
    assert rows[3][3:] == ["bob", "Lab B", "299.5"]  # login defaults to the id; the late penalty is taken
    assert rows[4] == ["zed", "", "", "zed", "", "1"]
    assert missing[0] == ("1 not on the roster: their canvas rows have only the mlptutor id as the login "
                          "(add them to the roster): zed")
    assert missing[1].startswith("the canvas file holds 1 grade after mlptutor's late penalty")  # bob's (lms22)
    assert len(missing) == 2


def test_a_canvas_anonymous_submission_off_the_roster_says_where_its_student_is_named(tmp_path):
    (tmp_path / "roster.csv").write_text(ROSTER)
    roster = read_roster(tmp_path / "roster.csv").by_id()
    _, missing = lms_csv("canvas", "HW 1", [_report("ann", 1.0), _report("anon_Ab3Xy", 2.0)], roster)
    assert missing[0] == ("1 not on the roster: their canvas rows have only the mlptutor id as the login "
                          "(Canvas's anonymous ids, which no class list holds: grade the download Canvas makes once "
                          "the grades are posted): anon_Ab3Xy")


def test_moodle(tmp_path):
    rows, _ = _rows("moodle", tmp_path)
    assert rows[0] == ["First name", "Last name", "ID number", "Username", "Email address", "HW 1"]
    assert rows[1] == ["Ann", "Lee", "S001", "alee", "ann@uni.edu", "123.4567"]
    assert rows[2][0] == "'=HYPERLINK(\"x\")"  # a formula in a roster name is disarmed


def test_blackboard(tmp_path):
    rows, _ = _rows("blackboard", tmp_path, "_77_1")
    assert rows[0] == ["Last Name", "First Name", "Username", "Student ID", "HW 1 [Total Pts: 300 Score] |_77_1"]
    assert rows[1] == ["Lee", "Ann", "alee", "S001", "123.4567"]
    assert _rows("blackboard", tmp_path)[0][0][-1] == "HW 1 [Total Pts: 300 Score]"


def test_brightspace(tmp_path):
    rows, _ = _rows("brightspace", tmp_path)
    assert rows[0] == ["OrgDefinedId", "Username", "HW 1 Points Grade", "End-of-Line Indicator"]
    assert rows[1] == ["#S001", "#alee", "123.4567", "#"]  # Brightspace's own export marks ids with '#'
    assert all(row[-1] == "#" for row in rows[1:])


def test_export_command_names_students_the_roster_lacks(tmp_path):
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        for report in REPORTS:
            gb.record("hw1", report)
    (tmp_path / "roster.csv").write_text(ROSTER)
    base = ["export", "--gradebook", str(tmp_path / "gb.sqlite"), "--out", str(tmp_path / "c.csv")]
    result = CliRunner().invoke(cli, [*base, "--format", "canvas", "--roster", str(tmp_path / "roster.csv")])
    assert result.exit_code == 0, result.output
    assert "1 not on the roster: their" in result.output and "roster): zed" in result.output
    assert len(list(csv.reader((tmp_path / "c.csv").open()))) == 5
    result = CliRunner().invoke(cli, [*base, "--format", "moodle"])
    assert result.exit_code == 2 and "needs --roster" in result.output


def test_export_command_counts_the_rows_it_wrote(tmp_path):
    """A student the LMS would take for another (zed's id is ann's login) has no row: the count says so."""
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        for report in [*REPORTS, _report("alee", 1.0)]:
            gb.record("hw1", report)
    (tmp_path / "roster.csv").write_text(ROSTER)
    result = CliRunner().invoke(cli, ["export", "--gradebook", str(tmp_path / "gb.sqlite"), "--out",
                                      str(tmp_path / "c.csv"), "--format", "canvas", "--roster",
                                      str(tmp_path / "roster.csv")])
    assert result.exit_code == 0, result.output
    assert len(list(csv.reader((tmp_path / "c.csv").open()))) == 2 + 2  # header, Points Possible, bob, zed
    assert result.output.strip().splitlines()[-1] == (f"exported 2 of 4 submissions of hw1 as canvas to "
                                                      f"{tmp_path / 'c.csv'} (2 without a row: the lines above say why)")


def test_every_export_writes_a_tiny_score_as_a_plain_decimal(tmp_path):
    """Canvas's grade import refuses '1e-05': every CSV export (LMS, grades.csv, nbgrader, the quiz's grades.csv)
    writes plain decimals."""
    from dataclasses import replace

    from mlptutor.grader.bulk.exports import grades_csv, nbgrader_csv, number_text
    from mlptutor.question_bank.results import grades_table
    from mlptutor.question_bank.variants import Quiz
    from mlptutor.roster import Student

    tiny = [_report("ann", 1e-05), _report("bob", 1.5e-07)]
    (tmp_path / "roster.csv").write_text(ROSTER)
    roster = read_roster(tmp_path / "roster.csv").by_id()
    canvas = lms_csv("canvas", "HW 1", tiny, roster)[0]  # at the 2 decimals Canvas saves (quiz24): 0
    assert "e-" not in canvas and list(csv.reader(io.StringIO(canvas)))[2][-1] == "0"
    texts = [lms_csv(fmt, "HW 1", tiny, roster)[0] for fmt in ("moodle", "blackboard", "brightspace")]
    texts += [grades_csv(tiny), nbgrader_csv("HW 1", tiny, roster)]
    quiz = Quiz("Quiz", "q1", [Student("ann"), Student("bob")], ["softmax"])  # the quiz's grades.csv
    texts.append(grades_table(quiz, [SubmissionReport(r.student, [replace(c, function="softmax") for c in r.checks])
                                     for r in tiny]))
    for text in texts:
        cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
        assert "0.00001" in cells and not any("e-" in cell for cell in cells), text
    assert (number_text(1.5e-07), number_text(-0.0), number_text(2.0, whole=".0")) == ("0.00000015", "0", "2.0")


def test_moodle_and_blackboard_say_why_a_name_only_roster_leaves_first_and_last_names_empty(tmp_path):
    """A roster with only Canvas's `name` column left Moodle's and Blackboard's name cells empty, unsaid: one line
    says why (no reliable split; their imports match by username or id, never by name)."""
    (tmp_path / "roster.csv").write_text("id,name,email\nann,Mary Ann van der Berg,ann@uni.edu\n")
    roster = read_roster(tmp_path / "roster.csv").by_id()
    for fmt, key in (("moodle", "ID number, Username or Email address"), ("blackboard", "Username")):
        text, missing = lms_csv(fmt, "HW 1", [_report("ann", 1.0)], roster)
        assert missing == [f"the first and last name cells of 1 student is empty: the roster gives only a full name, "
                           f"which does not split reliably, and {fmt}'s import matches students by {key}, not by "
                           "name (give first_name and last_name columns to fill them)"], missing
    assert lms_csv("canvas", "HW 1", [_report("ann", 1.0)], roster)[1] == []
