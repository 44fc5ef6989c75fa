"""IPython's own translation of a notebook back to the notebook's Python, one line for one line: the kernel's
history (what nbgrader's test cells see) and a notebook exported as a .py file ("Download as Python") hold
`get_ipython().run_line_magic(...)` where the notebook had `%matplotlib inline` or `%run helpers.py`, and
`get_ipython().run_cell_magic('writefile', ...)` for a `%%writefile` cell. Each reads here as
grader.bulk.notebooks reads the notebook itself (the magic a comment, `%run` and `%%writefile` done), so one
submission is the same code however it reaches the grader."""

from __future__ import annotations

import ast
import itertools
import re

from mlptutor.grader.bulk.notebooks import python_cell, run_magic
from mlptutor.grader.cell_markers import CELL_LABEL


# IPython's rewrite of a magic, also assigned (`files = !ls` ran as `files = get_ipython().getoutput('ls')`: a
# NameError in the sandbox, which failed the whole student module)
_MAGIC = re.compile(r"(?:[\w.,\s\[\]()]+=\s*)?get_ipython\(\)")


# IPython's translation of `%run helpers.py`: run as the notebook's line is (bulk.notebooks.run_magic)
_RUN = re.compile(r"""get_ipython\(\)\.run_line_magic\((['"])run\1, (['"])([^'"\\]*)\2\)\s*""")


def _python_line(line: str) -> str:
    stripped = line.lstrip()
    if (run := _RUN.fullmatch(stripped)) and (ran := run_magic(f"{line[:len(line) - len(stripped)]}%run {run[3]}")):
        return ran
    if _MAGIC.match(stripped):
        return line[: len(line) - len(stripped)] + "# (IPython) " + stripped
    return line


def python_history_cell(cell: str) -> str:
    """A cell of the kernel's history as Python: `%%writefile NAME` as `mlptutor grade` reads it from the notebook
    (bulk.notebooks.python_cell: NAME written, so a later cell imports it; the test cells said "No module named
    'mysoft'" where grading gave the points), other magics commented out."""
    written = _writefile(cell)
    if written is not None:
        return written
    return "\n".join(map(_python_line, cell.splitlines()))


# nbconvert's cell marker in a notebook exported as a .py file ("Download as Python"): the cell's execution count,
# then the two blank lines nbconvert writes before the cell's source
_EXPORTED_CELL = re.compile(r"^# In\[([ 0-9]*)\]:[ \t\r]*$((?:\n[ \t\r]*$){0,2})", re.MULTILINE)


# a cell's marker in the percent format of jupytext, VS Code, Spyder and PyCharm (`# %%`, `# %% [markdown]`, `#%%`), on
# a line of its own: not `# %%time`, a cell magic jupytext commented out
_PERCENT_CELL = re.compile(r"^#[ \t]?%%(?:[ \t][^\n]*)?$", re.MULTILINE)


def exported_source(text: str) -> str:
    """A .py file nbconvert exported from a notebook (its `# In[ ]:` cell markers) as its notebook is read: IPython's
    translation of a magic (`get_ipython().run_line_magic('matplotlib', 'inline')`, which raised NameError and lost
    the rest of its cell: `import numpy as np` after it, every function 0) commented out, a `%%writefile` cell's
    file written; each marker naming its cell as Jupyter showed it ("In [1]", or "In [ ], code cell 3" for one never
    run), on the blank line just above the cell's source, so that a cell's lines count as in Jupyter (the sandbox
    counted the file's chunks, the lines above the first marker one, and from the marker: `# In[1]:` was "notebook
    cell 2", its first line "line 3"); one line for one line. A file of percent cells (`# %%`: jupytext's export,
    VS Code's and Spyder's cells) is run cell by cell as its notebook is, each marker naming its cell by its place
    ("notebook cell 3"): a scratch cell raising (`plt.plot` without its import) made the whole file fail to load, 0
    of 17.5, where the notebook it came from, or the file run cell by cell in VS Code, scored 17.5. Any other text as
    it is."""
    if not _EXPORTED_CELL.search(text):
        return _percent_cells(text)
    cells = itertools.count(1)

    def named(marker: re.Match) -> str:
        count, number = marker[1].strip(), next(cells)
        return "\n" * marker[2].count("\n") + CELL_LABEL + (f"In [{count}]" if count else f"In [ ], code cell {number}")

    return "\n".join(_exported_line(line) for line in _EXPORTED_CELL.sub(named, text).split("\n"))


def _percent_cells(text: str) -> str:
    """A file of percent cells with each marker naming its cell by its place; the text whole unless it parses and
    every marker lies between its top-level statements: a `# %%` line inside a function's body is a comment of
    valid Python, and cutting there lost the function (reference clipping.py so cut scored 0 of 6.5)."""
    markers = [text.count("\n", 0, marker.start()) + 1 for marker in _PERCENT_CELL.finditer(text)]
    if not markers or any(map(_statement_lines(text).__contains__, markers)):
        return text
    cells = itertools.count(1)
    return _PERCENT_CELL.sub(lambda marker: f"{CELL_LABEL}{next(cells)}", text)


def _statement_lines(text: str) -> range | set:
    """The numbers of the lines of text that a top-level statement spans, its decorators included; every line
    when the text is not Python."""
    try:
        body = ast.parse(text).body
    # not Python, or hostile text the parser gives up on
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return range(1, text.count("\n") + 2)
    return {line for statement in body
            for line in range(min([statement.lineno] + [d.lineno for d in getattr(statement, "decorator_list", ())]),
                              statement.end_lineno + 1)}


def _exported_line(line: str) -> str:
    written = _writefile(line)
    if written is not None:
        return written.split("\n", 1)[0]
    return _python_line(line)


def _writefile(cell: str) -> str | None:
    """A cell that is IPython's get_ipython().run_cell_magic('writefile', line, body) as the notebook's `%%writefile
    line` cell reads (bulk.notebooks.python_cell), else None."""
    if "run_cell_magic('writefile'" not in cell:  # most cells: not parsed
        return None
    try:
        (statement,) = ast.parse(cell).body
        call = statement.value
        args = [a.value for a in call.args if type(a) is ast.Constant and type(a.value) is str]
        if ast.unparse(call.func) == "get_ipython().run_cell_magic" and len(args) == 3 == len(call.args):
            return python_cell(f"%%writefile {args[1]}\n{args[2]}") if args[0] == "writefile" else None
    # not one expression calling a function, or hostile text the parser gives up on
    except (SyntaxError, ValueError, AttributeError, RecursionError, MemoryError):
        pass
    return None
