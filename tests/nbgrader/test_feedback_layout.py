"""Grading an nbgrader course writes feedback in nbgrader's layout; real `nbgrader release_feedback` hands it out."""

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from nb_helpers import student_notebook

from mlptutor.grader.bulk import commands
from mlptutor.grader.nbgrader.api import command
from mlptutor.cli import cli

sys.path.insert(0, str(Path(__file__).parents[1] / "bulk"))  # bulk_fakes
from bulk_fakes import FakeEngine  # noqa: E402


@pytest.fixture(autouse=True)
def fake_engine(monkeypatch):
    monkeypatch.setattr(commands, "Engine", FakeEngine)


def test_release_feedback_hands_out_mlptutors_feedback(tmp_path):
    from nbgrader.utils import notebook_hash

    course, exchange = tmp_path / "course", tmp_path / "exchange"
    exchange.mkdir()
    (course / "submitted" / "fay" / "ps1").mkdir(parents=True)
    (course / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.CourseDirectory.course_id = 'mlp101'\nc.Exchange.root = {str(exchange)!r}\n")
    fay = course / "submitted" / "fay" / "ps1"
    (fay / "softmax.ipynb").write_bytes(student_notebook("CORRECT = True"))
    (fay / "timestamp.txt").write_text("2024-03-01 16:00:00.000000 UTC")
    (fay / "submission_secret.txt").write_text("s3cret")
    (course / "submitted" / "gus" / "ps1").mkdir(parents=True)
    (course / "submitted" / "gus" / "ps1" / "losses.py").write_text("HALF")

    result = CliRunner().invoke(cli, ["grade", str(course), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    page = (course / "feedback" / "fay" / "ps1" / "softmax.html").read_text()
    assert "<h1>Feedback for fay: 2/2</h1>" in page  # the softmax notebook: its exercise alone
    assert (course / "feedback" / "fay" / "ps1" / "softmax.html").stat().st_mode & 0o777 == 0o644
    assert "gus: no timestamp.txt or submission_secret.txt in submitted/gus/ps1/" in result.output
    assert (course / "feedback" / "gus" / "ps1" / "ps1.html").is_file()

    (course / "feedback" / "gus").rename(tmp_path / "gus-feedback")  # release_feedback needs the secret
    run = subprocess.run([command("nbgrader"), "release_feedback", "ps1"], cwd=course, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    released = exchange / "mlp101" / "feedback" / f"{notebook_hash(secret='s3cret', notebook_id='softmax')}.html"
    assert released.read_text() == page
