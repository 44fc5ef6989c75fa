"""Round 9 outsider: LMS downloads and class lists as their documentation (and Moodle's code) describe them.

Moodle's "Download all submissions" names each student's entries <full name>_<participant id>_assignsubmission_
<plugin>: folders by default since Moodle 3.1 (3.x with a trailing '_'), flat files without "Download
submissions in folders", "Participant" for the name under blind marking; its grading worksheet identifies the
same student as "Participant <id>". Canvas marks a late submission's files "_late"; Blackboard's names carry
the attempt's time (its server's). Every entry is one student's, or one line naming it."""

import csv
import io
import zipfile
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from mlptutor.grader.bulk.discovery import discover
from mlptutor.grader.bulk.exports import grades_csv
from mlptutor.grader.bulk.late import Late, Policy
from mlptutor.grader.model import CheckResult, SubmissionReport
from mlptutor.roster import read_roster

EXERCISES = {"softmax", "losses", "early_stopping"}
CODE = "def softmax(z):\n    return z\n"


def _by_student(found):
    return {s.student: s for s in found.submissions}


def _one_line(problems):
    """The problems but the one line every download graded without --roster has (lms21), each one line."""
    assert all("\n" not in p and "Traceback" not in p for p in problems)
    return [p for p in problems if "graded under it without --roster" not in p]


def test_moodle_download_in_folders_is_one_submission_per_participant(write, tmp_path):
    write("dl/Ann Lee_123456_assignsubmission_file/softmax.py", CODE)  # Moodle 4
    write("dl/Ann Lee_123456_assignsubmission_onlinetext/onlinetext.html", "<p>see my file</p>")
    write("dl/Bjørn Ødegård_123457_assignsubmission_file_/sub/losses.py", "def mse(a, b):\n    return 0\n")  # 3.x
    write("dl/Participant_123459_assignsubmission_file/softmax.py", CODE)  # blind marking
    write("dl/Dana Kim_123460_assignsubmission_onlinetext/onlinetext.html", "<p>forgot the file</p>")
    found = discover(tmp_path / "dl", EXERCISES)
    subs = _by_student(found)
    assert sorted(subs) == ["123456", "123457", "123459"]
    assert set(subs["123456"].modules) == {"softmax"}
    assert subs["123456"].origin == "Ann Lee_123456_assignsubmission_file + Ann Lee_123456_assignsubmission_onlinetext"
    assert set(subs["123457"].modules) == {"losses"}
    # the online texts are passed over, said once for the class (read25: unsaid)
    texts, line = _one_line(found.problems)
    assert texts == ("2 Moodle online texts (assignsubmission_onlinetext) passed over: only .py and .ipynb files are "
                     "graded (code pasted there is not): 123456, 123460")
    assert line.startswith("123460: nothing to grade (")


def test_moodle_download_without_folders_reads_flat_files(write, tmp_path):
    write("dl/Chloé Martin_123458_assignsubmission_file_softmax.py", CODE)
    write("dl/Chloé Martin_123458_assignsubmission_file_losses.py", "def mse(a, b):\n    return 0\n")
    write("dl/Chloé Martin_123458_assignsubmission_onlinetext_onlinetext.html", "<p>hi</p>")
    write("dl/Chloé Martin_123458_assignsubmission_onlinetext_plot.png", "png")  # the text's image: one text
    write("dl/Eve Stone_123461_assignsubmission_file_notes.txt", "not code")
    found = discover(tmp_path / "dl", EXERCISES)
    subs = _by_student(found)
    assert list(subs) == ["123458"] and set(subs["123458"].modules) == {"softmax", "losses"}
    # menda25: "2 Moodle online texts ...: 123458, 123458"
    assert _one_line(found.problems)[0].endswith("(code pasted there is not): 123458")
    assert _one_line(found.problems)[1:] == ["123461: nothing to grade (Eve Stone_123461_assignsubmission_file_"
                                             "notes.txt: no .py or .ipynb files)"]


# Moodle: Assignment > View all submissions > Download grading worksheet (identity fields as the site shows
# them; "Participant <id>" is the worksheet's Identifier; "-" an empty grade or time)
WORKSHEET = ("\ufeffIdentifier,\"Full name\",\"ID number\",\"Email address\",Status,Grade,\"Maximum Grade\","
             "\"Grade can be changed\",\"Last modified (submission)\",\"Online text\",\"Last modified (grade)\","
             "\"Feedback comments\"\r\n"
             "\"Participant 123456\",\"Ann Lee\",00123,ann@uni.edu,\"Submitted for grading\",,10.00,Yes,"
             "\"Tuesday, 5 March 2024, 2:22 PM\",\"<p>see my file</p>\",-,\r\n"
             "\"Participant 123457\",\"Bjørn Ødegård\",00124,bo@uni.edu,\"No submission\",,10.00,Yes,-,,-,\r\n"
             "\"Participant \",\"No Id\",,,\"No submission\",,10.00,Yes,-,,-,\r\n")


def test_moodle_grading_worksheet_maps_participants_to_the_download(tmp_path, write):
    roster = read_roster(write("worksheet.csv", WORKSHEET))
    students = roster.by_id()
    assert list(students) == ["123456", "123457"]
    ann = students["123456"]
    assert (ann.name, ann.sis_id, ann.email, ann.lms_id) == ("Ann Lee", "00123", "ann@uni.edu", "123456")
    (line,) = _one_line(roster.problems)
    assert line.endswith("row 4: empty id (the Moodle grading worksheet export's 'identifier')")
    write("dl/Ann Lee_123456_assignsubmission_file/softmax.py", CODE)
    assert roster.compare([s.student for s in discover(tmp_path / "dl", EXERCISES).submissions]) == [
        "1 on the roster, no submission: 123457"]


def test_canvas_names_in_any_script_are_read_as_canvas_writes_them(write, tmp_path):
    """Canvas's content_zipper lower-cases the sortable name and keeps only word characters of any script."""
    write("dl/m\u00fcllerj\u00fcrgen_201_6001_softmax.py", CODE)          # Müller, Jürgen
    write("dl/obrienpat_LATE_202_6002_softmax.py", CODE)                     # O'Brien, Pat: the apostrophe taken out
    write("dl/\u738b\u5c0f\u660e_203_6003_softmax-1.py", CODE)           # 王小明, a resubmission
    write("dl/mu\u0308llerjurgen_204_6004_softmax.py", CODE)              # a combining mark (NFD, as macOS unzips)
    write("dl/\u0930\u093e\u0939\u0941\u0932_205_6005_softmax.py", CODE)  # राहुल: vowel signs are marks
    found = discover(tmp_path / "dl", EXERCISES)
    subs = _by_student(found)
    assert sorted(subs) == ["201", "202", "203", "204", "205"], found.problems
    assert all(set(s.modules) == {"softmax"} for s in subs.values())
    assert subs["202"].marked_late and not subs["201"].marked_late


def test_canvas_anonymous_names_are_read_as_canvas_writes_them(write, tmp_path):
    """Under anonymous grading Canvas's content_zipper writes [LATE_]anon_<anonymous id>_<attachment id>_<file>, the
    anonymous id 5 base58 characters: one submission per anonymous id, whose files may be several; no class list
    tells whose it is (one line), unless the roster lists the anonymous id itself."""
    write("dl/anon_Ab3Xy_7001_softmax.py", CODE)
    write("dl/anon_Ab3Xy_7002_losses.py", "def mse(a, b):\n    return 0\n")
    write("dl/LATE_anon_Qr9Tz_7003_softmax-1.py", CODE)                      # late, a resubmission
    write("dl/leeann_101_5551_softmax.py", CODE)
    found = discover(tmp_path / "dl", EXERCISES)
    subs = _by_student(found)
    assert sorted(subs) == ["101", "anon_Ab3Xy", "anon_Qr9Tz"], found.problems
    assert set(subs["anon_Ab3Xy"].modules) == {"softmax", "losses"} and not subs["anon_Ab3Xy"].marked_late
    assert subs["anon_Qr9Tz"].marked_late and set(subs["anon_Qr9Tz"].modules) == {"softmax"}
    (line,) = _one_line(found.problems)
    assert line.startswith("anon_Ab3Xy, anon_Qr9Tz: Canvas's anonymous grading names a submission by its anonymous id")
    roster = read_roster(write("roster.csv", "id\nanon_Ab3Xy\nanon_Qr9Tz\n101\n"))
    assert discover(tmp_path / "dl", EXERCISES, roster=roster).problems == []


def test_canvas_late_marker_makes_a_submission_late_without_a_time(write, tmp_path):
    write("dl/leeann_late_101_5551_softmax.py", CODE)
    write("dl/kimjo_102_5552_softmax.py", CODE)
    subs = _by_student(discover(tmp_path / "dl", EXERCISES))
    assert subs["101"].marked_late and not subs["102"].marked_late
    assert subs["101"].submitted_at is None
    late = Late.judge(None, None, Policy.parse("per-day:10%"), 8.0, 10.0, marked_late=True)
    assert late.late and late.penalty == 1.0 and late.days == 1  # the least a late mark proves: one started day
    assert late.describe() == "late (the LMS marks it; its time is unknown)"
    assert Late.judge(None, None, Policy.parse("zero"), 8.0, 10.0, marked_late=True).penalty == 8.0
    on_time = Late.judge(None, None, Policy.parse("zero"), 8.0, 10.0)
    assert not on_time.late
    report = SubmissionReport("101", [CheckResult("softmax", "softmax", "v", "value", 8.0, 10.0, False)],
                              content_hash="h", grader_version="t", isolation="none")
    row = list(csv.DictReader(io.StringIO(grades_csv([report], {"101": late}))))[0]
    assert (row["late"], row["penalty"], row["final"]) == ("unknown", "1", "7")


def test_blackboard_attempt_time_is_the_submission_time_in_the_server_zone(write, tmp_path):
    write("dl/HW 1_alee_attempt_2024-03-05-14-22-11_softmax.py", CODE)
    write("dl/HW 1_alee_attempt_2024-03-05-14-22-11.txt", "Name: Ann Lee (alee)\n")
    write("dl/HW 1_alee_attempt_2024-03-01-09-00-00_softmax.py", "def softmax(z):\n    return 0\n")
    write("dl/HW 1_jmu_attempt_2024-03-01-09-00-00_losses.py", "def mse(a, b):\n    return 0\n")
    found = discover(tmp_path / "dl", EXERCISES, lms_zone=ZoneInfo("America/Chicago"))
    subs = _by_student(found)
    assert subs["alee"].submitted_at == datetime(2024, 3, 5, 20, 22, 11, tzinfo=timezone.utc)  # CST = UTC-6
    assert "return z" in str(subs["alee"].modules["softmax"])  # the last attempt's file
    assert subs["jmu"].submitted_at == datetime(2024, 3, 1, 15, 0, tzinfo=timezone.utc)
    (line,) = _one_line(found.problems)
    assert line == ("HW 1_alee_attempt_2024-03-01-09-00-00_softmax.py: an earlier attempt of alee than the one of "
                    "2024-03-05 20:22:11 UTC; not graded (the last attempt is)")


def test_blackboard_times_are_utc_by_default(write, tmp_path):
    write("dl/HW1_alee_attempt_2024-03-05-14-22-11_softmax.py", CODE)
    (sub,) = discover(tmp_path / "dl", EXERCISES).submissions
    assert sub.submitted_at == datetime(2024, 3, 5, 14, 22, 11, tzinfo=timezone.utc)


def test_times_from_files_do_not_override_the_lms_times(write, tmp_path):
    write("dl/HW1_alee_attempt_2024-03-05-14-22-11_softmax.py", CODE)
    write("dl/bob/softmax.py", CODE)
    subs = _by_student(discover(tmp_path / "dl", EXERCISES, times_from_files=True))
    assert subs["alee"].submitted_at == datetime(2024, 3, 5, 14, 22, 11, tzinfo=timezone.utc)
    assert subs["bob"].submitted_at.year >= 2025


# Gradescope: Assignment > Review Grades > Export Submissions, a zip of assignment_<id>_export/ holding a folder per
# submission and submission_metadata.yml (Ruby-symbol keys); a group submission lists every member
GRADESCOPE_METADATA = """\
submission_111:
  :submitters:
  - :name: Zoë Żak
    :sid: '00123'
    :email: zoe@uni.edu
  :created_at: 2024-03-05 14:22:11.123456000 -08:00
  :score: 0.0
  :status: processed
submission_112:
  :submitters:
  - :name: Ann Lee
    :sid:
    :email: ann@uni.edu
  - :name: Bo Kim
    :sid: '00125'
    :email: bo@uni.edu
  :created_at: 2024-03-01 09:00:00.000000000 +01:00
  :score: 0.0
submission_114:
  :submitters:
  - :name: No Mail
    :sid: '00126'
  :created_at: 2024-03-01 09:00:00.000000000 +00:00
"""


def test_gradescope_export_submissions_is_read_by_its_metadata(tmp_path):
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("assignment_4242_export/submission_metadata.yml", GRADESCOPE_METADATA)
        for folder in ("submission_111", "submission_112", "submission_113", "submission_114"):
            archive.writestr(f"assignment_4242_export/{folder}/softmax.py", CODE)
        archive.extractall(tmp_path)
    found = discover(tmp_path / "assignment_4242_export", EXERCISES)
    subs = _by_student(found)
    # round 10: a group's submission is one, graded once under its first member, its grade every member's
    assert sorted(subs) == ["ann@uni.edu", "submission_113", "zoe@uni.edu"]
    assert subs["ann@uni.edu"].everyone == ("ann@uni.edu", "bo@uni.edu")
    assert subs["zoe@uni.edu"].submitted_at == datetime(2024, 3, 5, 22, 22, 11, 123456, tzinfo=timezone.utc)
    assert subs["ann@uni.edu"].submitted_at == datetime(2024, 3, 1, 8, tzinfo=timezone.utc)
    assert subs["ann@uni.edu"].origin == "submission_112/"
    assert _one_line(found.problems) == [
        "submission_metadata.yml submission_114: a submitter without an email; not graded (export the submissions "
        "again)",
        "submission_113: not in submission_metadata.yml, so its student is unknown; graded as submission_113"]


def test_an_unreadable_gradescope_metadata_is_one_line(write, tmp_path):
    write("export/submission_metadata.yml", "submission_1: [unclosed\n")
    write("export/submission_1/softmax.py", CODE)
    found = discover(tmp_path / "export", EXERCISES)
    assert [s.student for s in found.submissions] == ["submission_1"]
    (line,) = _one_line(found.problems)
    assert line.startswith("submission_metadata.yml: cannot be read (") and line.endswith(
        "the submission_<id> folders are graded under their folder names")


def _report(student, points):
    return SubmissionReport(student, [CheckResult("softmax", "softmax", "v", "value", points, 10.0, points == 10.0)],
                            content_hash=student, grader_version="t", isolation="none")


def test_the_moodle_worksheet_goes_back_with_the_columns_its_upload_requires(tmp_path, write):
    from mlptutor.grader.bulk.lms import lms_csv

    roster = read_roster(write("worksheet.csv", WORKSHEET)).by_id()
    late = {"123457": Late(seconds=7200.0, penalty=1.5)}
    text, missing = lms_csv("moodle-worksheet", "HW 1", [_report("123456", 9.5), _report("123457", 8.0),
                                                         _report("zed", 3.0)], roster, late)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["Identifier", "Full name", "Email address", "Grade", "Maximum Grade", "Last modified (grade)"],
                    ["Participant 123456", "Ann Lee", "ann@uni.edu", "9.5", "10", ""],
                    ["Participant 123457", "Bjørn Ødegård", "bo@uni.edu", "6.5", "10", ""]]
    assert missing == ["1 without a Moodle participant id, so no worksheet row (give the grading worksheet Moodle "
                       "downloads as the roster): zed"]


def test_a_moodle_gradebook_export_never_writes_a_participant_id_as_username(tmp_path, write):
    from mlptutor.grader.bulk.lms import lms_csv

    roster = read_roster(write("worksheet.csv", WORKSHEET)).by_id()
    text, notes = lms_csv("moodle", "HW 1", [_report("123456", 9.5)], roster)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == ["", "", "00123", "", "ann@uni.edu", "9.5"]
    assert notes == ["the roster gives no Moodle username, so the moodle file's Username is empty: map users from ID "
                     "number or Email address, filled in every row",
                     "the first and last name cells of 1 student is empty: the roster gives only a full name, which "
                     "does not split reliably, and moodle's import matches students by ID number, Username or Email "
                     "address, not by name (give first_name and last_name columns to fill them)",
                     "1 on the roster, not graded: no moodle row, so the LMS keeps the grade it has (enter 0 "
                     "there if a missing submission scores 0): 123457"]  # round 10: a roster student without a row


def test_blackboards_receipt_tells_a_username_with_underscores(write, tmp_path):
    # Blackboard's receipt for the attempt: the username in brackets on its Name line
    write("dl/HW_1_ann_lee_attempt_2024-03-05-14-22-11.txt",
          "Name: Ann Lee (ann_lee)\nAssignment: HW_1\nDate Submitted: Tuesday, March 5, 2024 2:22:11 PM UTC\n\n"
          "Files:\n\tOriginal filename: softmax.py\n\tFilename: HW_1_ann_lee_attempt_2024-03-05-14-22-11_softmax.py\n")
    write("dl/HW_1_ann_lee_attempt_2024-03-05-14-22-11_softmax.py", CODE)
    write("dl/HW_1_bo_attempt_2024-03-05-14-22-11_softmax.py", CODE)  # no receipt: the file name's guess
    found = discover(tmp_path / "dl", EXERCISES)
    assert sorted(_by_student(found)) == ["ann_lee", "bo"] and found.problems == []


def test_a_receipt_in_another_time_zone_than_the_names_are_read_in_is_one_line(write, tmp_path):
    for student in ("alee", "bkim"):
        write(f"dl/HW1_{student}_attempt_2024-03-05-14-22-11.txt",
              f"Name: A B ({student})\nAssignment: HW1\nDate Submitted: Tuesday, March 5, 2024 2:22:11 PM CST\n")
        write(f"dl/HW1_{student}_attempt_2024-03-05-14-22-11_softmax.py", CODE)
    found = discover(tmp_path / "dl", EXERCISES)
    assert _one_line(found.problems) == [
        "HW1_alee_attempt_2024-03-05-14-22-11.txt: Blackboard's receipt says CST, the download's times are read in "
        "UTC; give --lms-time-zone (the Blackboard server's, e.g. America/Chicago for CST)"]
    assert discover(tmp_path / "dl", EXERCISES, lms_zone=ZoneInfo("America/Chicago")).problems == []


def test_a_gradescope_export_inside_the_class_folder_is_not_one_student(write, tmp_path):
    write("dl/assignment_4242_export/submission_metadata.yml", GRADESCOPE_METADATA)
    write("dl/assignment_4242_export/submission_111/softmax.py", CODE)
    write("dl/ann/softmax.py", CODE)
    found = discover(tmp_path / "dl", EXERCISES)
    assert [s.student for s in found.submissions] == ["ann"]
    assert _one_line(found.problems) == [
        "assignment_4242_export: a Gradescope export (it holds submission_metadata.yml); not graded: give the folder "
        "itself to grade it (mlptutor grade dl/assignment_4242_export)"]


def test_a_bad_lms_time_zone_is_one_line(tmp_path):
    from click.testing import CliRunner

    from mlptutor.cli import cli

    (tmp_path / "dl").mkdir()
    result = CliRunner().invoke(cli, ["grade", str(tmp_path / "dl"), "--lms-time-zone", "Mars/Olympus"])
    assert result.exit_code != 0 and "unknown time zone 'Mars/Olympus'" in result.output
    assert "Traceback" not in result.output
