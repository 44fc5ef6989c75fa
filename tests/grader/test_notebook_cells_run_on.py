"""A notebook runs on past a cell that raises, as nbgrader's autograde runs it (allow_errors): a scratch cell that
calls an unfinished function or plots with an unimported pyplot cost every function of the notebook before (each
row "not run: softmax.py could not be loaded"), where nbgrader gave them their points."""

from pathlib import Path

import nbformat

from mlptutor.grader.cell_markers import CELL_LABEL
from mlptutor.grader.bulk.sources import read_source

SOLUTION = (Path(__file__).resolve().parents[1] / "solutions" / "softmax.py").read_text()


def _notebook(*cells: str) -> str:
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    return read_source("softmax.ipynb", nbformat.writes(notebook).encode())


def _rows(report) -> dict:
    return {(r.function, r.check): r for r in report.checks}


def test_a_cell_that_raises_costs_only_what_it_would_have_defined(grader):
    later = SOLUTION.replace("def softmax_jacobian(", "def _jacobian_kept_for_later(")
    source = _notebook(later, "print(softmax(np.zeros((1, 3))))\nplt.plot([1, 2])\n"
                              "softmax_jacobian = _jacobian_kept_for_later", "1 / 0", "x = 1")
    report = grader.grade({"softmax": source}, only=["softmax"])
    rows = _rows(report)
    cells = rows["(file)", "cells"]
    assert cells.message.startswith("softmax: notebook cell 2 raised NameError: name 'plt' is not defined "
                                    "(softmax.py line ") and "; 1 more cell raised; the other cells ran" in cells.message
    assert ": notebook cell 2, line 2)" in cells.message  # the line as Jupyter numbers it in its cell
    assert cells.mistake == "relation:cell-raised" and not cells.passed and cells.max_points == 0
    graded = [r for r in report.checks if r.function != "(file)"]
    assert all(r.passed for r in graded if r.function != "softmax_jacobian")
    jacobian = [r for r in graded if r.function == "softmax_jacobian"]
    assert jacobian and not any(r.passed for r in jacobian)
    assert "softmax.py has no function softmax_jacobian() (notebook cell 2 raised" in jacobian[0].message
    from mlptutor.grader.bulk.class_report import _files

    assert "<th>a notebook cell raised</th>" in _files([report]) and "<td>softmax.py</td><td>0</td><td>0</td><td>1</td>" \
        in _files([report])


def test_a_notebook_without_errors_has_no_cells_row_and_a_python_file_still_stops_at_its_error(grader):
    report = grader.grade({"softmax": _notebook("import numpy as np", SOLUTION)}, only=["softmax"])
    assert report.passed
    # a .py file is Python's: its first error ends the import (a notebook's cell marker in it aside)
    report = grader.grade({"softmax": SOLUTION + "\nplt.plot([1])\n"}, only=["softmax"])
    assert "softmax.py could not be loaded: NameError" in _rows(report)["(file)", "load"].message
    # nbconvert's script of a notebook keeps its cells' markers: it runs cell by cell too
    script = f"# In[1]:\n\n\n{SOLUTION}\n\n# In[2]:\n\n\nplt.plot([1])\n"
    rows = _rows(grader.grade({"softmax": script}, only=["softmax"]))
    assert "notebook cell 2 raised NameError" in rows["(file)", "cells"].message
    assert all(r.passed for (fn, _), r in rows.items() if fn != "(file)")
    # a file of percent cells (jupytext's export, VS Code's and Spyder's cells) too: it failed to load, 0 of 17.5
    percent = f"# ---\n# jupyter:\n#   jupytext:\n# ---\n\n# %% [markdown]\n# hw\n\n# %%\n{SOLUTION}\n#%%\nplt.plot([1])\n"
    source = read_source("softmax.py", percent.encode())
    assert source.count("\n") == percent.count("\n") and "# %%" not in source  # one line for one line
    rows = _rows(grader.grade({"softmax": source}, only=["softmax"]))
    line = percent.split("\n").index("plt.plot([1])") + 1
    assert f"notebook cell 3 raised NameError: name 'plt' is not defined (softmax.py line {line}: notebook cell 3, " \
           "line 1)" in rows["(file)", "cells"].message
    assert all(r.passed for (fn, _), r in rows.items() if fn != "(file)")
    assert read_source("t.py", b"# %%time\nx = 1\n") == "# %%time\nx = 1\n"  # a cell magic commented out: no cell


def test_errors_and_warnings_of_a_notebook_name_the_cell_and_its_line(grader):
    """The joined text's line numbers alone ("softmax.py line 8") named no line a notebook's student could find."""
    body = ("def softmax(z):\n    e = np.exp(z)\n    return e / e.sum(axis=-1, keepdims=True)\n\n"
            "def log_softmax(z):\n    return z[1000]\n")
    rows = _rows(grader.grade({"softmax": _notebook("import numpy as np", body, "x = (1,")}, only=["softmax"]))
    assert "'(' was never closed (softmax.py line 11: notebook cell 3, line 1)" in rows["(file)", "cells"].message
    assert "IndexError" in rows["log_softmax", "shape"].message
    assert "(softmax.py line 9: notebook cell 2, line 6)" in rows["log_softmax", "shape"].message
    assert "overflow encountered in exp (softmax.py line 5: notebook cell 2, line 2)" in rows["softmax", "hygiene"].message


def test_a_cell_is_named_by_its_place_in_the_notebook_and_its_grade_id(grader):
    """"notebook cell 2" was the 2nd of the student's code cells: below a markdown cell and the instructor's locked
    cell it named the 2nd cell from the top, another than the 4th the student counts (nb19). The hidden inputs are
    those of the notebook's code alone (the locked setup cell's included: it runs): where its cells stand is no
    content."""
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    from mlptutor.grader.versioning import content_hash

    locked = {"nbgrader": {"grade": False, "solution": False, "locked": True, "grade_id": "setup", "schema_version": 3}}
    answer = {"nbgrader": {"grade": False, "solution": True, "locked": False, "grade_id": "softmax-answer",
                           "schema_version": 3}}
    cells = [new_markdown_cell("# Softmax"), new_code_cell("import numpy as np", metadata=locked),
             new_code_cell(SOLUTION, metadata=answer), new_markdown_cell("Try it:"), new_code_cell("x = (1,")]
    notebook = nbformat.writes(new_notebook(cells=cells)).encode()
    source = read_source("softmax.ipynb", notebook)
    message = _rows(grader.grade({"softmax": source}, only=["softmax"]))["(file)", "cells"].message
    assert message.startswith("softmax: notebook cell 5 raised SyntaxError: '(' was never closed (softmax.py line ")
    assert ": notebook cell 5, line 1)" in message
    code_only = [cell for cell in cells if cell.cell_type == "code"]  # the locked setup cell runs: it is code
    moved = read_source("softmax.ipynb", nbformat.writes(new_notebook(cells=code_only)).encode())
    assert "# In[ ]: notebook cell 3 (softmax-answer)\n" in source and moved != source
    assert content_hash({"softmax": moved}) == content_hash({"softmax": source})


def test_a_one_cell_notebooks_crash_is_named_at_its_cell_and_explained_as_a_files(grader):
    """A notebook of one code cell (nbgrader's usual) ran as a .py file: its name line shifted every line by one and
    no cell was named. And a crash located in a cell ('softmax.py line 5: notebook cell 2, line 4') was explained by
    no relation (their patterns read '(softmax.py line 5)' alone)."""
    body = "import numpy as np\ndef softmax(z):\n    e = np.exp(z - z.max())\n    return e / e.sum(axis=-1)\n"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Softmax"),
                                               nbformat.v4.new_code_cell(body)])
    source = read_source("softmax.ipynb", nbformat.writes(notebook).encode())
    shape = _rows(grader.grade({"softmax": source}, only=["softmax"]))["softmax", "shape"]
    assert "(softmax.py line 5: notebook cell 2, line 4)" in shape.message
    assert shape.mistake is not None and shape.mistake.startswith("relation:"), (shape.mistake, shape.hint)
    assert "keepdims=True" in shape.hint


def test_a_percent_marker_splits_a_python_file_only_between_its_top_level_statements():
    """A column-0 `# %%` line inside a function's body (valid Python: a comment) cut the file there: the reference
    clipping.py so written scored 0 of 6.5, "(notebook cell 1 raised ...)" about a .py file. Such a file, or one
    that is not Python, is now read whole; markers between top-level statements still make cells."""
    clipping = (Path(__file__).resolve().parents[2] / "reference" / "clipping.py").read_text()
    inside = clipping.replace("\n    entries = ", "\n# %%\n    entries = ", 1)
    assert inside != clipping and read_source("clipping.py", inside.encode()) == inside
    decorated = "import functools\n\n@functools.cache\n# %%\ndef f():\n    return 1\n"
    assert read_source("t.py", decorated.encode()) == decorated
    assert read_source("t.py", b"# %%\nx = (\n") == "# %%\nx = (\n"  # not Python: left to fail as Python does
    cut = read_source("t.py", b"# %%\nx = 1\n\n# %%\ndef f():\n    return 1\n")
    assert cut.count(CELL_LABEL) == 2 and "# %%" not in cut
