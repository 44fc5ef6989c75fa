"""Attacks of the eighteenth round, from outside: notebooks as Colab and Kaggle users write them."""

from pathlib import Path

import nbformat
from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.bulk.notebooks import code_cells

SOLUTION = (Path(__file__).resolve().parents[1] / "solutions" / "softmax.py").read_text()


def _notebook(*cells: str) -> bytes:
    return nbformat.writes(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])).encode()


def test_a_notebook_writing_its_functions_to_a_file_and_importing_them_is_graded(tmp_path):
    """`%%writefile mysoft.py` then `from mysoft import *`: the cell was a comment, so the import failed ("graded code
    can import numpy and Python's standard library only: write it without mysoft") and every function scored 0."""
    (tmp_path / "softmax.ipynb").write_bytes(_notebook("%%writefile mysoft.py\n" + SOLUTION, "from mysoft import *"))
    result = CliRunner(env={"MLPTUTOR_CACHE": ""}).invoke(cli, ["check", str(tmp_path / "softmax.ipynb")])
    assert "Total: 17.5/17.5" in result.output, result.output


def test_nbgraders_test_cells_read_the_kernels_writefile_as_grading_does():
    from mlptutor.grader.bulk.notebooks import plain
    from mlptutor.grader.nbgrader.cell_grader import student_source

    ran = plain(student_source(["get_ipython().run_cell_magic('writefile', 'mysoft.py', 'def f():\\n    return 1\\n')\n",
                                "from mysoft import *", "files = get_ipython().getoutput('ls')"]))
    assert ran.startswith("__import__('builtins').open('mysoft.py', 'w', encoding='utf-8').write('def f():")
    assert ran.endswith("from mysoft import *\n# In[ ]:\n# (IPython) files = get_ipython().getoutput('ls')")


def test_a_writefile_cell_keeps_its_line_count_and_a_line_ipython_refuses_stays_a_comment():
    body = "def f():\n    return 1\n"
    appended, unclosed = code_cells(_notebook("\n%%writefile -a 'my file.py'\n" + body, '%%writefile "x.py\n' + body))
    assert appended.count("\n") == 3 and compile(appended, "nb.py", "exec")
    assert "open('my file.py', 'a', encoding='utf-8').write('def f():\\n    return 1\\n')" in appended
    assert all(line.lstrip().startswith("# (IPython)") for line in unclosed.splitlines())


# softmax.py importing the student's own utils.py: full marks in `mlptutor grade` (a helper module, rule 4 of
# grader/bulk/sources.py), 0 in `mlptutor check` and on Gradescope, which shipped the exercise files alone and said
# "graded code can import numpy and Python's standard library only: write it without utils"
USES_HELPER = ("import numpy as np\nfrom utils import norm\n\ndef softmax(Z):\n"
               "    return norm(np.exp(Z - Z.max(axis=-1, keepdims=True)))\n")
HELPER = "from consts import AXIS\n\ndef norm(E):\n    return E / E.sum(axis=AXIS, keepdims=True)\n"


def _student_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "softmax.py").write_text(USES_HELPER)
    (folder / "utils.py").write_text(HELPER)
    (folder / "consts.py").write_text("AXIS = -1\n")
    (folder / "scratch.py").write_bytes(b"\xff not imported, not UTF-8\n")  # never read
    return folder


def test_check_ships_the_students_modules_that_the_exercise_files_import(tmp_path):
    folder = _student_folder(tmp_path / "work")
    result = CliRunner(env={"MLPTUTOR_CACHE": ""}).invoke(cli, ["check", str(folder / "softmax.py")])
    assert "PASS softmax  4.5/4.5" in result.output, result.output


def test_the_gradescope_autograder_ships_them_too():
    import tempfile

    from mlptutor.grader.gradescope import find_sources

    with tempfile.TemporaryDirectory() as scratch:
        upload = _student_folder(Path(scratch) / "submission" / "hw")
        sources, problems = find_sources(upload.parent, ["softmax", "losses"])
    assert sorted(sources) == ["consts", "softmax", "utils"] and problems == [
        "hw/scratch.py: no exercise file imports it, so it is not run or graded (fine for scratch work; code an "
        "exercise needs goes in its file, or in a module that file imports)"]


def test_a_helper_that_cannot_be_shipped_is_read_and_reported_once():
    import tempfile

    from mlptutor.grader.gradescope import find_sources

    with tempfile.TemporaryDirectory() as scratch:
        upload = Path(scratch) / "submission" / "hw"
        upload.mkdir(parents=True)
        (upload / "softmax.py").write_text("import utils\n")
        (upload / "losses.py").write_text("from utils import f\n")
        (Path(scratch) / "outside.py").write_text("def f():\n    return 1\n")
        (upload / "utils.py").symlink_to(Path(scratch) / "outside.py")
        sources, problems = find_sources(upload.parent, ["softmax", "losses"])
    # it was read again for each file importing it: the same line twice
    assert sorted(sources) == ["losses", "softmax"]
    assert problems == ["hw/utils.py: a symbolic link out of its submission; ignored"], problems  # grade's line


def test_a_notebook_nbformat_cannot_read_says_why_and_what_to_do():
    import pytest

    from mlptutor.grader.bulk.notebooks import NotebookError

    # was "not a readable notebook (AssertionError)": nothing named, no way out
    with pytest.raises(NotebookError) as raised:
        code_cells(b'{"nbformat": 4, "nbformat_minor": "5", "metadata": {}, "cells": []}')
    assert str(raised.value) == ("not a readable notebook (AssertionError on its nbformat fields, which must be "
                                 "integers): hand in a notebook Jupyter opens (saved again from Jupyter), or the code "
                                 "as a .py file")


def test_a_notebook_nbformat_reads_as_no_code_says_why():
    import json

    import pytest

    from mlptutor.grader.bulk.notebooks import NotebookError

    cell = {"cell_type": "code", "source": "def f():\n    return 1", "metadata": {}, "outputs": [],
            "execution_count": None, "id": "a"}
    notebook = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [cell]}
    assert code_cells(json.dumps(notebook).encode()) == ["def f():\n    return 1"]
    # nbformat read both as a notebook without code: every function "missing", nothing saying why
    for broken, said in (({**notebook, "nbformat": True}, "its nbformat is 'True', not a version number"),
                         ({**notebook, "cells": [{**cell, "cell_type": "python"}]}, "cell 1 is of kind 'python'")):
        with pytest.raises(NotebookError, match=said):
            code_cells(json.dumps(broken).encode())


def test_a_notebooks_json_is_parsed_once(monkeypatch):
    """nbformat's parse hands _check_kinds the notebook's fields as written (they were parsed a second time): one
    json.loads per notebook, and the top-level nbformat is the one judged, not a cell's or the metadata's."""
    import json

    cell = {"cell_type": "code", "source": "x = 1", "metadata": {"nbformat": True}, "outputs": [],
            "execution_count": None, "id": "a"}
    text = json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {"nbformat": "x"}, "cells": [cell]}).encode()
    assert code_cells(text) == ["x = 1"]  # nbformat imported (its schemas are JSON too)
    loads, parsed = json.loads, []
    monkeypatch.setattr(json, "loads", lambda *args, **kwargs: parsed.append(1) or loads(*args, **kwargs))
    assert code_cells(text) == ["x = 1"] and len(parsed) == 1
