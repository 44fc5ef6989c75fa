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
