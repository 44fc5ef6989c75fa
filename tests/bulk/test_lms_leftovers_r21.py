"""LMS leftovers of r21: the documents the LMSs export, met from outside (lms21)."""

from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.model import CheckResult, SubmissionReport


def _report(student, points):
    rows = [CheckResult("softmax", "softmax", "values", "value", points, 4.0, points == 4.0)]
    return SubmissionReport(student, rows, content_hash=student, grader_version="t", isolation="none")


def _export(tmp_path, fmt, roster_text, *options, grades=(("alee", 4.0),), encoding="utf-8"):
    """`mlptutor export --format fmt` of HW1 with `roster_text` as the roster: (the result, the file's text)."""
    roster = tmp_path / "roster.csv"
    roster.write_bytes(roster_text.encode(encoding))
    with Gradebook(tmp_path / "gb.sqlite") as book:
        for student, points in grades:
            book.record("HW1", _report(student, points))
    out = tmp_path / f"{fmt}.csv"
    result = CliRunner().invoke(cli, ["export", "--format", fmt, "--gradebook", str(tmp_path / "gb.sqlite"),
                                      "--roster", str(roster), "--out", str(out), *options])
    assert result.exit_code == 0, result.output
    return result, out.read_text(encoding="utf-8") if out.exists() else ""


BLACKBOARD = ('"Last Name","First Name","Username","Student ID","Last Access","Availability",'
              '"HW1 [Total Pts: 4 Score] |7240"\r\n"Lee","Ann","alee","s1","","Yes",""\r\n')


def test_a_blackboard_export_without_an_item_id_is_one_line_about_the_new_column(tmp_path):
    """With Blackboard's Grade Center download as the roster and no --lms-item-id, two lines spoke of one column:
    'no --lms-item-id: ... create the HW1 column' and 'Blackboard's column ... is named like HW1: give --lms-item-id
    7240'. The one naming the export's column is said; the generic one only when nothing more precise is."""
    result, _ = _export(tmp_path, "blackboard", BLACKBOARD)
    assert "--lms-item-id 7240" in result.output and "no --lms-item-id" not in result.output
    assert result.output.count("\n") == 2, result.output  # that line and "exported ..."


def test_blackboards_preview_user_is_graded_never_exported_as_a_student(tmp_path):
    """Blackboard's Student Preview enrols a preview user whose username is the instructor's with '_previewuser'
    appended (its last name with '_PreviewUser'): it was read as a student, exported with a grade, and a quiz sheet
    made for it. Like Canvas's test student: a row problem that never stops a quiz, its submission given no row."""
    from mlptutor.roster import read_roster

    roster = BLACKBOARD + '"Smith_PreviewUser","Jo","jsmith_previewuser","","","Yes",""\r\n'
    result, text = _export(tmp_path, "blackboard", roster, "--lms-item-id", "7240",
                           grades=(("alee", 4.0), ("jsmith_previewuser", 1.0)))
    assert "previewuser" not in text and '"alee"' in text
    assert "jsmith_previewuser: Blackboard's preview user (Student Preview): no row" in result.output
    listed = read_roster(tmp_path / "roster.csv")
    assert [s.id for s in listed.strict_students()] == ["alee"]
    assert listed.compare(["alee", "jsmith_previewuser"]) == [
        "jsmith_previewuser: submitted, Blackboard's preview user (Student Preview): graded, given no row in the LMS "
        "and nbgrader exports"]


def test_a_canvas_sortable_name_holding_an_underscore_is_its_user_without_a_roster(tmp_path):
    """Canvas keeps '_' in a sortable name ("Smith_Jones, Ann" -> 'smith_jonesann_12345_678_softmax.py'). Without a
    roster that file was graded as a student 'smith_jonesann_12345_678', silently, beside the download's other files
    read as their users: in Canvas's download it is user 12345's. mlptutor's own '<id>_<exercise>' files stay read
    as such where no Canvas name is."""
    from mlptutor.grader.bulk.discovery import discover

    (tmp_path / "dl").mkdir()
    for name in ("smith_jonesann_12345_678_softmax.py", "leeann_101_5551_softmax.py"):
        (tmp_path / "dl" / name).write_text("A = 1\n")
    assert [s.student for s in discover(tmp_path / "dl", {"softmax"}).submissions] == ["101", "12345"]
    (tmp_path / "own").mkdir()
    (tmp_path / "own" / "ann_lee_2024_1_softmax.py").write_text("A = 1\n")
    assert [s.student for s in discover(tmp_path / "own", {"softmax"}).submissions] == ["ann_lee_2024_1"]


def test_a_brightspace_download_without_names_to_read_it_by_is_one_line(tmp_path):
    """Brightspace's download names each student by display name alone: with no --roster, or a roster without names
    (its grades export without the First Name and Last Name user details), each file was a line 'no student of the
    roster', one per student, of a roster nobody gave."""
    from mlptutor.grader.bulk.discovery import discover
    from mlptutor.roster import read_roster

    (tmp_path / "dl").mkdir()
    for name in ("Kate Smith", "Bo Roe"):
        (tmp_path / "dl" / f"57006-96739 - {name} - May 6, 2020 231 PM - softmax.py").write_text("A = 1\n")
    (problem,) = discover(tmp_path / "dl", {"softmax"}).problems
    assert problem == ("57006-96739 - Bo Roe - May 6, 2020 231 PM - softmax.py (and 1 more): Brightspace's download "
                       "names each student by name alone, and no roster was given; not graded (give Brightspace's "
                       "grades export, with First Name and Last Name, as --roster)")
    (tmp_path / "bs.csv").write_text("OrgDefinedId,Username,End-of-Line Indicator\n#001,#ksmith,#\n#002,#broe,#\n")
    (problem,) = discover(tmp_path / "dl", {"softmax"}, roster=read_roster(tmp_path / "bs.csv")).problems
    assert "and the roster holds no names; not graded" in problem


MOODLE = ("First name,Last name,ID number,Username,Email address,Last downloaded from this course\n"
          "Ann,Lee,,alee,ann@uni.edu,1733500000\nBo,Roe,S002,broe,bo@uni.edu,1733500000\n")


def test_a_moodle_file_never_holds_a_row_that_stops_moodles_import(tmp_path):
    """Moodle's CSV grade import (grade/import/csv/classes/load_data.php) stops at a row whose user it cannot find,
    or, for a teacher of separate groups, one not in the teacher's group, importing nothing: a graded student off
    the roster had a row 'zed' (its id as the Username), which stopped the import of the whole class. (With Moodle's
    own grade export as the roster, `export --format moodle` was a KeyError traceback: item_scale looked for Moodle's
    assignment columns, which it does not read.)"""
    result, text = _export(tmp_path, "moodle", MOODLE, grades=(("alee", 4.0), ("broe", 2.0), ("zed", 1.0)))
    assert [row.split(",")[3] for row in text.splitlines()[1:]] == ["alee", "broe"]
    assert "1 not on the roster, so no moodle row: Moodle's import stops" in result.output
    assert "exported 2 of 3 submissions" in result.output


def test_a_moodle_user_column_empty_in_some_rows_is_one_line(tmp_path):
    """Moodle's import skips an empty user cell but keeps the row before's user: mapped from ID number (empty for
    Ann, whose row comes second here), Ann's grade went to Bo, without a word."""
    result, _ = _export(tmp_path, "moodle", MOODLE, grades=(("broe", 2.0), ("alee", 4.0)))
    assert ("ID number is empty in some rows of the moodle file, and Moodle's import gives such a row's grade to the "
            "student of the row above when users are mapped from it: map users from Username or Email address, "
            "filled in every row") in result.output
    assert "is empty in some rows" not in _export(tmp_path / "full", "moodle", MOODLE.replace(",,alee", ",S001,alee")
                                                  if (tmp_path / "full").mkdir() is None else "")[0].output


def test_gradescopes_grade_exports_are_read_as_rosters(tmp_path):
    """Gradescope's 'Download Grades' (the course's: First Name, Last Name, SID, Email, Sections, then each
    assignment's columns; an assignment's older one: Name, SID, Email, Total Score, ...) was refused: 'no id column'.
    Each student is their Email, as Gradescope's submission export names them."""
    from mlptutor.roster import read_roster

    course, assignment = tmp_path / "course.csv", tmp_path / "assignment.csv"
    course.write_text("First Name,Last Name,SID,Email,Sections,HW1,HW1 - Max Points,HW1 - Submission Time,"
                      'HW1 - Lateness (H:M:S)\nAnn,Lee,S001,ann@uni.edu,"Lab A",3.5,4.0,2024-03-01 16:59:00 -0800,'
                      "00:00:00\nBo,Roe,,bo@uni.edu,,,4.0,,\n")
    assignment.write_text("Name,SID,Email,Total Score,Max Points,Status,Submission ID,Submission Time,"
                          "Lateness (H:M:S),View Count,Submission Count,1: Softmax (4.0 pts)\n"
                          "Ann Lee,S001,ann@uni.edu,3.5,4.0,Graded,123456,2024-03-01 16:59:00 -0800,00:00:00,2,1,3.5\n")
    listed = read_roster(course)
    assert [(s.id, s.name, s.sis_id, s.section) for s in listed.students] == [
        ("ann@uni.edu", "Ann Lee", "S001", "Lab A"), ("bo@uni.edu", "Bo Roe", "", "")]
    assert [(s.id, s.name) for s in read_roster(assignment).students] == [("ann@uni.edu", "Ann Lee")]


def test_a_moodle_4_grade_export_as_roster_names_the_one_column_to_map_users_from(tmp_path):
    """Moodle 4's grade export (no Username by default, a custom profile field, "Last downloaded from this course")
    with an ID number only some students have: each of 2 students had a line 'map users by Email address or ID
    number', and ID number, empty in Ann's row, gives her grade to the student above. One line names Email address."""
    roster = ('\ufeffFirst name,Last name,ID number,Institution,Department,Email address,Matrikelnummer,'
              '"Assignment: HW1 (Real)","Course total (Real)","Last downloaded from this course"\n'
              "José,Núñez,S002,Uni,CS,jose@uni.edu,0012346,3.00,3.00,1733500000\n"
              "Ann,Lee,,Uni,CS,ann@uni.edu,0012345,-,-,1733500000\n")
    result, text = _export(tmp_path, "moodle", roster, grades=(("ann@uni.edu", 4.0), ("jose@uni.edu", 2.5)))
    assert [row.split(",")[2:5] for row in text.splitlines()[1:]] == [["", "", "ann@uni.edu"],
                                                                     ["S002", "", "jose@uni.edu"]]
    assert result.output.splitlines()[:-2] == [  # then the maximum to set (lms22) and "exported ..."
        "  ID number is empty in some rows of the moodle file, and Moodle's import gives such a row's grade to the "
        "student of the row above when users are mapped from it; the roster gives no Moodle username, so the moodle "
        "file's Username is empty: map users from Email address, filled in every row"]


def test_blackboards_preview_user_is_known_in_its_download_without_receipts(tmp_path):
    """Without Blackboard's receipts (deleted, as cleanup scripts do), 'HW 1_jsmith_previewuser_attempt_...' was read
    by the roster's ids holding '_', which left the preview user out: graded as a student 'previewuser', off the
    roster, so exported with a row."""
    from mlptutor.grader.bulk.discovery import discover
    from mlptutor.roster import read_roster

    (tmp_path / "dl").mkdir()
    for user in ("alee", "jsmith_previewuser"):
        (tmp_path / "dl" / f"HW 1_{user}_attempt_2024-03-01-10-00-00_softmax.py").write_text("A = 1\n")
    (tmp_path / "bb.csv").write_text(BLACKBOARD + '"Smith_PreviewUser","Jo","jsmith_previewuser","","","Yes",""\r\n')
    found = discover(tmp_path / "dl", {"softmax"}, roster=read_roster(tmp_path / "bb.csv"))
    assert [s.student for s in found.submissions] == ["alee", "jsmith_previewuser"]


def test_a_canvas_download_graded_without_a_roster_says_what_the_roster_would_tell(tmp_path):
    """Graded without --roster, Canvas's download gave grades.csv rows '101', '999' (its test student among them),
    feedback without names, and not a word; one line names what is missing and the roster to give."""
    from mlptutor.grader.bulk.discovery import discover

    (tmp_path / "dl").mkdir()
    for name in ("leeann_101_5551_softmax.py", "studenttest_999_5553_softmax.py"):
        (tmp_path / "dl" / name).write_text("A = 1\n")
    assert discover(tmp_path / "dl", {"softmax"}).problems == [
        "101, 999: Canvas's download names each student by their Canvas user ID, graded under it without --roster (no "
        "names in the feedback and class report, an LMS test student counted in the class): give Canvas's gradebook "
        "export (Grades > Export: its ID column) as --roster"]


def test_a_canvas_download_unzipped_with_decomposed_names_is_each_students_own(tmp_path):
    """A Mac's unzip writes 'müllerjürgen_102_...' decomposed (NFD); the roster's 'Müller, Jürgen' reads as NFC: the
    file was told to be a group's submission ('Canvas named this file 'müllerjürgen', not 102's name')."""
    import unicodedata

    from mlptutor.grader.bulk.discovery import discover
    from mlptutor.roster import read_roster

    (tmp_path / "dl").mkdir()
    (tmp_path / "dl" / unicodedata.normalize("NFD", "müllerjürgen_102_5553_softmax.py")).write_text("A = 1\n")
    (tmp_path / "canvas.csv").write_text('Student,ID,SIS User ID,SIS Login ID,Section\n"Müller, Jürgen",102,s2,jm,A\n')
    found = discover(tmp_path / "dl", {"softmax"}, roster=read_roster(tmp_path / "canvas.csv"))
    assert [s.student for s in found.submissions] == ["102"] and found.problems == []


def test_a_worksheet_whose_maximum_is_below_mlptutors_says_the_upload_skips_the_grades_above_it(tmp_path):
    """Moodle's worksheet upload skips a grade above the assignment's maximum as out of range, with no word
    (mod/assign/feedback/offline/importgradesform.php): the line said only 'points out of 4'."""
    worksheet = ("Identifier,Full name,Email address,Status,Grade,Maximum Grade,Grade can be changed,"
                 "Last modified (submission),Last modified (grade),Feedback comments\n"
                 'Participant 101,Ann Lee,ann@x.edu,Submitted for grading,,"2,00",Yes,"Tuesday, 5 March 2024, 2:22 PM",-,\n')
    result, text = _export(tmp_path, "moodle-worksheet", worksheet, grades=(("101", 3.0),))
    assert ("Moodle's Maximum Grade is 2 (the worksheet), mlptutor's 4: the grades are points out of 4 (the upload "
            "skips each grade above 2, unsaid); set the assignment's maximum grade in Moodle to 4") in result.output
