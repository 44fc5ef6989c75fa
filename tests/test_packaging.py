"""The wheel installs one import package, `mlptutor`, made of the repository's top-level folders.

grader/, reference/ and question_bank/ install as mlptutor.grader, mlptutor.reference,
mlptutor.question_bank (pyproject.toml's package-dir); nothing else lands in site-packages.
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
           "mlptutor.question_bank": "question_bank"}
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
    editable install) imports the packages from the wheel and runs the command."""
    venv.create(tmp_path / "venv", with_pip=True)
    python = tmp_path / "venv" / "bin" / "python"
    install = subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", "--disable-pip-version-check",
                              str(wheel)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # a path line only: this venv's .pth files (the editable finder) are not run
    deps = next(p for p in sys.path if p.endswith("site-packages"))
    Path(site, "deps.pth").write_text(deps + "\n")
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
