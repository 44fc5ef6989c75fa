"""`mlptutor release --out DIR [--exercises a,b]`: the student bundle.

    DIR/README.md               how to install, start and check (for students)
    DIR/exercises/              the stubs and their README
    DIR/pyproject.toml          `pip install DIR` installs the checker
    DIR/mlptutor_student/       the checker: cli, replay, codec, standins (grader/release/student/)
        stubs/                  what `mlptutor-student init` copies
        public/checks.json      the public checks' plans (JSON) ...
        public/arrays.npz       ... and their arrays (a flat .npy per dtype and a table, read without pickle)
        predicates/             spec functions judging behaviour, carried as source (portable.py)
        _lib/                   the grader's judging code and sandbox (grader/release/vendor.py)

The checker's distribution is `mlptutor-student` and its command
`mlptutor-student`: installed next to the instructor's `mlptutor` (a TA
trying the release) neither replaces the other's files or command.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import re
import shutil
from pathlib import Path

from mlptutor.grader.release import ReleaseError
from mlptutor.grader.release.record import record
from mlptutor.grader.release.vendor import ROOT, copy_into
from mlptutor.grader.spec import ExerciseSpec
from mlptutor.grader.versioning import GRADER_VERSION

PACKAGE = "mlptutor_student"
TEMPLATE = ROOT / "grader" / "release" / "student"
EXERCISES = ROOT / "exercises"  # the checkout's exercises/, installed as mlptutor/exercises (pyproject.toml)

PYPROJECT = """[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "mlptutor-student"
version = "{version}"
description = "Exercise stubs and public checks of the MLP course (no solutions inside)"
requires-python = ">=3.11"
dependencies = ["numpy>=2", "click>=8.1", "nbformat>=5.9"]  # nbformat: the checker reads notebooks as grading does

[project.scripts]
mlptutor-student = "mlptutor_student.cli:main"

[tool.setuptools.packages.find]
include = ["mlptutor_student*"]

[tool.setuptools.package-data]
"*" = ["*.md", "*.json", "*.npz", "*.py"]
"""

README = """# MLP course: exercises

Install the checker once, from this folder (it holds no solutions: the
checks' inputs and expected values were recorded when the exercises were
released):

    pip install .

Start: copy the exercise files into a folder of your own (it never
overwrites a file that is already there):

    mlptutor-student init my-work

Write your functions in `my-work/*.py` (rules: `exercises/README.md`), then
check them as often as you like:

    mlptutor-student check my-work            # every exercise file there
    mlptutor-student check my-work/softmax.py # one exercise

(`python -m mlptutor_student ...` works too.) The checks you run here are the
public ones: the same inputs for everyone. When you submit, the grader runs
every check again on inputs drawn for you (hidden cases), and a few checks
that cannot run here ({later}). Passing here is a good sign, not a grade.

Exercises in this release: {names}.
"""


def exercise_names(specs: dict[str, ExerciseSpec], wanted: str | None) -> list[str]:
    """The exercises to release: all, or those named in `wanted` ("a,b"), checked against the course."""
    if not wanted:
        return sorted(specs)
    names = [n.strip() for n in wanted.split(",") if n.strip()]
    unknown = [n for n in names if n not in specs]
    if unknown or not names:
        raise ReleaseError(f"--exercises: unknown exercise {', '.join(unknown) or '(none given)'}; "
                           f"choose among {', '.join(sorted(specs))}")
    return sorted(set(names))


def write_bundle(out: Path, specs: dict[str, ExerciseSpec], names: list[str]) -> str:
    """The bundle for exercises `names` in the new (or empty) folder `out`; returns the checks left to grading."""
    if not EXERCISES.is_dir():
        raise ReleaseError(f"no exercises/ folder beside the grader ({EXERCISES}): reinstall mlptutor (its wheel "
                           "ships the stubs as mlptutor/exercises) or run mlptutor release from the course repository")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ReleaseError(f"{out}: already exists and is not an empty folder; give a new folder to --out")
    recording = record(specs, names)
    package = out / PACKAGE
    for folder in (out / "exercises", package / "stubs", package / "public"):
        folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(EXERCISES / f"{name}.py", out / "exercises" / f"{name}.py")
        shutil.copyfile(EXERCISES / f"{name}.py", package / "stubs" / f"{name}.py")
    for folder in (out / "exercises", package / "stubs"):
        (folder / "README.md").write_text(_students_readme(names), encoding="utf-8")
    for file in TEMPLATE.glob("*.py"):
        shutil.copyfile(file, package / file.name)
    (package / "public" / "checks.json").write_bytes(recording.checks)
    (package / "public" / "arrays.npz").write_bytes(recording.arrays)
    (package / "predicates").mkdir()
    (package / "predicates" / "__init__.py").write_text('"""Spec functions the checks judge with, carried as source."""\n')
    for module, source in recording.carried.items():
        (package / "predicates" / f"{module}.py").write_text(source, encoding="utf-8")
    copy_into(package / "_lib", recording.modules)
    version = importlib.metadata.version("mlptutor")
    (out / "pyproject.toml").write_text(PYPROJECT.format(version=f"{version}+{GRADER_VERSION}"), encoding="utf-8")
    later = _later(recording.checks)
    (out / "README.md").write_text(README.format(names=", ".join(names),
                                                 later=later or "none in this release"), encoding="utf-8")
    return later


def _students_readme(names: list[str]) -> str:
    """exercises/README.md with its table of files cut to the released ones (a week's release of 3 listed all 21);
    an exercise the table lacks gets a row from its stub's docstring (a new exercise's release showed an empty
    table: adding an exercise touches no list)."""
    lines = (EXERCISES / "README.md").read_text(encoding="utf-8").splitlines(keepends=True)
    listed = {row.group(1) for line in lines if (row := re.match(r"\| `(\w+)\.py` \|", line))}
    kept = [line for line in lines if not (row := re.match(r"\| `(\w+)\.py` \|", line)) or row.group(1) in names]
    table = next(i for i, line in enumerate(kept) if line.startswith("| ---")) + 1
    while table < len(kept) and kept[table].startswith("| `"):
        table += 1
    kept[table:table] = [f"| `{name}.py` | {_summary(name)} |\n" for name in names if name not in listed]
    return "".join(kept)


def _summary(name: str) -> str:
    """The first line of the stub's module docstring, without its 'Exercise: ' prefix."""
    doc = ast.get_docstring(ast.parse((EXERCISES / f"{name}.py").read_text(encoding="utf-8"))) or name
    return doc.splitlines()[0].removeprefix("Exercise: ").replace("|", "\\|")


def _later(checks: bytes) -> str:
    """The checks the student checker leaves to grading, for the README."""
    later = [c for c in json.loads(checks)["checks"] if "replay" not in c]
    return "; ".join(f"{c['exercise']}.{c['function']}: {c['check']}" for c in later)
