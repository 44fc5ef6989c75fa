"""LMS and roster leftovers of r17: Blackboard columns without their points, Canvas's sortable names, Gradescope's
emails in another case than the roster's, and lms.py reading the roster's file through roster.py's public names."""

import ast
import csv
import io
from pathlib import Path

from mlptutor.grader.bulk.discovery import discover
from mlptutor.grader.bulk.lms import item_scale, lms_csv
from mlptutor.grader.model import CheckResult, SubmissionReport
from mlptutor.roster import Student, read_roster

ROOT = Path(__file__).resolve().parents[2]


def _report(student, points):
    rows = [CheckResult("softmax", "softmax", "values", "value", points, 4.0, points == 4.0)]
    return SubmissionReport(student, rows, content_hash=student, grader_version="t", isolation="none")


def test_no_module_imports_a_private_name_of_the_roster():
    """lms.py read the roster file again through roster.py's _read_text and _delimiter."""
    private = []
    for path in [*ROOT.glob("grader/**/*.py"), *ROOT.glob("mlptutor/*.py"), *ROOT.glob("question_bank/**/*.py")]:
        text = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(text)) if "mlptutor.roster" in text else ():
            if isinstance(node, ast.ImportFrom) and node.module == "mlptutor.roster":
                private += [f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")]
    assert private == []


def test_a_blackboard_column_without_its_points_is_found_by_its_id(tmp_path):
    """Blackboard's upload finds a column by '|<id>' alone: 'Homework 1 |12345' was 'no column has that id'."""
    path = tmp_path / "gc.csv"
    path.write_text('"Last Name","First Name","Username","Student ID","Homework 1 |12345",'
                    '"Homework 2 [Total Pts: 10 Score] |12346"\n"Lee","Ann","alee","S1","",""\n')
    roster = read_roster(path)
    assert item_scale("blackboard", roster, "Homework 1", "12345", 4.0) == []
    assert item_scale("blackboard", roster, "Homework 1", "", 4.0) == [
        f"Blackboard's column 'Homework 1 |12345' in {path} is named like Homework 1: give --lms-item-id 12345 so "
        "that the import finds that column by its id"]
    assert item_scale("blackboard", roster, "Homework 2", "12346", 4.0)[0].startswith(
        "Blackboard's column 'Homework 2 [Total Pts: 10 Score] |12346' in")  # its points still compared


def test_canvas_sortable_names_give_first_and_last_names(tmp_path):
    """Canvas's Student column is 'Last, First': a Canvas roster left Moodle's and Blackboard's name columns empty."""
    path = tmp_path / "canvas.csv"
    path.write_text('Student,ID,SIS User ID,SIS Login ID,Section,HW 1 (12345)\n    Points Possible,,,,,4\n'
                    '"Müller, Jürgen",101,S1,jmuller,A,\n"van der Berg, Jan Piet",102,S2,jvdb,A,\n'
                    "Madonna,103,S3,mad,A,\n")
    students = read_roster(path).by_id()
    assert [(s.first_name, s.last_name, s.name) for s in students.values()] == [
        ("Jürgen", "Müller", "Müller, Jürgen"), ("Jan Piet", "van der Berg", "van der Berg, Jan Piet"),
        ("", "", "Madonna")]
    text, _ = lms_csv("blackboard", "HW 1", [_report("101", 4.0)], students)
    assert list(csv.reader(io.StringIO(text)))[1] == ["Müller", "Jürgen", "jmuller", "S1", "4"]


def test_gradescope_emails_meet_the_roster_in_any_case(tmp_path):
    """Gradescope's export wrote 'ann.lee@uni.edu' for the roster's 'Ann.Lee@Uni.edu': she was 'on the roster, no
    submission' and 'submitted, not on the roster' at once, and no LMS row found her. Two students stay two."""
    folder = tmp_path / "export"
    for n, body in ((1, "return z"), (2, "return 2 * z")):
        (folder / f"submission_{n}").mkdir(parents=True)
        (folder / f"submission_{n}/softmax.py").write_text(f"def softmax(z):\n    {body}\n")
    (folder / "submission_metadata.yml").write_text(
        "submission_1:\n  :submitters:\n  - :name: Ann Lee\n    :email: ann.lee@uni.edu\n"
        "  - :name: Bo Yu\n    :email: BO@uni.edu\n  :created_at: 2024-03-05 14:22:11.123456000 -08:00\n"
        "submission_2:\n  :submitters:\n  - :name: Cy Ng\n    :email: Cy@Uni.edu\n"
        "  :created_at: 2024-03-05 14:22:11.123456000 -08:00\n")
    (tmp_path / "roster.csv").write_text("First Name,Last Name,SID,Email,Role\nAnn,Lee,1,Ann.Lee@Uni.edu,Student\n"
                                         "Bo,Yu,2,bo@uni.edu,Student\n")
    roster = read_roster(tmp_path / "roster.csv")
    found = discover(folder, ["softmax"], roster=roster)
    assert [(s.student, s.members) for s in found.submissions] == [
        ("Ann.Lee@Uni.edu", ("Ann.Lee@Uni.edu", "bo@uni.edu")), ("Cy@Uni.edu", ())]  # off the roster: as written
    assert roster.compare([m for s in found.submissions for m in s.members or (s.student,)]) == [
        "Cy@Uni.edu: submitted, not on the roster (graded anyway)"]


def test_a_brightspace_name_no_student_has_names_the_students_of_its_last_name(tmp_path):
    """Brightspace shows a preferred first name ('Beverly Smith') where the roster holds the legal one ('Ben Smith'):
    the line named no candidate. The file is still not graded: two students may share a last name."""
    (tmp_path / "roster.csv").write_text("OrgDefinedId,Username,Last Name,First Name,End-of-Line Indicator\n"
                                         "#S1,#bsmith,Smith,Ben,#\n#S2,#alee,Lee,Ann,#\n")
    folder = tmp_path / "download"
    folder.mkdir()
    for number, name in enumerate(("Beverly Smith", "Cy Ng")):
        (folder / f"1-{number} - {name} - Mar 1, 2024 1022 AM - softmax.py").write_text("def softmax(z):\n    pass\n")
    found = discover(folder, ["softmax"], roster=read_roster(tmp_path / "roster.csv"))
    assert found.submissions == []
    smith, ng = found.problems
    assert "'Beverly Smith' is no student of the roster (the roster's bsmith has that last name); not graded" in smith
    assert "'Cy Ng' is no student of the roster; not graded" in ng


def test_a_canvas_group_submission_is_every_members(tmp_path):
    """Canvas's download of a group assignment holds one submission per group, named by the group's name and one
    member's user id ('teama_101_9001_softmax.py'): it was graded for that member alone. The group set's export
    (name, canvas_user_id, user_id, login_id, sections, group_name, ...) as the roster tells the members."""
    (tmp_path / "groups.csv").write_text(
        "name,canvas_user_id,user_id,login_id,sections,group_name,canvas_group_id,group_id\n"
        "Ann Lee,101,S1,alee,NN 101,Team A,71,\nBo Yu,102,S2,byu,NN 101,Team A,71,\n"
        "Cy Ng,103,S3,cng,NN 101,Team B,72,\nDee Oh,104,S4,doh,NN 101,,,\n")
    roster = read_roster(tmp_path / "groups.csv")
    assert (roster.layout.system, roster.by_id()["102"].login, roster.by_id()["102"].group) == ("Canvas", "byu",
                                                                                                 "Team A")
    folder = tmp_path / "submissions"
    folder.mkdir()
    (folder / "teama_late_102_9001_softmax.py").write_text("def softmax(z):\n    return z\n")
    (folder / "teama_late_102_9002_losses.py").write_text("def mse(a, b):\n    return 0\n")
    (folder / "ngcy_103_9003_softmax.py").write_text("def softmax(z):\n    return 2 * z\n")  # an individual's own
    (folder / "ohdee_104_9004_softmax.py").write_text("def softmax(z):\n    return 3 * z\n")
    found = discover(folder, ["softmax", "losses"], roster=roster)
    assert found.problems == []
    assert [(s.student, s.members, sorted(s.modules), s.marked_late) for s in found.submissions] == [
        ("101", ("101", "102"), ["losses", "softmax"], True), ("103", (), ["softmax"], False),
        ("104", (), ["softmax"], False)]


def test_a_blackboard_file_without_a_column_id_says_blackboard_adds_a_text_column(tmp_path):
    """Blackboard's upload adds a column without a Column ID as a text column worth 0 points (its help, "Uploading
    or Downloading Grade Center Items"): the file made one silently."""
    (tmp_path / "own.csv").write_text("id,name\nann,Ann Lee\n")
    notes = item_scale("blackboard", read_roster(tmp_path / "own.csv"), "HW 1", "", 4.0)
    assert notes == ["no --lms-item-id: Blackboard's upload adds a column without a Column ID as a text column worth 0 "
                     "points, left out of its totals (its [Total Pts] is not read): create the HW 1 column (4 points) "
                     "in the Grade Center and export again with --lms-item-id <its Column ID>"]
    assert item_scale("blackboard", read_roster(tmp_path / "own.csv"), "HW 1", "_77_1", 4.0) == []


def test_a_canvas_group_submission_with_the_gradebook_as_roster_is_told(tmp_path):
    """The gradebook export knows no groups: a file Canvas named by a group ('teama') was graded for one member
    without a word. Now one line says so; a student's own file ('leeann' for 'Lee, Ann') says nothing."""
    (tmp_path / "gradebook.csv").write_text('Student,ID,SIS User ID,SIS Login ID,Section\n"Lee, Ann",101,S1,alee,A\n'
                                            '"O\'Brien, Pat",102,S2,pob,A\n')
    folder = tmp_path / "submissions"
    folder.mkdir()
    for name in ("leeann_101_9001_softmax.py", "teama_102_9002_softmax.py", "teama_102_9003_losses.py"):
        (folder / name).write_text("def softmax(z):\n    pass\n")
    found = discover(folder, ["softmax", "losses"], roster=read_roster(tmp_path / "gradebook.csv"))
    assert [s.student for s in found.submissions] == ["101", "102"]
    assert found.problems == [
        "teama_102_9002_softmax.py: Canvas named this file 'teama', not 102's name ('obrienpat'): a group assignment's "
        "submission, named by its group, graded for this member alone; give the group set's export (People > the "
        "group set > Import > Download Course Roster CSV) as --roster so that every member gets the grade"]
