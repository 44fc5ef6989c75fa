"""A report's places named by the files the student handed in, not by the modules the sandbox imported.

The sandbox imports each exercise as `<exercise>.py` and names a line of it so ("softmax.py line 20",
grader/sandbox/child.py place); a student whose code was src/softmax.py, `softmax (1).py`, a marked section of
work.py or a cell of hw.ipynb looked for a softmax.py they do not have. `handed_in` rewrites those places with the
paths the reader took each module from (grader.bulk.sources.modules_from_files' origins): the line numbers are the
file's own already (a marked section keeps its lines, a notebook names its cell and the line in it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from mlptutor.grader.model import SubmissionReport

# "softmax.py line 20", maybe with the cell of a module run cell by cell: ": notebook cell 4 (softmax-answer), line 3";
# or the file alone ("softmax.py could not be loaded", "softmax.py has no function softmax()")
_PLACE = re.compile(r"(?<![\w./\\-])(?P<module>[A-Za-z_]\w*)\.py(?!\w|\.\w)(?: line (?P<line>\d+)"
                    r"(?:: notebook cell (?P<cell>[^()\n,]*(?: \([^()\n]*\))?), line (?P<within>\d+))?)?")


def handed_in(report: SubmissionReport, origins: Mapping[str, tuple[str, ...]]) -> SubmissionReport:
    """`report` (changed in place, and returned) with each module's places in its rows' messages and hints named by
    `origins` (module -> the paths it was read from), and its graded exercises' files in `report.files` (what
    the headings name); a module read from its own name, or not in `origins`, keeps them."""
    moved = moved_files(origins)
    graded = {row.exercise for row in report.checks}
    report.files = {name: paths for name, paths in moved.items() if name in graded}
    if moved:
        report.checks = [replace(row, message=_named(row.message, moved), hint=row.hint and _named(row.hint, moved))
                         for row in report.checks]
    return report


def moved_files(origins: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The modules of `origins` read from other files than `<module>.py`, with those files."""
    return {name: tuple(paths) for name, paths in origins.items() if tuple(paths) != (f"{name}.py",)}


def _named(text: str, origins: Mapping[str, tuple[str, ...]]) -> str:
    return _PLACE.sub(lambda place: _place(place, origins.get(place["module"])), text)


def _place(place: re.Match, paths: tuple[str, ...] | None) -> str:
    """The place `place` names in the file the student has: a bundle's file by the cell named after it
    ("part2.py line 5"), a notebook by its cell and the line in it, another file by its line."""
    cell, within = place["cell"], place["within"]
    if paths is None or len(paths) > 1 and cell not in paths:
        return place[0]
    if place["line"] is None:  # the file itself: the student's one ("mysolutions/softmax.py could not be loaded")
        return paths[0]
    if len(paths) > 1:
        return f"{cell} line {within}"
    if paths[0].endswith(".ipynb"):  # the line of the joined cells is no line of the notebook
        return place[0] if cell is None else f"{paths[0]}: notebook cell {cell}, line {within}"
    return f"{paths[0]} line {place['line']}" + (f": notebook cell {cell}, line {within}" if cell is not None else "")
