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


def test_a_grade_never_goes_to_another_systems_user_id(tmp_path):
    """A Canvas gradebook export given as the roster of --format moodle-worksheet wrote 'Participant 101' (Canvas's
    user id 101 as Moodle's participant id: Moodle's upload gives that grade to whoever is participant 101), and a
    Moodle worksheet given for --format canvas wrote its participant ids in Canvas's ID column (found first by the
    import). Refused in one line naming the roster to give; a roster in mlptutor's own columns stays the user's."""
    canvas, worksheet, own = tmp_path / "canvas.csv", tmp_path / "ws.csv", tmp_path / "own.csv"
    canvas.write_text('Student,ID,SIS User ID,SIS Login ID,Section\n"Lee, Ann",101,s101,ann,A\n')
    worksheet.write_text('Identifier,Full name,Email address,Grade,Maximum Grade,Last modified (grade)\n'
                         'Participant 101,Ann Lee,ann@x.edu,,4,-\n')
    own.write_text("id,name,lms_id\n101,Ann Lee,101\n")
    with Gradebook(tmp_path / "gb.sqlite") as book:
        book.record("HW1", _report("101", 4.0))
    for fmt, roster, works in (("moodle-worksheet", canvas, False), ("canvas", worksheet, False),
                               ("canvas", canvas, True), ("moodle-worksheet", worksheet, True), ("canvas", own, True)):
        result = CliRunner().invoke(cli, ["export", "--format", fmt, "--gradebook", str(tmp_path / "gb.sqlite"),
                                          "--roster", str(roster), "--out", str(tmp_path / f"{fmt}.csv")])
        assert (result.exit_code == 0) == works, (fmt, roster, result.output)
        assert works or "whoever holds that number" in result.output and result.output.count("\n") == 1


def test_an_lms_export_whose_columns_hold_none_of_the_assignment_says_the_import_adds_one(tmp_path):
    """Graded as the class folder's name ('dl') with Canvas's (Brightspace's) gradebook export as the roster and no
    --lms-item-id, the file's column 'dl' matched none of the export's assignments, silently: Canvas's import adds a
    new assignment 'dl' beside HW1 (4411). One line lists the export's assignment columns and the option that fills
    one."""
    from mlptutor.grader.bulk.lms import item_scale

    canvas, brightspace = tmp_path / "canvas.csv", tmp_path / "bs.csv"
    canvas.write_text('Student,ID,SIS User ID,SIS Login ID,Section,HW1 (4411),Current Score\n'
                      '    Points Possible,,,,,4.00,(read only)\n"Lee, Ann",101,s101,ann,A,,\n')
    brightspace.write_text("OrgDefinedId,Username,HW1 Points Grade <Numeric MaxPoints:4>,End-of-Line Indicator\n"
                           "#0012345,#alee,,#\n")
    assert item_scale("canvas", read_roster(canvas), "dl", "", 4.0) == [
        f"Canvas's import adds a new column 'dl': {canvas}'s assignment columns are 'HW1 (4411)'; to fill one of "
        "them, give --lms-item-id <its id>"]
    assert item_scale("brightspace", read_roster(brightspace), "dl", "", 4.0) == [
        f"Brightspace's import adds a new column 'dl': {brightspace}'s assignment columns are 'HW1'; to fill one of "
        "them, grade with --assignment <its name> (Brightspace finds the item by name)"]
    assert item_scale("canvas", read_roster(canvas), "dl", "4411", 4.0) == []
    assert item_scale("brightspace", read_roster(brightspace), "HW1", "", 4.0) == []


def test_an_lms_download_with_a_roster_lacking_its_ids_says_which_roster_to_give(tmp_path):
    """Moodle's 'Download all submissions' names each student by participant id ('Ann Lee_123456_assignsubmission_
    file'); with Moodle's grade export (usernames) as the roster nobody matched: every submitter 'not on the roster',
    every student 'no submission', and nothing said why. One line names the worksheet to give; none with it."""
    from mlptutor.grader.bulk.discovery import discover

    folder = tmp_path / "dl" / "Ann Lee_123456_assignsubmission_file"
    folder.mkdir(parents=True)
    (folder / "softmax.py").write_text("A = 1\n")
    export, worksheet = tmp_path / "grades.csv", tmp_path / "ws.csv"
    export.write_text("First name,Last name,ID number,Username,Email address\nAnn,Lee,s101,alee,ann@x.edu\n")
    worksheet.write_text("Identifier,Full name,Email address,Grade,Maximum Grade,Last modified (grade)\n"
                         "Participant 123456,Ann Lee,ann@x.edu,,4,-\n")
    found = discover(tmp_path / "dl", {"softmax"}, roster=read_roster(export))
    assert [p for p in found.problems if "download names" in p] == [
        f"123456: Moodle's download names each student by the assignment's participant id, which {export} does not "
        "hold: give the assignment's grading worksheet (View all submissions > Download grading worksheet) as --roster"]
    assert not [p for p in discover(tmp_path / "dl", {"softmax"}, roster=read_roster(worksheet)).problems
                if "download names" in p]
    # Canvas's names its user IDs: only its gradebook export holds them
    (tmp_path / "cv").mkdir()
    (tmp_path / "cv" / "leeann_101_5551_softmax.py").write_text("A = 1\n")
    canvas = tmp_path / "canvas.csv"
    canvas.write_text('Student,ID,SIS User ID,SIS Login ID,Section\n"Lee, Ann",101,s101,alee,A\n')
    assert [p for p in discover(tmp_path / "cv", {"softmax"}, roster=read_roster(export)).problems
            if "download names" in p] == [
        f"101: Canvas's download names each student by their Canvas user ID, which {export} does not hold: give "
        "Canvas's gradebook export (Grades > Export: its ID column) as --roster"]
    assert not [p for p in discover(tmp_path / "cv", {"softmax"}, roster=read_roster(canvas)).problems
                if "download names" in p]
    # Gradescope's export names its submitters by email
    from test_lms_outsider_r10 import GRADESCOPE_METADATA

    (tmp_path / "gs" / "submission_1").mkdir(parents=True)
    (tmp_path / "gs" / "submission_1" / "softmax.py").write_text("A = 1\n")
    (tmp_path / "gs" / "submission_metadata.yml").write_text(GRADESCOPE_METADATA)
    assert [p for p in discover(tmp_path / "gs", {"softmax"}, roster=read_roster(canvas)).problems
            if "download names" in p] == [
        f"ann@uni.edu, cy@uni.edu: Gradescope's download names each student by their email, which {canvas} does not "
        "hold: give Gradescope's roster (Roster > Download Roster) as --roster"]
    # a roster holding some of those ids holds such ids: the others are students it lacks, told as ever
    (tmp_path / "cv" / "roebo_102_5552_softmax.py").write_text("A = 1\n")
    own = tmp_path / "own.csv"
    own.write_text("id,name\n101,Ann Lee\n")
    assert not [p for p in discover(tmp_path / "cv", {"softmax"}, roster=read_roster(own)).problems
                if "download names" in p]


def test_a_moodle_team_folder_names_its_group_not_a_participant_nor_a_missing_roster(tmp_path):
    """A team's download folder ('Team A_777_assignsubmission_file') carries the group's id: matched through the
    roster's groups, it was also told '777: ... participant id, which roster.csv does not hold'."""
    from mlptutor.grader.bulk.discovery import discover

    folder = tmp_path / "dl" / "Team A_777_assignsubmission_file"
    folder.mkdir(parents=True)
    (folder / "softmax.py").write_text("A = 1\n")
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,group\nalee,Ann Lee,Team A\nbob,Bo Roe,Team A\n")
    found = discover(tmp_path / "dl", {"softmax"}, roster=read_roster(roster))
    assert not [p for p in found.problems if "download names" in p], found.problems


def test_a_student_sharing_an_id_with_a_staff_row_keeps_the_students_row(tmp_path):
    """Roster.outside dropped every report whose id a staff or test row also had, the student's own among them."""
    roster = tmp_path / "canvas.csv"
    roster.write_bytes('Student,ID,SIS User ID,SIS Login ID,Section,HW1 (4411)\r\n'
                       '"Lee, Ann",101,s101,ann,A,\r\n"Student, Test",999,,c3a1f2e5d6,A,\r\n'
                       '"Roe, Bo",999,s999,bo,A,\r\n'.encode())
    kept, lines = read_roster(roster).outside([_report("101", 4.0), _report("999", 4.0)])
    assert [r.student for r in kept] == ["101", "999"] and lines == []
