"""Attacks of the nineteenth round on what the grader reads of a submission, outside `mlptutor grade`'s folders."""

import json
from pathlib import Path

from mlptutor.grader.bulk.filelimits import FileLimits
from mlptutor.grader.gradescope import find_sources

SOFTMAX = "import numpy as np\ndef softmax(z):\n    return np.exp(z) / np.exp(z).sum(axis=-1, keepdims=True)\n"


def _notebook(path: Path, padding: int) -> None:
    """A notebook of the softmax code and an output of `padding` characters (a plot's bytes, a long print)."""
    cell = {"cell_type": "code", "metadata": {}, "source": SOFTMAX, "execution_count": 1, "id": "a",
            "outputs": [{"output_type": "stream", "name": "stdout", "text": "x" * padding}]}
    path.write_text(json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [cell]}))


def test_a_notebook_over_grades_limit_is_refused_by_the_autograder_as_by_grade(tmp_path):
    # before: the autograder (and `mlptutor check`) read any notebook whole (an 80 MB upload: 357 MB of the
    # autograder's memory) and graded it, while `mlptutor grade` refused the same file over 2 MB: two grades
    upload = tmp_path / "submission"
    upload.mkdir()
    _notebook(upload / "softmax.ipynb", FileLimits().file_bytes)
    sources, problems = find_sources(upload, ["softmax"])
    assert sources == {} and len(problems) == 1, (sorted(sources), problems)
    assert problems[0].startswith("softmax.ipynb: ") and "over the limit of 2097152; ignored" in problems[0]
    assert "clear its outputs" in problems[0]  # grade's line (grader.bulk.folders.read_file), with what to do
    _notebook(upload / "softmax.ipynb", 1000)  # within the limit: read as before
    sources, problems = find_sources(upload, ["softmax"])
    assert sorted(sources) == ["softmax"] and "def softmax" in sources["softmax"] and problems == []


def test_a_notebook_running_a_helper_file_with_percent_run_is_graded_as_jupyter_runs_it(tmp_path):
    """`%run helpers.py` then a function using the helper's names: the line was a comment, so every call raised
    NameError (0/4.5 for a notebook that runs in Jupyter)."""
    import nbformat
    from click.testing import CliRunner

    from mlptutor.cli import cli
    from mlptutor.grader.bulk.notebooks import code_cells

    # its block under `if __name__ == "__main__":` runs, as under %run in Jupyter (it was imported: _AXIS stayed 0)
    helper = "import numpy as np\n_AXIS = 0\nif __name__ == '__main__':\n    _AXIS = -1\ndef stable(z):\n" \
             "    e = np.exp(z - z.max(axis=_AXIS, keepdims=True))\n" \
             "    return e / e.sum(axis=_AXIS, keepdims=True)\n"
    (tmp_path / "helpers.py").write_text(helper)
    # a file the submission lacks is passed over (IPython prints "not found" and runs the rest of the cell)
    cells = ["%run helpers.py", "def softmax(z):\n    %run -i ./helpers\n    return stable(z)\n", "%run -d helpers.py",
             "%run plots.py\ndef log_softmax(z):\n    return np.log(softmax(z))"]
    notebook = nbformat.writes(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])).encode()
    ran, indented, other, _ = code_cells(notebook)
    assert ran.startswith("with type('_mlptutor_run', (), ") and "find_spec('helpers')) or __import__('helpers')" in ran
    assert ran.count("\n") == 0 and indented.splitlines()[1].startswith("    with type(")
    assert compile(indented, "c", "exec")
    assert other == "# (IPython) %run -d helpers.py"  # another form (the debugger) stays a comment
    (tmp_path / "softmax.ipynb").write_bytes(notebook)
    result = CliRunner(env={"MLPTUTOR_CACHE": ""}).invoke(cli, ["check", str(tmp_path / "softmax.ipynb")])
    assert "PASS softmax  4.5/4.5" in result.output and "no function log_softmax" not in result.output, result.output


def test_a_percent_run_helper_that_raises_is_shown_and_its_cell_runs_on(tmp_path, monkeypatch, capsys):
    """IPython shows the error of a `%run` file and runs the rest of the cell: it stopped the cell here, so what the
    cell defined after `%run` was missing (red19's leftover). Python only, no sandbox: milliseconds."""
    from mlptutor.grader.bulk.notebooks import run_magic

    (tmp_path / "broken_helper.py").write_text("X = 1\nraise ValueError('no data file')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    cell = {"__file__": str(tmp_path / "softmax.py")}
    exec(f"{run_magic('%run broken_helper.py')}\ndef softmax(z):\n    return z\n", cell)
    assert "softmax" in cell and capsys.readouterr().out == "%run broken_helper.py: ValueError: no data file\n"


def test_a_percent_run_file_runs_as_a_script_as_in_ipython(tmp_path, monkeypatch):
    """IPython's %run runs the file as `__main__`: its `if __name__ == "__main__":` block ran in Jupyter and not here
    (the file was imported), so a name it sets was missing. Python only, no sandbox: milliseconds."""
    from mlptutor.grader.bulk.notebooks import run_magic

    (tmp_path / "setup_data.py").write_text("X = 1\nif __name__ == '__main__':\n    X = 2\n    SEEN = __file__\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    cell = {"Y": 3, "__file__": str(tmp_path / "softmax.py")}
    exec(run_magic("%run setup_data.py"), cell)
    assert (cell["X"], cell["SEEN"], cell["Y"]) == (2, str(tmp_path / "setup_data.py"), 3)
    exec(run_magic("%run -i setup_data"), shared := {"X": 0, "__file__": cell["__file__"]})
    assert shared["X"] == 2


def test_a_percent_run_file_that_exits_keeps_its_names_and_the_notebook_runs_on(tmp_path, monkeypatch, capsys):
    """IPython's %run passes over the file's sys.exit(): the exit of a script's main block ended the notebook here,
    and the names the file defined before it were never copied in (review of 2026-12-07). Python only: milliseconds."""
    from mlptutor.grader.bulk.notebooks import run_magic

    (tmp_path / "script.py").write_text("import sys\nX = 1\nif __name__ == '__main__':\n    sys.exit(0)\n")
    (tmp_path / "failing.py").write_text("import sys\nY = 2\nsys.exit(3)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    cell = {"__file__": str(tmp_path / "softmax.py")}
    exec(f"{run_magic('%run script.py')}\n{run_magic('%run failing')}\nZ = 3\n", cell)
    assert (cell["X"], cell["Y"], cell["Z"]) == (1, 2, 3)
    assert capsys.readouterr().out == "%run failing.py: SystemExit: 3\n"


def test_a_percent_run_of_a_helper_the_sandbox_refuses_says_why(tmp_path):
    """`%run helpers` of a helper over the sandbox's size limit printed "KeyError: 'helpers'" (the finder had no
    source to give), and `%run time` (the student's time.py) found the standard library's time: "TypeError: compile()
    arg 1 must be a string"; `check softmax.ipynb` stopped (exit 2) on the helper grade ships and grades on. One check
    of a notebook: a sandbox's start."""
    import nbformat
    from click.testing import CliRunner

    from mlptutor.cli import cli

    (tmp_path / "helpers.py").write_text("X = 1\n" + "#\n" * 600_000)  # 1.2 MB: within grade's 2 MB, over 1 MiB
    (tmp_path / "time.py").write_text("SHIFT = 0\n")
    cells = ["%run helpers\n%run time", SOFTMAX]
    (tmp_path / "softmax.ipynb").write_text(nbformat.writes(nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(c) for c in cells])))
    result = CliRunner(env={"MLPTUTOR_CACHE": ""}).invoke(cli, ["check", str(tmp_path / "softmax.ipynb")])
    assert result.exit_code == 1 and "ok value 2/2" in result.output, result.output  # graded, not stopped
    assert "%run helpers.py: ImportError: helpers.py cannot be imported: helpers.py is larger than the sandbox's " \
           "file size limit" in result.output
    assert "%run time.py: ImportError: no file time.py of yours is found by that name: Python's own module time " \
           "comes first; rename the file (e.g. my_time.py) and %run that" in result.output


def test_a_notebook_of_another_kernel_says_so_in_one_line():
    """An R notebook named softmax.ipynb: its cells were read as Python, "SyntaxError: invalid syntax. Perhaps you
    forgot a comma? (softmax.py line 2)" and every function missing."""
    import pytest

    from mlptutor.grader.bulk.notebooks import NotebookError, code_cells

    def notebook(**metadata) -> bytes:
        cell = {"cell_type": "code", "metadata": {}, "source": "softmax <- function(z) exp(z) / sum(exp(z))",
                "execution_count": None, "outputs": [], "id": "a"}
        return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": metadata, "cells": [cell]}).encode()

    said = r"^a notebook of the 'R' kernel, not Python: write the exercises in a Python notebook \(Kernel > Change "
    with pytest.raises(NotebookError, match=said + r"kernel > Python 3\) or as a \.py file$"):
        code_cells(notebook(kernelspec={"name": "ir", "language": "R", "display_name": "R"}))
    with pytest.raises(NotebookError, match="'julia' kernel"):
        code_cells(notebook(language_info={"name": "julia"}))
    # Python's kernels, or no language stated: read as Python, as before
    colab = {"kernelspec": {"name": "python3", "display_name": "Python 3"}, "language_info": {"name": "python"}}
    for metadata in ({"kernelspec": {"name": "python3", "language": "python"}}, {"language_info": {"name": "Python"}},
                     {}, colab):
        assert code_cells(notebook(**metadata)) == ["softmax <- function(z) exp(z) / sum(exp(z))"]


def test_a_notebook_exported_as_py_reads_its_magics_as_the_notebook_does():
    """File > Download as > Python: `%matplotlib inline` is `get_ipython().run_line_magic(...)` there, a NameError
    that lost the rest of its cell (`import numpy as np` after it: every function 0), and `%%writefile` a
    NameError too; the notebook itself was graded full."""
    from mlptutor.grader.bulk.sources import read_source

    write = "get_ipython().run_cell_magic('writefile', 'mysoft.py', 'def f():\\n    return 1\\n')"
    exported = ("# coding: utf-8\n\n# In[1]:\n\n\nget_ipython().run_line_magic('matplotlib', 'inline')\n"
                f"import numpy as np\n\n\n# In[2]:\n\n\n{write}\n\n\n# In[ ]:\n\n\nfiles = get_ipython().getoutput('ls')\n"
                "get_ipython().run_line_magic('run', 'helpers.py')\n")
    read = read_source("softmax.py", exported.encode()).split("\n")
    assert len(read) == exported.count("\n") + 1  # line numbers kept
    assert read[5] == "# (IPython) get_ipython().run_line_magic('matplotlib', 'inline')" and read[6] == "import numpy as np"
    assert read[12] == "__import__('builtins').open('mysoft.py', 'w', encoding='utf-8').write('def f():\\n    return 1\\n')"
    assert read[18] == "# (IPython) files = get_ipython().getoutput('ls')"
    assert read[19].startswith("with type('_mlptutor_run', (), ") and "find_spec('helpers')" in read[19]
    # each cell named as Jupyter showed it, on the line above its source: `# In[1]:` was "notebook cell 2, line 3"
    # in feedback (the file's chunks counted, the lines from the marker), its first line
    assert (read[2:5], read[11], read[17]) == (["", "", "# In[ ]: notebook cell In [1]"], "# In[ ]: notebook cell In [2]",
                                                "# In[ ]: notebook cell In [ ], code cell 3")
    plain = "def f():\n    return get_ipython()\n"  # no cell markers: a .py file as it is
    assert read_source("softmax.py", plain.encode()) == plain


def test_links_to_no_file_in_an_upload_are_problem_lines_not_a_failed_autograder(tmp_path):
    """A repository's submission holding softmax.py -> missing.py or a loop of links: FileNotFoundError / RuntimeError
    ("Symlink loop") stopped the autograder before it wrote results.json (Gradescope: "autograder failed")."""
    upload = tmp_path / "submission"
    upload.mkdir()
    (upload / "softmax.py").symlink_to("missing.py")
    (upload / "losses.py").symlink_to("a.py")
    (upload / "a.py").symlink_to("losses.py")
    (upload / "layers.py").write_text("from utils import f\n")
    (upload / "utils.py").symlink_to("utils.py")
    sources, problems = find_sources(upload, ["softmax", "losses", "layers"])
    assert sorted(sources) == ["layers"]
    # as `mlptutor grade` reads the upload: every file's link, a.py's too (grader.bulk.folders.read_file)
    assert sorted(problems) == [f"{name}: a symbolic link to no file; ignored"
                                for name in ("a.py", "losses.py", "softmax.py", "utils.py")], problems
