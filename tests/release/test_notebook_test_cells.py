"""The test cells of an nbgrader release run in a student's kernel holding the course's student bundle, not mlptutor.

`mlptutor release --format nbgrader` tells students to run its test cells; they needed the whole grader in the
kernel (`mlptutor.grader.nbgrader.cell_grader` grades with the reference and the specs), so a course whose students
could run them had every solution and the hidden-input draws installed where the students work. With the student
bundle installed instead, a test cell gives the points of the bundle's public checks, as `mlptutor-student check`.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

from mlptutor.grader.nbgrader.release import grade_cell_source

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"
# a student's kernel: no mlptutor installed (this checkout's editable finder dropped), its instructor packages
# unimportable (as the checker's tests block them)
NO_GRADER = ("import sys\nsys.meta_path[:] = [f for f in sys.meta_path if 'mlptutor' not in repr(f)]\n"
             "sys.modules['mlptutor.reference'] = None\nsys.modules['mlptutor.question_bank'] = None\n"
             "sys.modules['mlptutor.grader.specs.softmax'] = None\n")


def test_a_test_cell_runs_on_the_student_bundle_without_the_reference(bundle, tmp_path):
    *lines, call = grade_cell_source("softmax", "softmax").splitlines()
    kernel = tmp_path / "kernel.py"  # the kernel's history: the solution cell, then the test cell's value printed
    kernel.write_text(NO_GRADER + f"In = ['', {(SOLUTIONS / 'softmax.py').read_text()!r}]\n" + "\n".join(lines)
                      + f"\nprint('POINTS', {call})\n")
    env = {**os.environ, "PYTHONPATH": str(bundle), "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, str(kernel)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert re.search(r"^POINTS 4\.5$", done.stdout, re.M), done.stdout


def test_a_test_cell_in_a_graders_environment_with_the_bundle_installed_too_grades_with_mlptutor(bundle, tmp_path):
    """A grader's environment where the student bundle is importable too (a TA tried it): the test cell imported
    mlptutor_student first, which put the bundle's copy of the grader first on sys.path, and nbgrader autograde graded
    the kernel's history by the public checks (a notebook with its answer below the test cells: 0 of 17.5 there,
    17.5 in `mlptutor grade`; read24, with a real nbgrader course). The cell now takes mlptutor itself when it is
    there; one subprocess, no grading."""
    *lines, _ = grade_cell_source("softmax", "softmax").splitlines()
    kernel = tmp_path / "kernel.py"
    kernel.write_text("\n".join(lines) + "\nimport sys\nfrom mlptutor.grader.nbgrader import cell_grader\n"
                      "print('BUNDLE', 'mlptutor_student' in sys.modules, cell_grader.__file__)\n")
    env = {**os.environ, "PYTHONPATH": str(bundle)}
    done = subprocess.run([sys.executable, str(kernel)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("BUNDLE False ") and str(bundle) not in done.stdout, done.stdout
