import csv
import json
import subprocess
import sys

import pytest
from bulk_fakes import FakeEngine
from click.testing import CliRunner

from mlptutor.grader.bulk import commands
from mlptutor.cli import cli


@pytest.fixture
def fake_engine(monkeypatch):
    monkeypatch.setattr(commands, "Engine", FakeEngine)


def _grade(*args):
    return CliRunner().invoke(cli, ["grade", *map(str, args)])


def test_grade_then_export_every_format(tmp_path, write, fake_engine):
    write("class/alice/softmax.py", "CORRECT")
    write("class/alice/losses.py", "CORRECT")
    write("class/bob.zip", b"not a zip")
    write("class/carol_softmax.py", "HALF")
    out = tmp_path / "out"
    result = _grade(tmp_path / "class", "--out", out, "--workers", "2", "--assignment", "hw1")
    assert result.exit_code == 0, result.output
    assert "hw1: 2 submissions, 2 graded, 0 already graded, 0 failed" in result.output
    assert "bob: nothing to grade (bob.zip: not a readable zip" in result.output
    for name in ("grades.csv", "class-report.html", "feedback/alice.md", "feedback/carol.html",
                 "gradescope/carol/results.json"):
        assert (out / name).is_file(), name

    book = ["--gradebook", out / "gradebook.sqlite"]
    result = CliRunner().invoke(cli, ["export", "--format", "nbgrader", *map(str, book), "--out", str(tmp_path / "nb.csv")])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader((tmp_path / "nb.csv").open()))
    assert [(r["student_id"], r["score"]) for r in rows] == [("alice", "4.0"), ("carol", "1.0")]  # nbgrader's format
    result = CliRunner().invoke(cli, ["export", "--format", "gradescope", *map(str, book), "--out", str(tmp_path / "gs")])
    assert json.loads((tmp_path / "gs" / "alice" / "results.json").read_text())["score"] == 4.0
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--assignment", "hw1", *map(str, book),
                                      "--out", str(tmp_path / "g.csv")])
    assert (tmp_path / "g.csv").read_text() == (out / "grades.csv").read_text()


def test_nbgrader_course_folder_end_to_end(tmp_path, write, fake_engine):
    write("course/submitted/fay/ps1/softmax.py", "CORRECT")
    write("course/submitted/gus/ps1/losses.py", "HALF")
    result = _grade(tmp_path / "course", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "ps1: 2 submissions, 2 graded" in result.output
    rows = list(csv.DictReader((tmp_path / "out" / "grades.csv").open()))
    assert [(r["student"], r["total"]) for r in rows] == [("fay", "2"), ("gus", "1")]


def test_user_errors_are_one_line_and_non_zero(tmp_path, write, fake_engine):
    (tmp_path / "empty").mkdir()
    result = _grade(tmp_path / "empty", "--out", tmp_path / "out")
    assert result.exit_code == 1 and result.output.strip().splitlines()[-1].startswith("Error: nothing could be graded")
    result = _grade(tmp_path / "missing", "--out", tmp_path / "out")
    assert result.exit_code == 1 and "is not a folder" in result.output and "Traceback" not in result.output
    write("class/alice/softmax.py", "CORRECT")
    result = _grade(tmp_path / "class", "--roster", write("r.csv", "name\nalice\n"))
    assert result.exit_code == 1 and "no id column" in result.output
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--gradebook", str(tmp_path / "no.sqlite"), "--out", "x"])
    assert result.exit_code == 1 and "no gradebook at" in result.output
    result = _grade(tmp_path / "class", "--executor", "dask")
    assert result.exit_code == 2 and "needs --scheduler" in result.output


def test_the_default_path_does_not_import_dask():
    code = ("import sys, grader.bulk.commands, grader.bulk.run, grader.bulk.pool; "
            "sys.exit('dask' in sys.modules or 'distributed' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_file_names_with_escape_sequences_are_shown_visibly(tmp_path, write, fake_engine):
    write("class/alice/softmax.py", "CORRECT")
    write("class/alice/\x1b]0;owned\x07\u202eevil.py", "x = 1")
    out = tmp_path / "out"
    result = _grade(tmp_path / "class", "--out", out, "--workers", "1")
    assert result.exit_code == 0, result.output
    problems = (out / "problems.txt").read_text()
    for text in (result.output, problems, (out / "feedback" / "alice.md").read_text()):
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\\x1b]0;owned\\x07\\u202eevil.py" in problems


def test_a_flood_of_problems_shows_the_first_and_keeps_all_in_problems_txt(tmp_path, write, fake_engine, monkeypatch):
    """A class folder of 20,000 empty folders printed 20,000 lines on the terminal (red21); now the first
    SHOWN_PROBLEMS and a line saying where the others are."""
    monkeypatch.setattr(commands, "SHOWN_PROBLEMS", 3)
    write("class/alice/softmax.py", "CORRECT")
    for i in range(5):
        (tmp_path / "class" / f"empty{i}").mkdir()
    out = tmp_path / "out"
    result = _grade(tmp_path / "class", "--out", out, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert result.output.count("nothing to grade") == 3
    assert f"... and 2 more: every one is in {out}/problems.txt" in result.output
    assert (out / "problems.txt").read_text().count("nothing to grade") == 5


def test_exercises_no_submission_holds_are_one_line_naming_the_option(tmp_path, write, fake_engine):
    """A release of some exercises graded without --exercises: every student out of the whole course, unsaid."""
    write("class/alice/softmax.py", "CORRECT")
    write("class/bob_softmax.py", "HALF")
    result = _grade(tmp_path / "class", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert ("no submission holds losses (1 of 2 exercises, 0 points each for everyone): if the assignment is "
            "softmax, grade it with --exercises softmax") in result.output
    again = _grade(tmp_path / "class", "--out", tmp_path / "out2", "--exercises", "softmax")
    assert again.exit_code == 0 and "no submission holds" not in again.output


def test_an_interrupted_grade_exits_130_and_a_help_table_says_what_each_status_means(tmp_path, write, fake_engine,
                                                                                     monkeypatch):
    """Ctrl-C in `mlptutor grade` exited 1, as a failed run does, and no help said what any status meant (read24):
    the shell's 130 now, as every command stopped from outside, and `grade --help` has the table."""
    from mlptutor import stops

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    write("class/alice/softmax.py", "CORRECT")
    monkeypatch.setattr(commands, "grade_class", interrupted)
    result = _grade(tmp_path / "class", "--out", tmp_path / "out", "--workers", "1")
    assert result.exit_code == stops.INTERRUPTED and "interrupted: what was graded is in the gradebook" in result.output
    assert "130  interrupted" in _grade("--help").output
