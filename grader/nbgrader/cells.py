"""Which code cells of a notebook are the student's, by nbgrader's cell metadata.

nbgrader marks cells in `cell.metadata.nbgrader` (schema_version 3):
`solution` (the student writes it), `grade` (it earns points), `locked`
(read-only), `grade_id`, `points`. A cell is the student's code when it is a
solution cell, or carries no nbgrader role at all (a cell the student added).
Never run, because they are the instructor's:

- autograder test cells (grade=True, solution=False): their asserts test the
  student's code the way mlptutor's checks do, and would fail the whole file;
- locked cells (read-only instructions or setup);
- `### BEGIN HIDDEN TESTS` ... `### END HIDDEN TESTS` blocks in any cell.

A notebook where no cell carries nbgrader metadata is not an nbgrader
notebook: every code cell is the student's, but for mlptutor's own test cells
(they start with TEST_MARK), which a notebook tool that strips cell metadata
(or a student's copy-paste into a new notebook) leaves behind: run as the
student's code they would fail the whole file.
"""

from __future__ import annotations

import re

TEST_MARK = "# mlptutor test cell"  # the first line of every test cell `mlptutor release --format nbgrader` writes
HIDDEN_TESTS = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS[^\n]*\n.*?^[ \t]*### END HIDDEN TESTS[^\n]*$", re.M | re.S)


def _role(cell: dict) -> dict:
    metadata = cell.get("metadata")
    role = metadata.get("nbgrader") if isinstance(metadata, dict) else None
    return role if isinstance(role, dict) else {}


def is_nbgrader_notebook(cells: list[dict]) -> bool:
    """True when some cell carries nbgrader metadata."""
    return any(_role(cell) for cell in cells if isinstance(cell, dict))


def is_student_cell(cell: dict) -> bool:
    """True for a solution cell or a cell without an nbgrader role; False for test and locked cells and
    mlptutor's test cells, whatever their metadata."""
    if str(cell.get("source", "")).lstrip().startswith(TEST_MARK):
        return False
    role = _role(cell)
    if role.get("solution"):
        return True
    return not (role.get("grade") or role.get("locked"))


def without_hidden_tests(source: str) -> str:
    """`source` with every hidden-tests block blanked (lines kept, so line numbers stay put)."""
    return HIDDEN_TESTS.sub(lambda m: "\n" * m.group(0).count("\n"), source)
