"""Notebooks as an nbgrader course holds them, built in tests; nbgrader's and mlptutor's commands run on them."""

import os
import subprocess
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[2]
SOLUTIONS = ROOT / "tests" / "solutions"
SETUP = "import numpy as np  # the course's setup"


def role(grade_id: str, *, solution=False, grade=False, locked=False, points=0) -> dict:
    """nbgrader cell metadata (schema version 3)."""
    meta = {"grade": grade, "solution": solution, "locked": locked, "grade_id": grade_id, "schema_version": 3}
    if grade:
        meta["points"] = points
    return {"nbgrader": meta}


def student_notebook(solution: str, tests: str = "assert False, 'the instructor test fails'") -> bytes:
    """An nbgrader notebook: locked instructions, a locked setup cell (`np`, which the kernel runs before the answer),
    the student's solution cell, a locked failing test cell with a hidden-tests block, and a cell the student added."""
    cells = [
        new_markdown_cell("Write softmax.", metadata=role("intro", locked=True)),
        new_code_cell(SETUP, metadata=role("setup", locked=True)),
        new_code_cell(solution, metadata=role("answer", solution=True)),
        new_code_cell(tests + "\n### BEGIN HIDDEN TESTS\nassert 1 == 2\n### END HIDDEN TESTS\n",
                      metadata=role("tests", grade=True, locked=True, points=2)),
        new_code_cell("HELPER = 1  # a cell the student added"),
    ]
    return nbformat.writes(new_notebook(cells=cells)).encode()


def spec_report(student: str, right: dict[str, float]):
    """A report shaped like the real grader's: exercise -> share of each function's checks passed
    (1.0 all, 0.5 the first half, 0 none); exercises not named are missing files."""
    from mlptutor.grader.model import CheckResult, SubmissionReport, missing_file
    from mlptutor.grader.specs import load_specs

    specs = load_specs()
    rows = []
    for exercise, share in right.items():
        for fn in specs[exercise].functions:
            passing = round(len(fn.checks) * share)
            rows += [CheckResult(exercise, fn.name, c.name, "value", c.points if i < passing else 0.0, c.points,
                                 i < passing, "" if i < passing else "wrong values")
                     for i, c in enumerate(fn.checks)]
    rows += [missing_file(name, spec.max_points) for name, spec in specs.items() if name not in right]
    return SubmissionReport(student, rows, content_hash=student, grader_version="test", isolation="none")


def run_nbgrader(course, *args):
    """`nbgrader ARGS` in `course`, with nbgrader's scripts (alembic) on PATH; it must succeed."""
    from mlptutor.grader.nbgrader.api import command, scripts_folder

    env = {**os.environ, "PATH": f"{scripts_folder()}{os.pathsep}{os.environ.get('PATH', '')}"}
    run = subprocess.run([command("nbgrader"), *args], cwd=course, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    return run


def run_cli(*args):
    """`mlptutor ARGS` through click's runner; it must succeed."""
    from click.testing import CliRunner

    from mlptutor.cli import cli

    result = CliRunner().invoke(cli, [*map(str, args)])
    assert result.exit_code == 0, result.output
    return result
