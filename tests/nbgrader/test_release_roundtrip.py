"""The nbgrader round trip against real nbgrader: mlptutor release -> nbgrader generate_assignment ->
submissions (correct, wrong, untouched) -> nbgrader autograde and mlptutor grade give the same points ->
mlptutor export into gradebook.db (the same grade cells) -> nbgrader export -> nbgrader release_feedback."""

import csv
import json

import pytest

from nb_helpers import SOLUTIONS, run_cli, run_nbgrader

from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.nbgrader.api import nbgrader_api, tools_on_path
from mlptutor.grader.nbgrader.release import solution_cell_source

CORRECT = (SOLUTIONS / "softmax.py").read_text()
WRONG = CORRECT.replace("E = np.exp(Z - Z.max(axis=-1, keepdims=True))", "E = np.exp(Z)")


def test_solution_regions_call_the_reference_and_keep_the_stub():
    source = solution_cell_source("layers", (SOLUTIONS.parents[1] / "exercises" / "layers.py").read_text())
    assert "def dense_forward(A, W, b):" in source and "NotImplementedError" not in source
    assert "    ### BEGIN SOLUTION\n    from mlptutor.reference.layers import dense_forward as solution\n" \
           "    return solution(A, W, b)\n    ### END SOLUTION" in source


def test_release_generate_autograde_export_and_release_feedback(tmp_path):
    course, exchange = tmp_path / "course", tmp_path / "exchange"
    course.mkdir()
    exchange.mkdir()
    (course / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.CourseDirectory.course_id = 'mlp101'\nc.Exchange.root = {str(exchange)!r}\n")
    run_cli("release", "--format", "nbgrader", "--course", course, "--assignment", "ps1", "--exercise", "softmax")
    assert "### BEGIN SOLUTION" in (course / "source" / "ps1" / "softmax.ipynb").read_text()
    run_nbgrader(course, "generate_assignment", "ps1")
    released = json.loads((course / "release" / "ps1" / "softmax.ipynb").read_text())
    assert "reference" not in json.dumps(released)  # the solutions stay with the instructor

    for student, code in {"ann": CORRECT, "bob": WRONG, "cy": None, "dee": CORRECT}.items():
        notebook = json.loads(json.dumps(released))
        if code is not None:
            notebook["cells"][1]["source"] = code
        if student == "dee":  # a scratch cell of her own that raises: nbgrader runs the cells after it
            notebook["cells"].insert(2, {"cell_type": "code", "metadata": {}, "source": "plt.plot([1, 2])",
                                         "outputs": [], "execution_count": None})
        folder = course / "submitted" / student / "ps1"
        folder.mkdir(parents=True)
        (folder / "softmax.ipynb").write_text(json.dumps(notebook))
        (folder / "timestamp.txt").write_text("2024-03-01 16:00:00.000000 UTC")
        (folder / "submission_secret.txt").write_text(f"secret-{student}")
    run_nbgrader(course, "autograde", "ps1")

    api = nbgrader_api()
    db_url = f"sqlite:///{course}/gradebook.db"
    with tools_on_path(), api.Gradebook(db_url, "mlp101") as gb:
        autograded = {s: gb.find_submission_notebook("softmax", "ps1", s).score for s in ("ann", "bob", "cy", "dee")}
        cells = gb.db.query(api.GradeCell).count()

    run_cli("grade", course, "--out", tmp_path / "out", "--workers", "1")
    with Gradebook(tmp_path / "out" / "gradebook.sqlite") as gb:
        reports = {r.student: r for r in gb.reports("ps1")}
    ours = {s: round(sum(c.points for c in r.checks if c.exercise == "softmax"), 6) for s, r in reports.items()}
    assert ours == pytest.approx(autograded, abs=1e-6)  # nbgrader sums its cells in floats
    full = sum(c.max_points for c in reports["ann"].checks if c.exercise == "softmax")
    assert ours["ann"] == full and 0 < ours["bob"] < full and ours["cy"] == 0
    assert ours["dee"] == full and "notebook cell 3 raised NameError" in next(
        c.message for c in reports["dee"].checks if c.check == "cells")

    run_cli("export", "--format", "nbgrader-db", "--gradebook", tmp_path / "out" / "gradebook.sqlite",
         "--nbgrader-course", course)
    with tools_on_path(), api.Gradebook(db_url, "mlp101") as gb:
        softmax_cells = [c for c in gb.db.query(api.GradeCell).all() if c.notebook.name == "softmax"]
        assert len(softmax_cells) == cells  # autograde's grade cells, updated, not doubled
    run_nbgrader(course, "export", "--to", "grades.csv")
    exported = {r["student_id"]: float(r["score"]) for r in csv.DictReader((course / "grades.csv").open())}
    assert exported == pytest.approx({s: r.score for s, r in reports.items()}, abs=1e-6)

    run_nbgrader(course, "release_feedback", "ps1")
    from nbgrader.utils import notebook_hash

    page = exchange / "mlp101" / "feedback" / f"{notebook_hash(secret='secret-bob', notebook_id='softmax')}.html"
    assert "softmax-no-max-shift" in page.read_text()


def test_every_exercise_releases_with_a_region_and_a_test_cell_per_function(tmp_path):
    import ast
    import importlib

    run_cli("release", "--format", "nbgrader", "--course", tmp_path)
    released = sorted((tmp_path / "source" / "mlp").glob("*.ipynb"))
    assert len(released) == len(list((SOLUTIONS.parents[1] / "exercises").glob("*.py")))
    for path in released:
        cells = json.loads(path.read_text())["cells"]
        source = "".join(cells[1]["source"])
        names = [n.name for n in ast.parse(source).body if isinstance(n, ast.FunctionDef)]
        reference = importlib.import_module(f"mlptutor.reference.{path.stem}")
        assert names and all(hasattr(reference, n) for n in names), path.stem
        assert source.count("### BEGIN SOLUTION") == len(names) and "NotImplementedError" not in source
        assert sorted(c["metadata"]["nbgrader"]["grade_id"] for c in cells[2:]) == sorted(names)
