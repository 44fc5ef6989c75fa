"""Which code cells of a notebook are the code graded, by nbgrader's cell metadata.

nbgrader marks cells in `cell.metadata.nbgrader` (schema_version 3):
`solution` (the student writes it), `grade` (it earns points), `locked`
(read-only), `grade_id`, `points`. A cell is graded code when it is a
solution cell, carries no nbgrader role at all (a cell the student added), or
is a locked setup cell (read-only, not graded: `import numpy as np`, a
constant), which Jupyter and nbgrader's autograde run before the student's
code, and mlptutor's test cells grade with the rest of the kernel's history
(grader.nbgrader.cell_grader): left out here, a notebook whose answer used the
setup's `np` scored 0 in `mlptutor grade` and 17.5 of 17.5 under autograde.
Never run, because they are the instructor's tests:

- autograder test cells (grade=True, solution=False): their asserts test the
  student's code the way mlptutor's checks do, and would fail the whole file;
- `### BEGIN HIDDEN TESTS` ... `### END HIDDEN TESTS` blocks in any cell.

A notebook where no cell carries nbgrader metadata is not an nbgrader
notebook: every code cell is the student's, but for mlptutor's own test cells
(they start with TEST_MARK), which a notebook tool that strips cell metadata
(or a student's copy-paste into a new notebook) leaves behind: run as the
student's code they would fail the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

TEST_MARK = "# mlptutor test cell"  # the first line of every test cell `mlptutor release --format nbgrader` writes
BEGIN, END = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"  # each at a line's start, after spaces or tabs


def _role(cell: dict) -> dict:
    metadata = cell.get("metadata")
    role = metadata.get("nbgrader") if isinstance(metadata, dict) else None
    return role if isinstance(role, dict) else {}


_GRADE_ID = re.compile(r"[\w.-]{1,60}")  # nbgrader's ids; another (a line break, a student's edit) is not shown


def grade_id(cell: dict) -> str | None:
    """The cell's nbgrader grade_id when it has a plain one (it names the cell in nbgrader's feedback), else None."""
    found = _role(cell).get("grade_id")
    return found if isinstance(found, str) and _GRADE_ID.fullmatch(found) else None


def is_nbgrader_notebook(cells: list[dict]) -> bool:
    """True when some cell carries nbgrader metadata."""
    return any(_role(cell) for cell in cells if isinstance(cell, dict))


def is_graded_code(cell: dict) -> bool:
    """True for a solution cell, a cell without an nbgrader role and a locked setup cell; False for test cells
    (graded, not solution) and mlptutor's test cells, whatever their metadata."""
    return not str(cell.get("source", "")).lstrip().startswith(TEST_MARK) and not is_autograder_test(cell)


def without_hidden_tests(source: str) -> str:
    """`source` with every hidden-tests block blanked (lines kept, so line numbers stay put): from a BEGIN line
    that has a line after it to the next END line; a BEGIN without one is left as it is.

    One pass over the lines: a regex whose lazy `.*?` looked for an END after every BEGIN took time quadratic in
    the cell (a student's solution cell of 12,000 BEGIN lines, 289 KB: 17 s of the grader's CPU; 2 MiB, the
    notebook limit, about 15 minutes)."""
    lines = source.split("\n")
    start = None
    for at, line in enumerate(lines):
        text = line.lstrip(" \t")
        if start is None:
            start = at if text.startswith(BEGIN) and at + 1 < len(lines) else None
        elif text.startswith(END):
            lines[start:at + 1] = [""] * (at + 1 - start)
            start = None
    return "\n".join(lines)


def is_autograder_test(cell: dict) -> bool:
    """True for an instructor's autograder test cell (grade=True, solution=False): the asserts nbgrader scores."""
    role = _role(cell)
    return bool(role.get("grade")) and not role.get("solution")


def test_text(source: str) -> str:
    """`source` as an instructor's test cell is recognised by: its hidden-tests blocks and blank lines left out, each
    line's end stripped (nbgrader's release drops the blocks, its autograde puts them back)."""
    return "\n".join(line.rstrip() for line in without_hidden_tests(source).split("\n") if line.strip())


def autograder_tests(notebook: bytes) -> set[str]:
    """test_text of each autograder test cell of the notebook `notebook` (its JSON); none for one not readable."""
    return {test_text(_text(cell.get("source", ""))) for cell in _code_cells(notebook) or ()
            if is_autograder_test(cell)}


def grade_ids(notebook: bytes) -> set[str]:
    """The grade_id of each cell of the notebook `notebook` (its JSON) that nbgrader scores (grade=True)."""
    return {grade_id(cell) or "" for cell in _code_cells(notebook) or () if _role(cell).get("grade")} - {""}


def _code_cells(notebook: bytes) -> list[dict] | None:
    """The code cells of the notebook `notebook` (its JSON), None for one not readable."""
    import json

    try:
        cells = json.loads(notebook).get("cells")
    except (ValueError, AttributeError, RecursionError):
        return None
    return [cell for cell in cells if isinstance(cell, dict) and cell.get("cell_type") == "code"] \
        if isinstance(cells, list) else None


def _text(source) -> str:
    """A cell's source as nbformat writes it, a string or a list of lines."""
    return "".join(map(str, source)) if isinstance(source, list) else str(source)


EXPORT = "`mlptutor export --format nbgrader-db` gives nbgrader's gradebook the grade given here"


def autograde_unscored(files: dict[str, bytes], expected: Mapping[str, Collection[str]]) -> list[str]:
    """One line for each of the assignment's notebooks (`expected`: name -> the grade_ids of the instructor's
    notebook) that nbgrader's autograde scores 0, or partly, in a student's submitted `files` (relative path -> bytes)
    while `mlptutor grade` grades its code: a notebook with no nbgrader cell metadata (Google Colab strips it:
    autograde finds no grade cell), one whose test cells were deleted (autograde scores them 0, or adds them back for
    manual grading with OverwriteCells.add_missing_cells) and a Python file in place of the notebook (autograde reads
    notebooks only). A class of 10 differed so with no word why (autograde 0 and 35.5, grade 44.5 of 44.5)."""
    lines = []
    for name, ids in sorted(expected.items()):
        notebook, script = files.get(f"{name}.ipynb"), files.get(f"{name}.py")
        if notebook is None and script is not None:
            lines.append(f"{name}.py: a Python file where the assignment has {name}.ipynb, which nbgrader's autograde "
                         f"alone reads (it scores 0); {EXPORT}")
            continue
        cells = _code_cells(notebook) if notebook is not None else None
        if cells is not None and not is_nbgrader_notebook(cells):
            lines.append(f"{name}.ipynb: no nbgrader cell metadata (Google Colab and some editors strip it), so "
                         f"nbgrader's autograde finds no grade cell in it (it scores 0); {EXPORT}")
        elif cells is not None and (gone := sorted(set(ids) - grade_ids(notebook))):
            lines.append(f"{name}.ipynb: test cells deleted ({', '.join(gone)}), which nbgrader's autograde scores "
                         f"0; {EXPORT}")
    return lines
