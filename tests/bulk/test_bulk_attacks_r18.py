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


def test_a_writefile_cell_keeps_its_line_count_and_a_line_ipython_refuses_stays_a_comment():
    body = "def f():\n    return 1\n"
    appended, unclosed = code_cells(_notebook("\n%%writefile -a 'my file.py'\n" + body, '%%writefile "x.py\n' + body))
    assert appended.count("\n") == 3 and compile(appended, "nb.py", "exec")
    assert "open('my file.py', 'a', encoding='utf-8').write('def f():\\n    return 1\\n')" in appended
    assert all(line.lstrip().startswith("# (IPython)") for line in unclosed.splitlines())
