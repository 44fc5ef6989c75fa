"""The wheel installs one import package, `mlptutor`, made of the repository's top-level folders.

grader/, reference/, question_bank/ and exercises/ install as mlptutor.grader, mlptutor.reference,
mlptutor.question_bank, mlptutor.exercises (pyproject.toml's package-dir); nothing else lands in
site-packages. Installed, `mlptutor release` writes a student bundle whose checker runs outside the checkout.
"""

import ast
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"mlptutor": "mlptutor", "mlptutor.grader": "grader", "mlptutor.reference": "reference",
           "mlptutor.question_bank": "question_bank", "mlptutor.exercises": "exercises"}
SOLUTIONS = ROOT / "tests" / "solutions"
BARE = {"grader", "reference", "question_bank"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built from a copy of the checkout (so the build leaves nothing in it)."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for folder in FOLDERS.values():
        shutil.copytree(ROOT / folder, src / folder, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "--disable-pip-version-check", "-w", str(out), str(src)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return next(out.glob("mlptutor-*.whl"))


def test_the_wheel_has_one_top_level_package(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"mlptutor", wheel.name.split("-")[0] + "-" + wheel.name.split("-")[1]
                                                + ".dist-info"}
    top_level = next(n for n in names if n.endswith(".dist-info/top_level.txt"))
    assert zipfile.ZipFile(wheel).read(top_level).decode().split() == ["mlptutor"]


def test_every_module_of_the_folders_is_in_the_wheel_under_mlptutor(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"{package.replace('.', '/')}/{p.relative_to(ROOT / folder).as_posix()}"
                for package, folder in FOLDERS.items()
                for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts}
    assert expected - names == set()
    assert "mlptutor/question_bank/render/sheet_templates" in {n.rpartition("/")[0] for n in names}  # package data
    assert "mlptutor/exercises/README.md" in names  # the students' README, copied by `mlptutor release`


def test_no_shipped_module_imports_the_bare_folder_names(wheel):
    archive = zipfile.ZipFile(wheel)
    found = []
    for name in archive.namelist():
        if name.endswith(".py"):
            for node in ast.walk(ast.parse(archive.read(name))):
                modules = ([a.name for a in node.names] if isinstance(node, ast.Import)
                           else [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
                found += [f"{name}:{node.lineno} {m}" for m in modules if m and m.split(".")[0] in BARE]
    assert found == []


@pytest.mark.skipif(os.environ.get("MLPTUTOR_SLOW_TESTS") != "1", reason="set MLPTUTOR_SLOW_TESTS=1 (a fresh venv)")
def test_the_installed_wheel_imports_and_runs_outside_the_checkout(wheel, tmp_path):
    """A fresh venv (its dependencies borrowed from this one's site dir, without this checkout's
    editable install: _venv) imports the packages from the wheel and runs the command."""
    python = _venv(tmp_path / "venv", wheel)
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    probe = ("import mlptutor.grader.pipeline, mlptutor.reference.softmax, mlptutor.question_bank.loader, sys; "
             "print(mlptutor.grader.__file__); print(sorted(m for m in ('grader', 'reference', 'question_bank') "
             "if m in sys.modules))")
    out = subprocess.run([python, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    where, bare = out.stdout.splitlines()
    assert where.startswith(site) and bare == "[]"
    demo = subprocess.run([tmp_path / "venv" / "bin" / "mlptutor", "demo"], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert demo.returncode == 0 and "correct: 4/4" in demo.stdout, demo.stderr
    # the console script's own path for a check: SymPy's companion made before the command line is parsed
    (tmp_path / "derivatives.py").write_text((ROOT / "tests" / "solutions" / "derivatives.py").read_text())
    check = subprocess.run([tmp_path / "venv" / "bin" / "mlptutor", "check", "derivatives.py"], cwd=tmp_path,
                           env={**env, "MLPTUTOR_CACHE": str(tmp_path / "cache")}, capture_output=True, text=True)
    assert check.returncode == 0 and "SymPy confirms it" in check.stdout, check.stdout + check.stderr


def _venv(folder: Path, wheel: Path | None = None) -> Path:
    """A fresh venv (no pip: the wheel goes in with this pip) whose dependencies come from this venv's site dir
    as a path line only (its .pth files, the editable finder of this checkout, are not run); its python."""
    venv.create(folder)
    python = folder / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "deps.pth").write_text(next(p for p in sys.path if p.endswith("site-packages")) + "\n")
    if wheel is not None:
        install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                                  "--disable-pip-version-check", str(wheel)], capture_output=True, text=True)
        assert install.returncode == 0, install.stderr
    return python


def test_the_installed_wheel_releases_a_bundle_whose_checker_runs_outside_the_checkout(wheel, tmp_path):
    """mlptutor release from the installed wheel (stubs shipped as package data), then the bundle's checker
    run as a module in another fresh venv, with no mlptutor installed: init, check."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    instructor = _venv(tmp_path / "instructor", wheel)
    done = subprocess.run([instructor.parent / "mlptutor", "release", "--out", "bundle", "--exercises", "softmax"],
                          cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "bundle" / "exercises").iterdir()) == ["README.md", "softmax.py"]
    student = _venv(tmp_path / "student")
    env["PYTHONPATH"] = str(tmp_path / "bundle")

    def checker(*args):
        return subprocess.run([student, "-m", "mlptutor_student", *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True)
    assert checker("init", "work").returncode == 0
    assert (tmp_path / "work" / "softmax.py").read_text() == (ROOT / "exercises" / "softmax.py").read_text()
    (tmp_path / "work" / "softmax.py").write_text((SOLUTIONS / "softmax.py").read_text())
    right = checker("check", "work/softmax.py")
    assert right.returncode == 0 and right.stdout.startswith("Public checks"), right.stdout + right.stderr
    leak = subprocess.run([student, "-c", "import mlptutor.reference"], cwd=tmp_path, env=env, capture_output=True)
    assert leak.returncode != 0  # the student's environment holds no reference
