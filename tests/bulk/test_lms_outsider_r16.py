"""Round 16 outsider: documents as Canvas, Blackboard and Brightspace hand them over, read against what
mlptutor writes back. An LMS's own gradebook export given as the roster says how many points the assignment's
column is worth (Canvas's Points Possible row, Blackboard's "[Total Pts: 4 Score] |id", Brightspace's
"<Numeric MaxPoints:4>"): an import of points on another scale is one line, never a silent 437% (Canvas,
Blackboard) or every grade capped at full marks (Brightspace)."""

import codecs

import pytest
from bulk_fakes import FakeEngine
from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.bulk import commands
from mlptutor.grader.bulk.lms import item_scale
from mlptutor.roster import read_roster

# Canvas: Actions > Export Entire Gradebook (BOM, CRLF), with a manual posting policy's row above Points Possible
CANVAS = ("\ufeffStudent,ID,SIS User ID,SIS Login ID,Section,HW3 softmax (4411),Quiz 1 (4412),Current Score\r\n"
          ",,,,,Manual Posting,,\r\n"
          "    Points Possible,,,,,4.00,10.00,(read only)\r\n"
          '"Müller, Jürgen",101,S0101,jmuller,"NN 101, A",,8.00,80.00%\r\n')
# Blackboard Grade Center: Work Offline > Download, tab-delimited UTF-16 (calculated columns say "up to")
BLACKBOARD = ("Last Name\tFirst Name\tUsername\tStudent ID\tTotal [Total Pts: up to 14] |7230\t"
              "HW3 softmax [Total Pts: 4 Score] |7240\r\n"
              "Müller\tJürgen\tjmuller\tS0101\t\t\r\n")
# Brightspace: Grades > Export, Points grade, both key fields
BRIGHTSPACE = ("OrgDefinedId,Username,Last Name,First Name,\"HW3 Points Grade <Numeric MaxPoints:4 Weight:10>\","
               "End-of-Line Indicator\n"
               "#S0101,#jmuller,Müller,Jürgen,,#\n")


@pytest.fixture
def roster_of(tmp_path):
    def _read(text: str, encoding: str = "utf-8"):
        path = tmp_path / "roster.csv"
        data = text.encode(encoding)
        path.write_bytes(codecs.BOM_UTF16_LE + data if encoding == "utf-16-le" else data)
        return read_roster(path)
    return _read


@pytest.mark.parametrize("fmt, text, encoding, item, column, takes", [
    ("canvas", CANVAS, "utf-8", "4411", "HW3 softmax (4411)", "records the points as written (over 100%)"),
    ("blackboard", BLACKBOARD, "utf-16-le", "7240", "HW3 softmax [Total Pts: 4 Score] |7240",
     "records the points as written"),
    ("brightspace", BRIGHTSPACE, "utf-8", "", "HW3 Points Grade <Numeric MaxPoints:4 Weight:10>",
     "caps each grade at the item's maximum unless it Can Exceed"),
])
def test_an_lms_column_worth_other_points_than_mlptutors_maximum_is_one_line(roster_of, fmt, text, encoding, item,
                                                                             column, takes):
    roster = roster_of(text, encoding)
    system = roster.layout.system
    assert item_scale(fmt, roster, "HW3", item, 4.0) == []
    (line,) = item_scale(fmt, roster, "HW3", item, 362.5)
    assert line == (f"{system}'s column {column!r} in {roster.path} is worth 4 points, mlptutor's HW3 362.5: "
                    f"{system} {takes}; set the assignment's points to 362.5 in {system} before importing (or grade with "
                    "--exercises naming its exercises)")
    # another LMS's file says nothing of Moodle's scale: only the maximum to set, as for any roster (lms22)
    assert [system in line for line in item_scale("moodle", roster, "HW3", item, 362.5)] == [False]


def test_an_item_id_no_column_of_the_lms_export_holds_is_one_line(roster_of):
    roster = roster_of(CANVAS)
    assert item_scale("canvas", roster, "HW3", "4412", 10.0) == []  # the quiz's column, 10 points
    # no id, no column of that name: the import adds one (lms19: it was silent)
    assert item_scale("canvas", roster, "HW3", "", 362.5)[0].startswith("Canvas's import adds a new column 'HW3'")
    assert item_scale("canvas", roster, "hw3 softmax", "", 4.0) == [
        f"Canvas's column 'HW3 softmax (4411)' in {roster.path} is named like hw3 softmax: give --lms-item-id 4411 so "
        "that the import finds that column by its id"]
    blackboard = roster_of(BLACKBOARD, "utf-16-le")
    assert item_scale("blackboard", blackboard, "HW3 softmax", "", 4.0)[0].endswith("--lms-item-id 7240 so that the "
                                                                                    "import finds that column by its id")
    assert item_scale("canvas", roster, "HW3", "9999", 4.0) == [
        f"--lms-item-id 9999: no column of {roster.path} has that Canvas id; check it (the import would add a new "
        "column)"]
    assert item_scale("brightspace", roster_of(BRIGHTSPACE), "HW4", "", 362.5)[0].startswith(
        "Brightspace's import adds a new column 'HW4'")  # a new item of that name


def test_export_prints_the_scale_line(tmp_path, write, monkeypatch):
    monkeypatch.setattr(commands, "Engine", FakeEngine)  # softmax and losses, 2 points each: 4 in all
    write("cls/101/softmax.py", "CORRECT")
    roster = write("roster.csv", CANVAS.replace("4.00,10.00", "10.00,4.00"))
    runner = CliRunner()
    graded = runner.invoke(cli, ["grade", str(tmp_path / "cls"), "--out", str(tmp_path / "out")])
    assert graded.exit_code == 0, graded.output
    result = runner.invoke(cli, ["export", "--format", "canvas", "--gradebook", str(tmp_path / "out/gradebook.sqlite"),
                                 "--roster", str(roster), "--lms-item-id", "4411", "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert "Canvas's column 'HW3 softmax (4411)' in " in result.output
    assert "is worth 10 points, mlptutor's cls 4: Canvas records" in result.output
    ok = runner.invoke(cli, ["export", "--format", "canvas", "--gradebook", str(tmp_path / "out/gradebook.sqlite"),
                             "--roster", str(roster), "--lms-item-id", "4412", "--out", str(tmp_path / "c.csv")])
    assert "worth" not in ok.output and "no column" not in ok.output


def test_blackboard_attempts_without_receipts_are_the_rosters_username_holding_an_underscore(tmp_path, roster_of):
    """Cleanup scripts delete Blackboard's receipts; the roster then tells 'ann_lee' from 'lee' in the names."""
    from mlptutor.grader.bulk.discovery import discover

    roster = roster_of(BLACKBOARD.replace("jmuller", "ann_lee") + "Lee\tBo\tlee\tS0102\t\t\r\n", "utf-16-le")
    folder = tmp_path / "download"
    folder.mkdir()
    (folder / "HW 1_ann_lee_attempt_2024-03-01-10-00-00_softmax.py").write_text("def softmax(z):\n    return z\n")
    (folder / "HW 1_lee_attempt_2024-03-01-11-00-00_softmax.py").write_text("def softmax(z):\n    return 2 * z\n")
    found = discover(folder, ["softmax", "losses"], roster=roster)
    assert sorted(s.student for s in found.submissions) == ["ann_lee", "lee"]
    assert [s.student for s in found.submissions if "2 * z" in s.modules["softmax"]] == ["lee"]
    # without a roster (or receipts) the names alone cannot tell: ann_lee's file reads as lee's earlier attempt
    assert [s.student for s in discover(folder, ["softmax"]).submissions] == ["lee"]


def test_a_canvas_submission_of_a_file_and_a_zip_is_one_submission(tmp_path):
    """Canvas downloads each attachment of a student's one submission under their user id: a .py and a .zip."""
    import zipfile

    from mlptutor.grader.bulk.discovery import discover

    folder = tmp_path / "submissions"
    folder.mkdir()
    (folder / "doejane_104_5554_softmax.py").write_text("def softmax(z):\n    return z\n")
    with zipfile.ZipFile(folder / "doejane_late_104_5556_hw3.zip", "w") as archive:
        archive.writestr("hw3/losses.py", "def mse(a, b):\n    return 0\n")
    with zipfile.ZipFile(folder / "alee.zip", "w") as archive:  # a zip of mlptutor's own layout stays one student's
        archive.writestr("softmax.py", "def softmax(z):\n    return 2 * z\n")
    found = discover(folder, ["softmax", "losses"])
    assert [p for p in found.problems if "without --roster" not in p] == []  # lms21
    (jane, alee) = found.submissions  # by id
    assert (alee.student, sorted(alee.modules)) == ("alee", ["softmax"])
    assert (jane.student, sorted(jane.modules), jane.marked_late) == ("104", ["losses", "softmax"], True)


def test_brightspaces_download_is_each_students_by_the_rosters_name(tmp_path, roster_of):
    """Brightspace's download names a file '<ids> - <First Last> - <time> - <file>' beside an index.html."""
    from datetime import datetime, timezone

    from mlptutor.grader.bulk.discovery import discover

    roster = roster_of(BRIGHTSPACE + "#S0102,#pobrien,O'Brien,Pat,,#\n#S0103,#pat2,O'Brien,Pat,,#\n"
                       "#S0104,#xwang,Wang,Xiaoming,,#\n")
    folder = tmp_path / "HW3 Download Mar 5, 2024 1200 PM"
    folder.mkdir()
    (folder / "index.html").write_text("<html></html>")
    (folder / "39786-96739 - Jürgen Müller - Mar 1, 2024 1022 AM - softmax.py").write_text("def softmax(z):\n    return z\n")
    (folder / "39790-96739 - Xiaoming Wang - Mar 1, 2024 105 PM - softmax.py").write_text("def softmax(z):\n    return 2\n")
    (folder / "39791-96739 - Xiaoming Wang - Mar 1, 2024 1030 AM - softmax.py").write_text("def softmax(z):\n    return 1\n")
    (folder / "39787-96739 - Pat O'Brien - Mar 2, 2024 1130 PM - softmax.py").write_text("def softmax(z):\n    return 0\n")
    found = discover(folder, ["softmax"], roster=roster)
    assert [(s.student, s.submitted_at) for s in found.submissions] == [
        ("jmuller", datetime(2024, 3, 1, 10, 22, tzinfo=timezone.utc)),
        ("xwang", datetime(2024, 3, 1, 13, 5, tzinfo=timezone.utc))]  # 105 PM is 1:05 PM; its last submission
    assert "return 2" in found.submissions[1].modules["softmax"]
    pat, earlier = found.problems  # index.html is no problem
    assert pat == ("39787-96739 - Pat O'Brien - Mar 2, 2024 1130 PM - softmax.py: Brightspace's download names the "
                   "student by name alone, and \"Pat O'Brien\" is the students pat2, pobrien; not graded (give "
                   "Brightspace's grades export, with First Name and Last Name, as --roster; rename the files of two "
                   "students of one name to <username>_<file>)")
    assert earlier.startswith("39791-96739 - Xiaoming Wang - Mar 1, 2024 1030 AM - softmax.py: an earlier attempt of")


def test_a_zip_a_student_uploaded_into_moodle_is_read_from_its_submission_folder(tmp_path, write):
    """Moodle's file submission folder (and a per-student folder) holding only the student's zip: its files."""
    import zipfile

    from mlptutor.grader.bulk.discovery import discover
    from mlptutor.grader.bulk.filelimits import FileLimits

    def zipped(path, files):
        with zipfile.ZipFile(path, "w") as archive:
            for name, text in files.items():
                archive.writestr(name, text)

    folder = tmp_path / "download"
    own = folder / "Ann Lee_900001_assignsubmission_file"
    own.mkdir(parents=True)
    zipped(own / "hw3.zip", {"hw3/softmax.py": "def softmax(z):\n    return z\n"})
    both = folder / "Bo Yu_900002_assignsubmission_file"
    both.mkdir()
    (both / "softmax.py").write_text("def softmax(z):\n    return 2 * z\n")
    zipped(both / "old.zip", {"softmax.py": "def softmax(z):\n    return 0\n"})  # beside a source: not read
    (folder / "cy").mkdir()
    zipped(folder / "cy" / "a.zip", {"softmax.py": "x = 1\n" * 10})
    zipped(folder / "cy" / "b.zip", {"losses.py": "y = 2\n" * 10})  # the two zips' bytes share one budget
    found = discover(folder, ["softmax", "losses"], limits=FileLimits(total_bytes=100))
    by = {s.student: s for s in found.submissions}
    assert sorted(by) == ["900001", "900002", "cy"]
    assert "return z" in by["900001"].modules["softmax"] and "2 * z" in by["900002"].modules["softmax"]
    assert sorted(by["cy"].modules) == ["softmax"]
    assert any("cy/b.zip" in line and "bytes" in line for line in by["cy"].problems)


def test_grade_exercises_makes_the_maximum_the_lms_assignments(tmp_path, write, monkeypatch):
    """An LMS assignment of a few exercises: --exercises grades out of those alone; another set grades again."""
    monkeypatch.setattr(commands, "Engine", FakeEngine)  # softmax and losses, 2 points each
    write("cls/101/softmax.py", "CORRECT")
    runner = CliRunner()

    def grade(*options):
        result = runner.invoke(cli, ["grade", str(tmp_path / "cls"), "--out", str(tmp_path / "out"), *options])
        assert "Traceback" not in result.output
        return result

    assert "1 graded, 0 already graded" in grade("--exercises", "softmax").output
    rows = (tmp_path / "out" / "grades.csv").read_text().splitlines()
    assert rows[0].startswith("student,softmax,total,max_score,") and rows[1].startswith("101,2,2,2,")
    assert "0 graded, 1 already graded" in grade("--exercises", " softmax ,").output
    assert "1 graded, 0 already graded" in grade().output  # out of every exercise now: graded again
    assert (tmp_path / "out" / "grades.csv").read_text().splitlines()[1].startswith("101,0,2,2,4,")
    bad = grade("--exercises", "softmax,sofmax")
    assert bad.exit_code == 2 and "'sofmax': not an exercise of the course (they are losses, softmax)" in bad.output


def test_the_gradescope_build_says_the_autograder_points_to_set(tmp_path, monkeypatch):
    """Gradescope shows results.json's score out of the assignment's autograder points, set by hand."""
    from mlptutor.grader import gradescope
    from mlptutor.grader.specs import load_specs

    monkeypatch.setattr(gradescope, "build_autograder", lambda *args: None)  # the archive is tests/release's

    result = CliRunner().invoke(cli, ["gradescope", "--out", str(tmp_path / "ag.zip"), "--exercises", "softmax"])
    points = load_specs()["softmax"].max_points
    assert result.exit_code == 0 and f"out of {points:g} points: set the assignment's autograder points to " \
        f"{points:g})" in result.output
