"""Round 8 outsider: an nbgrader course made with the real nbgrader, submissions as students' tools leave
them (metadata stripped, cells reordered and deleted, a test cell and its checksum altered, a solution cell
duplicated with its id), graded by `mlptutor grade COURSE` and exported into nbgrader's gradebook: the
assignment is worth what its notebooks are worth (nbgrader's maximum), not the whole course's."""

import copy
import csv

import nbformat
from nb_helpers import SOLUTIONS, run_cli, run_nbgrader

from mlptutor.grader.bulk.discovery import SubmittedFolder
from mlptutor.grader.bulk.engine import Engine
from mlptutor.grader.bulk.notebooks import code_cells
from mlptutor.grader.nbgrader.cells import TEST_MARK
from mlptutor.grader.nbgrader.course import assignment_exercises
from mlptutor.grader.nbgrader.release import exercise_notebook
from mlptutor.grader.specs import load_specs

CORRECT = (SOLUTIONS / "softmax.py").read_text()
SOFTMAX_POINTS = load_specs()["softmax"].max_points


def _solved(notebook):
    notebook = copy.deepcopy(notebook)
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("solution"):
            cell.source = CORRECT
    return notebook


def _stripped(notebook):
    for cell in notebook.cells:
        cell.metadata.pop("nbgrader", None)
    return notebook


def test_a_notebook_whose_tool_stripped_the_metadata_never_runs_mlptutors_test_cells():
    notebook = _stripped(_solved(nbformat.reads(exercise_notebook("softmax", load_specs()["softmax"]), 4)))
    cells = code_cells(nbformat.writes(notebook).encode())
    assert len(cells) == 1 and "def softmax(" in cells[0] and not any(TEST_MARK in c for c in cells)


def test_an_assignment_grades_its_own_notebooks_else_every_exercise(tmp_path):
    course = tmp_path / "course"
    (course / "submitted" / "ann" / "ps1").mkdir(parents=True)
    assert assignment_exercises(SubmittedFolder.of(course), None) == ()  # no source/ps1 yet
    (course / "source" / "ps1").mkdir(parents=True)
    (course / "source" / "ps1" / "softmax.ipynb").write_text("{}")
    assert assignment_exercises(SubmittedFolder.of(course), None) == ("softmax",)
    assert SubmittedFolder.of(tmp_path) is None and assignment_exercises(None, None) == ()  # a plain class folder
    assert Engine(only=("softmax",)).exercises() == {"softmax": SOFTMAX_POINTS}
    assert Engine(only=("problem1",)).exercises() == Engine().exercises()  # nbgrader quickstart's own notebook


def test_a_real_nbgrader_course_is_graded_out_of_its_assignment(tmp_path, recwarn):
    course = tmp_path / "course"
    course.mkdir()
    (course / "nbgrader_config.py").write_text("c = get_config()\nc.CourseDirectory.course_id = 'mlp101'\n")
    run_cli("release", "--format", "nbgrader", "--course", course, "--assignment", "ps1", "--exercise", "softmax")
    run_nbgrader(course, "generate_assignment", "ps1")
    released = nbformat.read(course / "release" / "ps1" / "softmax.ipynb", 4)
    reordered = _solved(released)
    reordered.cells = [reordered.cells[i] for i in (0, 2, 4, 1, 3)]  # tests above the code, one deleted
    tampered = _solved(released)
    tampered.cells[2].source = f"import os\nos.system('touch {tmp_path}/PWNED')\n"
    tampered.cells[2].metadata.nbgrader["checksum"] = "0" * 32
    duplicated = _solved(released)
    duplicated.cells.insert(2, copy.deepcopy(duplicated.cells[1]))  # the same cell id twice
    duplicated.cells[1].source = "def softmax(Z):\n    return Z\n"
    submissions = {"ann": _solved(released), "bob": _stripped(_solved(released)), "cat": reordered,
                   "dan": tampered, "eve": duplicated}
    for student, notebook in submissions.items():
        folder = course / "submitted" / student / "ps1"
        folder.mkdir(parents=True)
        nbformat.write(notebook, folder / "softmax.ipynb")
        (folder / "timestamp.txt").write_text("2024-03-01 16:00:00.000000 UTC")

    recwarn.clear()  # nbformat's own warning on writing eve's notebook; none may reach the instructor below
    graded = run_cli("grade", course, "--out", tmp_path / "out", "--workers", "1")
    assert "Traceback" not in graded.output
    rows = {r["student"]: r for r in csv.DictReader((tmp_path / "out" / "grades.csv").read_text().splitlines())}
    assert {s: (float(r["total"]), float(r["max_score"])) for s, r in rows.items()} == {
        s: (SOFTMAX_POINTS, SOFTMAX_POINTS) for s in submissions}
    assert not (tmp_path / "PWNED").exists()

    run_cli("export", "--format", "nbgrader-db", "--gradebook", tmp_path / "out" / "gradebook.sqlite",
            "--nbgrader-course", course)
    assert [str(w.message) for w in recwarn] == []  # nbformat's DuplicateCellId, nbgrader's SAWarning
    run_nbgrader(course, "export", "--to", "grades.csv")
    nbgrader_rows = list(csv.DictReader((course / "grades.csv").read_text().splitlines()))
    assert {float(r["max_score"]) for r in nbgrader_rows} == {SOFTMAX_POINTS}
    assert {r["student_id"]: float(r["score"]) for r in nbgrader_rows} == {s: SOFTMAX_POINTS for s in submissions}
