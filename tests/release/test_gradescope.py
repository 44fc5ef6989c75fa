"""The Gradescope archive, run as Gradescope would in a temporary /autograder; `check --format gradescope` alike."""

import json
import os
import stat
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from mlptutor.grader.gradescope import build_autograder
from mlptutor.cli import cli

SOLUTIONS = Path(__file__).resolve().parent.parent / "solutions"
VISIBILITIES = {"hidden", "after_due_date", "after_published", "visible"}
EXERCISES = ["layers", "softmax"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gradescope") / "autograder.zip"
    build_autograder(out, EXERCISES, "after_published")
    return out


def _run(archive: Path, root: Path, files: dict[str, str]) -> dict:
    """Unpack as Gradescope does (the zip in source/, run_autograder copied to the root), grade `files`."""
    with zipfile.ZipFile(archive) as z:
        z.extractall(root / "source")
    (root / "run_autograder").write_bytes((root / "source" / "run_autograder").read_bytes())
    (root / "submission").mkdir()
    for name, text in files.items():
        (root / "submission" / name).write_text(text)
    (root / "submission_metadata.json").write_text(json.dumps({"users": [{"id": "4242", "email": "a@b.c"}]}))
    env = {**os.environ, "AUTOGRADER_ROOT": str(root), "MLPTUTOR_PYTHON": sys.executable}
    done = subprocess.run(["bash", str(root / "run_autograder")], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads((root / "results" / "results.json").read_text())


def _valid(results: dict) -> None:
    """The fields of Gradescope's results.json specification, with their types."""
    assert isinstance(results["score"], (int, float))
    for test in results["tests"]:
        assert {"name", "score", "max_score", "output", "visibility"} <= set(test)
        assert isinstance(test["name"], str) and isinstance(test["output"], str)
        assert 0 <= test["score"] <= test["max_score"]
        assert test["visibility"] in VISIBILITIES
        assert test.get("status", "passed") in ("passed", "failed")
    assert results.get("visibility", "visible") in VISIBILITIES


def test_the_archive_holds_what_gradescope_expects(archive):
    with zipfile.ZipFile(archive) as z:
        names = set(z.namelist())
        modes = {i.filename: i.external_attr >> 16 for i in z.infolist()}
    assert {"setup.sh", "run_autograder", "config.json", "mlptutor/pyproject.toml"} <= names
    assert "mlptutor/mlptutor/grader/pipeline.py" in names and "mlptutor/mlptutor/reference/softmax.py" in names
    assert modes["run_autograder"] & stat.S_IXUSR and modes["setup.sh"] & stat.S_IXUSR


def test_a_correct_submission_scores_full_marks(archive, tmp_path):
    results = _run(archive, tmp_path, {f"{n}.py": (SOLUTIONS / f"{n}.py").read_text() for n in EXERCISES})
    _valid(results)
    assert {t["name"].split(".")[0] for t in results["tests"]} == set(EXERCISES)
    assert results["score"] == sum(t["max_score"] for t in results["tests"]) > 0
    assert all(t["visibility"] == "after_published" for t in results["tests"])


def test_a_wrong_submission_loses_the_points_of_its_wrong_function(archive, tmp_path):
    wrong = textwrap.dedent((SOLUTIONS / "wrong" / "layers" / "backward_dW_transposed.py").read_text())
    files = {"layers.py": (SOLUTIONS / "layers.py").read_text() + "\n\n" + wrong}  # softmax.py not uploaded
    results = _run(archive, tmp_path, files)
    _valid(results)
    tests = {t["name"]: t for t in results["tests"]}
    assert tests["layers.dense_backward"]["score"] < tests["layers.dense_backward"]["max_score"]
    assert tests["layers.dense_forward"]["score"] == tests["layers.dense_forward"]["max_score"]
    assert results["score"] == sum(t["score"] for t in results["tests"]) < sum(t["max_score"] for t in results["tests"])
    assert "softmax.py" in results["output"]  # the missing file is named


def test_an_upload_without_exercise_files_scores_zero_in_one_line(archive, tmp_path):
    results = _run(archive, tmp_path, {"notes.txt": "hello"})
    assert results["score"] == 0 and results["tests"] == []
    assert "layers.py" in results["output"] and "\n" not in results["output"]


def test_a_file_the_sandbox_cannot_take_is_named_and_the_others_graded(archive, tmp_path):
    files = {"softmax.py": (SOLUTIONS / "softmax.py").read_text(), "layers.py": "x = 1\0\n"}
    results = _run(archive, tmp_path, files)
    _valid(results)
    # graded as `mlptutor grade` and `check FOLDER` grade it: layers 0, its load error named; softmax full marks
    assert "layers.py could not be loaded: SyntaxError: source code string cannot contain null bytes" in json.dumps(
        results)
    assert {t["name"].split(".")[0] for t in results["tests"]} == {"softmax", "layers"}
    assert results["score"] == sum(t["max_score"] for t in results["tests"] if t["name"].startswith("softmax")) > 0


def test_check_format_gradescope_prints_the_same_results(archive, tmp_path):
    files = {f"{n}.py": (SOLUTIONS / f"{n}.py").read_text() for n in EXERCISES}
    results = _run(archive, tmp_path / "root", files)
    printed = CliRunner().invoke(cli, ["check", "--format", "gradescope", "--student", "4242",
                                       str(tmp_path / "root" / "submission")])
    assert printed.exit_code == 0, printed.output
    ours = json.loads(printed.output)
    for data in (ours, results):
        data.pop("execution_time")
    assert ours == results


@pytest.mark.skipif(not os.environ.get("MLPTUTOR_SLOW_TESTS"), reason="pip install into a fresh venv: set MLPTUTOR_SLOW_TESTS=1")
def test_setup_installs_the_archives_source_and_it_grades_outside_the_checkout(archive, tmp_path):
    """What setup.sh does after apt-get: a venv with mlptutor from the archive (not this checkout), then a run."""
    import venv

    venv.create(tmp_path / "venv", with_pip=True, system_site_packages=True)
    python = tmp_path / "venv" / "bin" / "python"
    root = tmp_path / "autograder"
    with zipfile.ZipFile(archive) as z:
        z.extractall(root / "source")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    install = subprocess.run([python, "-m", "pip", "install", "-q", str(root / "source" / "mlptutor")],
                             cwd=tmp_path, env=env, capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    (root / "submission").mkdir()
    (root / "submission" / "softmax.py").write_text((SOLUTIONS / "softmax.py").read_text())
    done = subprocess.run(["bash", str(root / "source" / "run_autograder")], cwd=tmp_path,
                          env={**env, "AUTOGRADER_ROOT": str(root), "MLPTUTOR_PYTHON": str(python)})
    assert done.returncode == 0
    results = json.loads((root / "results" / "results.json").read_text())
    _valid(results)
    assert {t["name"].split(".")[0] for t in results["tests"]} == {"softmax"}  # layers.py was not uploaded
    assert results["score"] == sum(t["max_score"] for t in results["tests"]) > 0
    where = subprocess.run([python, "-c", "import mlptutor.grader; print(mlptutor.grader.__file__)"], cwd=tmp_path, env=env,
                           capture_output=True, text=True).stdout
    assert str(tmp_path / "venv") in where  # graded by the archive's copy, not the checkout
