"""An nbgrader test cell ships the student's own modules the notebook imports, as `mlptutor grade` does: a notebook
importing its utils.py, or running `%run helpers.py`, scored 0 and 4.5 of 17.5 under nbgrader's autograde and 17.5 in
`mlptutor grade` (red19). One grading of softmax in the sandbox: about 1 s of CPU."""

from nb_helpers import SOLUTIONS

from mlptutor.grader.nbgrader.cell_grader import points

USES = (SOLUTIONS / "softmax.py").read_text().replace(
    "Z = np.asarray(Z, dtype=np.float64)\n    E = np.exp(Z - Z.max(axis=-1, keepdims=True))\n    return E / E.sum(",
    "E = np.exp(shifted(Z))\n    return E / total(E, ")


def test_a_test_cell_ships_the_helpers_the_notebook_imports_and_runs(tmp_path, monkeypatch):
    (tmp_path / "helpers.py").write_text("import numpy as np\n\n\ndef shifted(Z):\n    Z = np.asarray(Z, dtype=float)\n"
                                         "    return Z - Z.max(axis=-1, keepdims=True)\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "utils.py").write_text("def total(E, axis=-1, keepdims=True):\n    return None\n")
    (tmp_path / "utils.py").write_text("def total(E, axis=-1, keepdims=True):\n"
                                       "    return E.sum(axis=axis, keepdims=keepdims)\n")  # the shallowest wins
    monkeypatch.chdir(tmp_path)
    history = ["get_ipython().run_line_magic('run', 'helpers.py')", "from utils import total\n" + USES]
    assert "total(" in USES and points("softmax", "softmax", history) == 4.5


def test_a_notebook_released_by_another_mlptutor_is_autograded_on_its_cells_points(tmp_path, monkeypatch):
    """read25, reproduced with nbgrader's own autograde: last week's release, whose softmax cell is worth 4 where the
    spec now gives 4.5, ended autograde of the whole notebook ("partial credit cannot be greater than maximum points
    for cell"; the submission removed, a correct one scoring 0 of 17), and a cell of a function renamed since scored 0
    without a word. The earned share is put on the points the course's gradebook.db gives the cell, with one line;
    the renamed function's cell says why it scores 0. The report is made up (no sandbox): nbgrader's database is
    real (1 s of CPU, nbgrader's api)."""
    from mlptutor.grader.model import CheckResult, SubmissionReport
    from mlptutor.grader.nbgrader import cell_grader
    from mlptutor.grader.nbgrader.api import nbgrader_api, tools_on_path

    course = tmp_path / "course"
    (course / "autograded" / "ann" / "ps1").mkdir(parents=True)
    (course / "nbgrader_config.py").write_text("c = get_config()\nc.CourseDirectory.course_id = 'mlp101'\n")
    with tools_on_path(), nbgrader_api().Gradebook(f"sqlite:///{course}/gradebook.db", "mlp101") as gb:
        gb.add_assignment("ps1")
        gb.add_notebook("softmax", "ps1")
        gb.add_grade_cell("softmax", "softmax", "ps1", max_score=4.0, cell_type="code")
        gb.add_grade_cell("log_softmax_v0", "softmax", "ps1", max_score=4.5, cell_type="code")
        gb.add_grade_cell("softmax_jacobian", "softmax", "ps1", max_score=4.0, cell_type="code")
    monkeypatch.chdir(course / "autograded" / "ann" / "ps1")
    rows = [CheckResult("softmax", function, check, "value", points, points, True, "")
            for function, checks in (("softmax", (1, 2, 1, 0.5)), ("softmax_jacobian", (1, 2, 1)))
            for check, points in zip(("shape", "value", "robustness", "reuse"), checks)]
    monkeypatch.setattr(cell_grader, "_report", lambda exercise, history: SubmissionReport("ann", rows))
    lines = []
    monkeypatch.setattr("builtins.print", lines.append)
    assert cell_grader.points("softmax", "softmax", []) == 4.0
    assert lines[-1] == ("4.5 of 4.5 points; this grade cell is worth 4 (released with another mlptutor): 4 of 4")
    assert cell_grader.points("softmax", "log_softmax_v0", []) == 0 and lines[-1].startswith(
        "log_softmax_v0 is no function of softmax in this mlptutor: this test cell is from another release")
    lines.clear()
    assert cell_grader.points("softmax", "softmax_jacobian", []) == 4.0 and not any("worth" in l for l in lines)
