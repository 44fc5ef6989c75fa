"""LMS documents as an outsider finds them, r22 (lms22)."""

from bulk_helpers import lms_export as _export, one_check_report as _report

from mlptutor.grader.bulk.gradebook import Gradebook

MOODLE_BY_EMAIL = ('First name,Last name,ID number,Institution,Department,Email address,"Assignment: HW1 (Real)",'
                   "Last downloaded from this course\nAnn,Lee,,Uni,CS,Ann.Lee@Uni.edu,-,1733500000\n"
                   "Bo,Roe,,Uni,CS,bo@uni.edu,-,1733500000\n")


def test_a_student_graded_under_their_email_in_another_case_is_the_rosters(tmp_path):
    """Graded from Gradescope's export ('ann.lee@uni.edu'), exported with Moodle's grade export as the roster (its id
    the Email address as Moodle holds it, 'Ann.Lee@Uni.edu'): Ann had no row ('not on the roster ... stops the
    import') and was 'on the roster, not graded' at once. Ids are one student ignoring case, as grading reads them."""
    result, text = _export(tmp_path, "moodle", MOODLE_BY_EMAIL, grades=(("ann.lee@uni.edu", 4.0), ("bo@uni.edu", 3.0)))
    assert text.splitlines()[1:] == ["Ann,Lee,,,Ann.Lee@Uni.edu,4", "Bo,Roe,,,bo@uni.edu,3"]
    assert "not on the roster" not in result.output and "not graded" not in result.output
    assert "exported 2 submissions" in result.output


MOODLE = ("First name,Last name,ID number,Username,Email address,\"Assignment: HW1 (Real)\"\n"
          "Ann,Lee,S1,alee,ann@uni.edu,-\nBo,Roe,S2,broe,bo@uni.edu,-\n")


def test_the_moodle_file_says_the_maximum_its_grade_item_needs(tmp_path):
    """Moodle's file, like the grade export it is made from, carries no maximum: 4 points imported into a new or a
    default assignment's item (maximum 100) read 4%, and into a 2-point item Moodle 4.1+ refuses the whole file
    ("Import failed. No data was imported.", MDL-50650) where earlier releases capped it. Not a word was said."""
    result, _ = _export(tmp_path, "moodle", MOODLE, grades=(("alee", 4.0), ("broe", 3.0)))
    assert ("the moodle file gives no maximum: its HW1 grades are points out of 4; set the maximum grade of the grade "
            "item it goes to in Moodle to 4 before importing") in result.output


def test_gradescopes_downloads_of_a_full_name_course_are_rosters(tmp_path):
    """A Gradescope course whose roster gave full names (one Name column) downloads grades with 'Name' where a
    split-name course writes First Name and Last Name: both files were refused ('no id column ... rename email to
    id'). Its roster's staff rows stay out of the class, as in the split-name roster."""
    from mlptutor.roster import read_roster

    grades, roster = tmp_path / "grades.csv", tmp_path / "roster.csv"
    grades.write_text("Name,SID,Email,Sections,HW1,HW1 - Max Points,HW1 - Submission Time,HW1 - Lateness (H:M:S)\n"
                      "Ann Lee,S001,ann@uni.edu,Lab A,3.5,4.0,2024-03-01 16:59:00 -0800,00:00:00\n")
    roster.write_text("Name,SID,Email,Role,Section\nAnn Lee,S001,ann@uni.edu,Student,Lab A\nTa Yu,,ta@uni.edu,TA,\n")
    assert [(s.id, s.name, s.sis_id, s.section) for s in read_roster(grades).students] == [
        ("ann@uni.edu", "Ann Lee", "S001", "Lab A")]
    listed = read_roster(roster)
    assert [s.id for s in listed.strict_students()] == ["ann@uni.edu"] and "ta@uni.edu" in listed.others


def test_brightspaces_section_membership_is_each_students_section(tmp_path):
    """Brightspace's grades export with the Section Membership user detail has a Sections column (every section of
    the student in one cell), which was not read. Its import needs no split: one course offering, one item."""
    from mlptutor.roster import read_roster

    path = tmp_path / "bs.csv"
    path.write_text("OrgDefinedId,Username,Last Name,First Name,Email,Sections,"
                    "HW1 Points Grade <Numeric MaxPoints:4 Weight:10>,End-of-Line Indicator\n"
                    '#0012345,#alee,Lee,Ann,ann@uni.edu,"Calculus II 011,Calculus II 015",,#\n')
    assert [(s.id, s.sis_id, s.section) for s in read_roster(path).students] == [
        ("alee", "0012345", "Calculus II 011,Calculus II 015")]


CANVAS = ("\ufeffStudent,ID,SIS User ID,SIS Login ID,Section,HW1 (4411)\r\n    Points Possible,,,,,4.00\r\n"
          '"Lee, Ann",101,S1,alee,A,\r\n"Roe, Bo",102,S2,broe,A,\r\n')


def test_a_canvas_grade_after_mlptutors_late_penalty_says_canvas_may_deduct_again(tmp_path):
    """Canvas's Late Submission policy deducts from a late submission's grade when it is graded, an imported grade
    too: a grade mlptutor's --late-penalty already took points from lost them twice, unsaid."""
    from datetime import datetime, timezone

    from mlptutor.grader.bulk.late import Late

    due = datetime(2024, 3, 1, tzinfo=timezone.utc)
    with Gradebook(tmp_path / "gb.sqlite") as book:
        book.record("HW1", _report("101", 4.0), Late(due, due, 3600.0, 0.4, "per-day:10%"))
    result, text = _export(tmp_path, "canvas", CANVAS, "--lms-item-id", "4411", grades=(("102", 4.0),))
    assert text.splitlines()[2:] == ['"Lee, Ann",101,S1,alee,A,3.6', '"Roe, Bo",102,S2,broe,A,4']
    assert ("the canvas file holds 1 grade after mlptutor's late penalty (the penalty column of grades.csv), and "
            "Canvas's Late Submission policy, if on for the course, deducts again") in result.output


def test_two_sections_exports_appended_one_below_the_other_are_one_class(tmp_path):
    """Two sections' Canvas exports pasted into one file (`cat`: the second keeps its BOM): the second header was read
    as a student 'ID' named 'Student' (a quiz sheet, 'on the roster, not graded' in every export), and with another
    column (Integration ID) every row below it was 'N fields, the header has M'. Each part is read by its own header."""
    from mlptutor.roster import read_roster

    path = tmp_path / "sections.csv"
    path.write_text('Student,ID,SIS User ID,SIS Login ID,Section,HW1 (4411)\n    Points Possible,,,,,4.00\n'
                    '"Lee, Ann",101,S1,alee,A,\n\ufeffStudent,ID,SIS User ID,SIS Login ID,Section,HW1 (4411)\n'
                    '"Roe, Bo",102,S2,broe,B,\nStudent,ID,SIS User ID,SIS Login ID,Integration ID,Section,HW1 (4411)\n'
                    '    Points Possible,,,,,,4.00\n"Yu, Cy",103,S3,cyu,I3,C,\n')
    listed = read_roster(path)
    assert [(s.id, s.login, s.section) for s in listed.students] == [("101", "alee", "A"), ("102", "broe", "B"),
                                                                    ("103", "cyu", "C")]
    assert listed.problems == []
    # mlptutor's own columns, the second section's list with another id column: 'username' was a student
    path.write_text("student_id,name,email\na1,Ann,a@x.edu\nusername,name,email\nb2,Bo,b@x.edu\n")
    assert [(s.id, s.email) for s in read_roster(path).students] == [("a1", "a@x.edu"), ("b2", "b@x.edu")]


def test_a_worksheet_of_students_moodle_graded_already_says_the_upload_skips_them(tmp_path):
    """Moodle's worksheet upload skips a student whose grade in Moodle changed after the file's Last modified (grade)
    (mod/assign/feedback/offline/locallib.php), which mlptutor leaves empty: a regrade uploaded again changed no
    one already graded, and nothing said so."""
    worksheet = ("Identifier,Full name,Email address,Status,Grade,Maximum Grade,Grade can be changed,"
                 "Last modified (submission),Last modified (grade),Feedback comments\n"
                 'Participant 101,Ann Lee,ann@x.edu,Graded,"3,50","4,00",Yes,"Tuesday, 5 March 2024, 2:22 PM",'
                 '"Wednesday, 6 March 2024, 9:00 AM",\n'
                 'Participant 102,Bo Roe,bo@x.edu,Submitted,,"4,00",Yes,"Tuesday, 5 March 2024, 2:22 PM",-,\n')
    result, _ = _export(tmp_path, "moodle-worksheet", worksheet, grades=(("101", 4.0), ("102", 3.0)))
    assert ("the worksheet says Moodle holds a grade of 1 of these students already: its upload skips each of them, "
            "unsaid, unless 'Allow updating records that have been modified more recently in Moodle than in the "
            "spreadsheet' is ticked") in result.output
    (tmp_path / "fresh").mkdir()
    result, _ = _export(tmp_path / "fresh", "moodle-worksheet", worksheet.replace('"Wednesday, 6 March 2024, 9:00 AM"',
                                                                                 "-"), grades=(("101", 4.0),))
    assert "holds a grade" not in result.output


def test_canvas_test_student_of_a_course_in_another_language_is_known_by_its_login(tmp_path):
    """Canvas names its test student in the teacher's language when it makes it (Course#find_or_create_student_view_
    student: t('student_view_student_name', "Test Student")), so a German course's was read as a student; its login,
    the hex SHA-1 HMAC of "Test Student_<id>", is the same in every language, and the export lists it last."""
    from mlptutor.roster import read_roster

    path = tmp_path / "canvas.csv"
    path.write_text('Student,ID,SIS User ID,SIS Login ID,Section,HW1 (4411)\n    Points Possible,,,,,4\n'
                    '"Lee, Ann",101,S1,alee,A,\n"Teststudent, Max",999,,0f3c2b1a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a,A,\n')
    listed = read_roster(path)
    assert [s.id for s in listed.strict_students()] == ["101"] and "999" in listed.others


def test_a_canvas_student_whose_school_hashes_logins_to_40_hex_digits_is_a_student(tmp_path):
    """The test student's login pattern alone also fits a school's hashed logins: a row with an SIS User ID is a
    student (Canvas's test student has none), else `quiz` gave them no sheet and `export` dropped their grade."""
    from mlptutor.roster import read_roster

    path = tmp_path / "canvas.csv"
    path.write_text('Student,ID,SIS User ID,SIS Login ID,Section,HW1 (4411)\n'
                    '"Lee, Ann",101,S1,a94a8fe5ccb19ba61c4c0873d391e987982fbbd3,A,\n'
                    '"Teststudent, Max",999,,0f3c2b1a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a,A,\n')
    listed = read_roster(path)
    assert [s.id for s in listed.strict_students()] == ["101"] and "999" in listed.others
