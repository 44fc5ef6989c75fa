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
