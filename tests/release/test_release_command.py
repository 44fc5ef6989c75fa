"""`mlptutor release`: a weekly release holds only its exercises; bad options are one line."""

import json

from click.testing import CliRunner

from mlptutor.cli import cli


def test_a_weekly_release_holds_only_its_exercises(tmp_path):
    out = tmp_path / "week3"
    done = CliRunner().invoke(cli, ["release", "--out", str(out), "--exercises", "softmax,layers"])
    assert done.exit_code == 0, done.output
    assert sorted(p.name for p in (out / "exercises").iterdir()) == ["README.md", "layers.py", "softmax.py"]
    document = json.loads((out / "mlptutor_student" / "public" / "checks.json").read_text())
    assert document["exercises"] == ["layers", "softmax"]
    assert {c["exercise"] for c in document["checks"]} == {"layers", "softmax"}
    assert "mlptutor-student init" in (out / "README.md").read_text()
    assert 'mlptutor-student = "mlptutor_student.cli:main"' in (out / "pyproject.toml").read_text()


def test_an_unknown_exercise_or_a_used_folder_is_one_line(tmp_path):
    unknown = CliRunner().invoke(cli, ["release", "--out", str(tmp_path / "a"), "--exercises", "softmax,sotfmax"])
    assert unknown.exit_code == 2 and "unknown exercise sotfmax" in unknown.output
    assert unknown.output.count("\n") == 1 and not (tmp_path / "a").exists()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "notes.txt").write_text("mine")
    used = CliRunner().invoke(cli, ["release", "--out", str(tmp_path / "b")])
    assert used.exit_code == 2 and "not an empty folder" in used.output
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == ["notes.txt"]
