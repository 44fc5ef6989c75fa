"""LMS documents as an outsider finds them, r23 (lms23)."""

from bulk_helpers import lms_export


def test_roster_students_without_a_grade_are_one_line_with_every_id(tmp_path):
    """A class of 30 with 4 not graded printed 4 lines 'sNN: on the roster, not graded; ...' (40 lines in a class of
    300): now one line, the count, what the file does about them, then every id (none hidden)."""
    roster = "id,name\n" + "".join(f"s{i:02d},N {i}\n" for i in range(30))
    result, _ = lms_export(tmp_path, "canvas", roster, grades=[(f"s{i:02d}", 3.0) for i in range(26)])
    said = [line for line in result.output.splitlines() if "not graded" in line]
    assert said == ["  4 on the roster, not graded: no canvas row, so the LMS keeps the grade it has (enter 0 there "
                    "if a missing submission scores 0): s26, s27, s28, s29"]


def test_a_canvas_name_ending_in_digits_in_parentheses_is_said_to_be_read_as_an_id(tmp_path):
    """Canvas's importer reads a header '<title> (<digits>)' as that assignment id (Assignment.title_and_id): 'Quiz
    (2024)' without --lms-item-id went to assignment 2024 if the course had one, else to a new assignment 'Quiz'. Not
    a word was said; with the id the header 'Quiz (2024) (4412)' is read right."""
    result, text = lms_export(tmp_path, "canvas", "id,name\nalee,Ann Lee\n", assignment="Quiz (2024)")
    assert text.splitlines()[0].endswith(",Quiz (2024)")
    assert ("the assignment's name 'Quiz (2024)' ends in '(2024)', which Canvas's import reads as assignment id 2024 "
            "(a new assignment would be named 'Quiz'): give --lms-item-id") in result.output
    result, text = lms_export(tmp_path, "canvas", "id,name\nalee,Ann Lee\n", "--lms-item-id", "4412",
                              assignment="Quiz (2024)")
    assert text.splitlines()[0].endswith(",Quiz (2024) (4412)") and "reads as assignment id" not in result.output


def test_a_bar_in_a_blackboard_name_is_not_where_its_column_id_starts(tmp_path):
    """Blackboard's upload reads a column's id after '|' ('Name [Total Pts: 4 Score] |_77_1'): 'Lab | 2' was written
    as 'Lab | 2 [Total Pts: 4 Score] |_77_1', two bars, and without an id its ' 2 [Total Pts: 4 Score]' read as one.
    The name is written with '/' (the column is found by its id), and one line says so."""
    result, text = lms_export(tmp_path, "blackboard", "id,name\nalee,Ann Lee\n", "--lms-item-id", "_77_1",
                              assignment="Lab | 2")
    assert text.splitlines()[0].endswith('"Lab / 2 [Total Pts: 4 Score] |_77_1"')
    assert "the blackboard file names it 'Lab / 2'" in result.output


def test_the_moodle_file_writes_no_identity_the_roster_does_not_give(tmp_path):
    """Moodle finds a user by the mapped cell as written (another letter case stops the import on PostgreSQL). A
    roster whose id is the email re-cased ('ann.lee@uni.edu', its email 'Ann.Lee@Uni.edu') wrote the re-cased id as
    the Username; now that is empty and said. A roster without emails left Email address empty with no word."""
    result, text = lms_export(tmp_path, "moodle", "id,name,email\nann.lee@uni.edu,Ann Lee,Ann.Lee@Uni.edu\n",
                              grades=(("ann.lee@uni.edu", 4.0),))
    assert text.splitlines()[1] == ",,,,Ann.Lee@Uni.edu,4"
    assert ("the roster gives no Moodle username, so the moodle file's Username is empty: map users from Email "
            "address") in result.output
    (tmp_path / "plain").mkdir()
    result, text = lms_export(tmp_path / "plain", "moodle", "id,name\nalee,Ann Lee\n")
    assert text.splitlines()[1] == ",,,alee,,4"
    assert ("the roster gives no email address, so the moodle file's Email address is empty: map users from "
            "Username") in result.output


CANVAS = ("\ufeffStudent,ID,SIS User ID,SIS Login ID,Section,HW1 (4411),Current Score,Unposted Current Score\r\n"
          "    Points Possible,,,,,4.00,(read only),(read only)\r\n"
          ",,,,,Manual Posting,,\r\n"
          '"Lee, Ann",101,S1,alee,Section 1 and Section 2,3.00,75.00%,75.00%\r\n'
          '"Müller, Jürgen",102,S2,jmueller,Section 2,EX,,\r\n')


def test_a_student_canvas_holds_excused_keeps_the_excused_mark(tmp_path):
    """Canvas's export writes an excused submission as EX; its importer reads a number in that cell as a grade that
    replaces the mark. A student excused in Canvas whom mlptutor graded (a submission before the excuse) was written
    with their grade, un-excusing them unsaid: now no row and one line."""
    result, text = lms_export(tmp_path, "canvas", CANVAS, "--lms-item-id", "4411",
                              grades=(("101", 4.0), ("102", 0.0)))
    assert text.splitlines()[2:] == ['"Lee, Ann",101,S1,alee,Section 1 and Section 2,4']
    assert ("1 excused in Canvas (EX in the roster's column 4411), graded here: no canvas row, so Canvas keeps them "
            "excused") in result.output
    assert result.output.rstrip().endswith("(1 without a row: the lines above say why)")


def test_a_student_canvas_cannot_grade_in_the_assignment_is_said(tmp_path):
    """Canvas's export writes N/A for a student the assignment is not assigned to (or while its anonymous grades are
    unposted), and its importer drops a grade there unsaid (assignment_assigned_to_student, gradeable?): the file
    held that row and the instructor saw the grade nowhere."""
    result, text = lms_export(tmp_path, "canvas", CANVAS.replace(",EX,", ",N/A,"), "--lms-item-id", "4411",
                              grades=(("101", 4.0), ("102", 2.0)))
    assert len(text.splitlines()) == 3
    assert "1 not gradable in Canvas (N/A in the roster's column 4411: the assignment is not assigned to them" in (
        result.output) and "export the gradebook again): 102" in result.output


def test_roster_students_without_a_submission_are_one_line_with_every_id(tmp_path):
    """`grade --roster` printed one 'sNN: on the roster, no submission' line per student (40 in a class of 300 with
    40 missing): one line, the count, then every id; each submitter off the roster keeps a line of their own."""
    from mlptutor.roster import read_roster

    (tmp_path / "roster.csv").write_text("id,name\n" + "".join(f"s{i:02d},N {i}\n" for i in range(30)))
    assert read_roster(tmp_path / "roster.csv").compare([f"s{i:02d}" for i in range(27)] + ["zed"]) == [
        "3 on the roster, no submission: s27, s28, s29", "zed: submitted, not on the roster (graded anyway)"]


def test_graded_students_the_roster_lacks_are_one_line(tmp_path):
    """A roster by usernames with a class graded under emails listed every student 'x: not on the roster; its canvas
    row ...', one line each: now one line with the count and the ids (each still has its row)."""
    result, text = lms_export(tmp_path, "canvas", "id,name\nalee,Ann Lee\n",
                              grades=(("alee", 4.0), ("bo@uni.edu", 3.0), ("cy@uni.edu", 2.0)))
    assert len(text.splitlines()) == 5
    assert [line for line in result.output.splitlines() if "not on the roster" in line] == [
        "  2 not on the roster: their canvas rows have only the mlptutor id as the login (add them to the roster): "
        "bo@uni.edu, cy@uni.edu"]


def test_a_canvas_column_named_like_a_total_is_not_passed_over(tmp_path):
    """Canvas's importer drops every column whose header holds 'Final Grade', 'Current Score', ... (its totals,
    matched anywhere, case-sensitive): 'Final Grade Project (4411)' imported nothing, unsaid. With the id the title
    is a label, written in lower case; and an export's 'Current Score (2024)' (a grading period named 2024) is no
    assignment column, as Canvas reads it: it passed for assignment 2024."""
    result, text = lms_export(tmp_path, "canvas", "id,name\nalee,Ann Lee\n", "--lms-item-id", "4411",
                              assignment="Final Grade Project")
    assert text.splitlines()[0].endswith(",final grade Project (4411)")
    assert "holds 'Final Grade', and Canvas's import passes over every column whose header holds it" in result.output
    export = ("Student,ID,SIS User ID,SIS Login ID,Section,HW1 (4411),Current Score (2024)\n"
              "    Points Possible,,,,,4.00,(read only)\n\"Lee, Ann\",101,S1,alee,A,3,75\n")
    (tmp_path / "period").mkdir()
    result, _ = lms_export(tmp_path / "period", "canvas", export, "--lms-item-id", "2024", grades=(("101", 4.0),))
    assert "--lms-item-id 2024: no column of" in result.output


def test_a_worksheet_of_a_scale_graded_assignment_is_said_to_import_nothing(tmp_path):
    """A scale-graded assignment's worksheet has a Scale column where a points one has Maximum Grade, and its upload
    keeps a grade only if it is one of the scale's words: the points mlptutor wrote imported nothing, unsaid."""
    worksheet = ("Identifier,Full name,Email address,Status,Grade,Scale,Grade can be changed,"
                 "Last modified (submission),Last modified (grade),Feedback comments\n"
                 'Participant 101,Ann Lee,ann@uni.edu,Submitted for grading,,"Poor,Fair,Good",Yes,'
                 '"Tuesday, 5 March 2024, 2:22 PM",-,\n')
    result, text = lms_export(tmp_path, "moodle-worksheet", worksheet, grades=(("101", 4.0),))
    assert text.splitlines()[1] == "Participant 101,Ann Lee,ann@uni.edu,4,4,"
    assert ("has a 'Scale' column, not 'Maximum Grade': the assignment is graded on a scale in Moodle") in result.output
