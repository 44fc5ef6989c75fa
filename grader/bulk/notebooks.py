"""Jupyter notebooks as Python source: the code cells, read with nbformat, no kernel.

IPython-only lines (`%magic`, `!shell`) are not Python; they become comments
so the rest of the cell still imports and line numbers stay put.
"""

from __future__ import annotations

import nbformat


class NotebookError(ValueError):
    """A notebook that cannot be read (the message is one line)."""


def _python_line(line: str) -> str:
    stripped = line.lstrip()
    if stripped.startswith(("%", "!")):
        return line[: len(line) - len(stripped)] + "# (IPython) " + stripped
    return line


def code_cells(data: bytes) -> list[str]:
    """The source of every code cell of the notebook `data`, in order, magics commented out."""
    try:
        notebook = nbformat.reads(data.decode("utf-8"), as_version=4)
    except UnicodeDecodeError:
        raise NotebookError("not UTF-8 text (save the notebook again from Jupyter)") from None
    except Exception as exc:  # nbformat raises JSON, validation and version errors of many classes
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise NotebookError(f"not a readable notebook ({reason[:120]})") from None
    cells = notebook.get("cells")
    if not isinstance(cells, list):
        raise NotebookError("not a readable notebook (no list of cells)")
    return [
        "\n".join(_python_line(line) for line in str(cell.get("source", "")).splitlines())
        for cell in cells
        if isinstance(cell, dict) and cell.get("cell_type") == "code"
    ]
