"""Round 10 outsider: nbgrader's submitted/ listed once per `mlptutor grade`, Moodle's group submissions and
localised worksheets, Gradescope's roster, Blackboard's original file names, Canvas's _late against file
times, the zip end record read by hand, a YAML alias bomb, and the LMS import files checked field by field."""

from pathlib import Path

import pytest
from bulk_fakes import FakeEngine
from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.bulk import commands


@pytest.fixture
def fake_engine(monkeypatch):
    monkeypatch.setattr(commands, "Engine", FakeEngine)


def _grade(root: Path, out: Path, *options: str):
    result = CliRunner().invoke(cli, ["grade", str(root), "--out", str(out), *options])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result.output


def test_grade_lists_nbgrader_submitted_folder_once(tmp_path, write, monkeypatch, fake_engine):
    for student in ("ann", "bob"):
        write(f"course/submitted/{student}/hw1/softmax.py", "CORRECT")
    write("course/source/hw1/softmax.ipynb", "{}")
    listed = []
    real = Path.iterdir

    def counting(path):
        listed.append(path.relative_to(tmp_path).as_posix() if path.is_relative_to(tmp_path) else "")
        return real(path)

    monkeypatch.setattr(Path, "iterdir", counting)
    said = _grade(tmp_path / "course", tmp_path / "out")
    assert "hw1: 2 submissions, 2 graded" in said
    assert listed.count("course/submitted") == 1
    assert listed.count("course/submitted/ann") == 1 and listed.count("course/submitted/bob") == 1


# Moodle's grading worksheet of a team assignment: a Group column (the group's name; "Default group" for a
# student in none), identities as "Participant <id>"
TEAM_WORKSHEET = ("Identifier,\"Full name\",\"Email address\",Status,Group,Grade,\"Maximum Grade\","
                  "\"Last modified (submission)\",\"Last modified (grade)\"\r\n"
                  "\"Participant 501\",\"Ann Lee\",ann@uni.edu,Submitted,\"Team_A\",,4.00,-,-\r\n"
                  "\"Participant 502\",\"Bo Yu\",bo@uni.edu,Submitted,\"Team_A\",,4.00,-,-\r\n"
                  "\"Participant 503\",\"Cy Ng\",cy@uni.edu,Submitted,\"Default group\",,4.00,-,-\r\n"
                  "\"Participant 504\",\"Di Ho\",di@uni.edu,\"No submission\",\"Team B\",,4.00,-,-\r\n")


def test_moodle_team_submission_is_graded_once_and_given_to_every_member(tmp_path, write, fake_engine):
    # mod/assign's downloader: <group name, "_" as space>_<group id>_assignsubmission_<plugin>; no id for the
    # students in no group
    write("dl/Team A_17_assignsubmission_file/softmax.py", "CORRECT")
    write("dl/Default group_assignsubmission_file/softmax.py", "HALF")
    roster = write("worksheet.csv", TEAM_WORKSHEET)
    said = _grade(tmp_path / "dl", tmp_path / "out", "--roster", str(roster))
    assert "2 submissions, 2 graded" in said
    assert "504: on the roster, no submission" in said
    rows = (tmp_path / "out" / "grades.csv").read_text().splitlines()
    assert rows[0].startswith("student,losses,softmax,")
    assert [r.split(",")[:3:2] for r in rows[1:]] == [["501", "2"], ["502", "2"], ["503", "1"]]
    result = CliRunner().invoke(cli, ["export", "--format", "moodle-worksheet", "--gradebook",
                                      str(tmp_path / "out" / "gradebook.sqlite"), "--roster", str(roster),
                                      "--out", str(tmp_path / "ws.csv")])
    assert result.exit_code == 0, result.output
    written = (tmp_path / "ws.csv").read_text()
    assert "Participant 501" in written and "Participant 502" in written and "Participant 503" in written


def test_moodle_team_submission_without_the_groups_is_one_line(tmp_path, write, fake_engine):
    write("dl/Default group_assignsubmission_file/softmax.py", "HALF")
    write("dl/Ann Lee_501_assignsubmission_file/softmax.py", "CORRECT")
    said = _grade(tmp_path / "dl", tmp_path / "out")
    assert ("Default group_assignsubmission_file: Moodle's team submission of 'Default group', whose members are "
            "unknown; not graded (give the assignment's grading worksheet, with its Group column, as --roster)") in said
