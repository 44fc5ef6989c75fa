"""What explaining a submission's failures costs, counted: the trusted side's reruns of the reference and replays of
the catalogue's variants, in lines of trusted code run and arrays made, never in seconds.

`counted` measures one run; `Allowance` bounds one submission's explanations, all its functions together (each
function's relation search has its own bound too: relations.values.Budget). Counted, never timed: the same
submission gets the same mistakes, relations and messages on a loaded machine, on a slow one and on every run.
Points never depend on it: only what a row's explanation says does.
"""

from __future__ import annotations

import importlib.util
import inspect
import os
import sys
from typing import Any, Callable

ENTRIES_PER_LINE = 64  # array entries a reference function returns that count as one line (a draw: ~1/50 line)

# where the catalogue's variants and the reference's helpers run: a replay's lines are counted in both (a student
# release holds no reference package)
_reference = importlib.util.find_spec("mlptutor.reference")
TRUSTED = tuple(os.path.join(folder, "") for folder in (
    *((_reference and _reference.submodule_search_locations) or ()),
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "specs")))


def counted(fn: Callable[[], Any], folder: str | tuple[str, ...] | None) -> tuple[Any, int]:
    """fn() and the work of the code under `folder` (or folders) in it (the reference's package, see `package`): the
    lines its frames executed, plus one per ENTRIES_PER_LINE entries of the arrays its functions returned (a line
    of 256 x 256 draws is work a line of scalars is not). A trace hook on those frames only (numpy's own run
    untraced) counts it: the same on every machine, under any load and on every run, which a CPU time is not."""
    if not folder:
        return fn(), 0
    import numpy as np  # here: importing the grader's package brings no NumPy (grader/sandbox/README.md)
    lines = entries = 0

    def line(frame, event, arg):
        nonlocal lines, entries
        if event == "line":
            lines += 1
        elif event == "return" and type(arg) is np.ndarray:  # a new array; a tuple of them returns its parts again
            entries += arg.size
        return line

    def call(frame, event, arg):
        return line if frame.f_code.co_filename.startswith(folder) else None

    previous = sys.gettrace()
    sys.settrace(call)
    try:
        result = fn()
    finally:
        sys.settrace(previous)
    return result, lines + entries // ENTRIES_PER_LINE


def package(function: Callable) -> str | None:
    """The folder of a function's code, where its helpers are (the reference package; grader code never
    imports it), or None for one without Python code of a file."""
    code = getattr(inspect.unwrap(function), "__code__", None)
    folder = os.path.dirname(code.co_filename) if code is not None else ""
    return folder + os.sep if os.path.isabs(folder) else None


class Allowance:
    """What explaining one submission may spend, all its functions together, in counted work (`counted`): each
    rerun of the reference and each replay of a variant is charged what it counted (a rerun on changed arguments
    what values.Budget predicts of it), at least 1. A run is made only while the spending stays within TOTAL (a
    replay, whose work is known once it ran, while some is left: it may pass TOTAL by its own work); a run not
    made is `refused`, and what it would have shown is then not claimed (no catalogued mistake, which must be
    the only one that fits; no relation on a subset of the calls), and the function's first row left unexplained
    says the search stopped.

    TOTAL: one wrong function's explanation spends up to 21.1 million (train_classifier's: its relation search at
    relations.values.Budget.TOTAL, its catalogue's 34 replays, the reruns on its calls' own arguments), the most
    of the batches of tests/solutions/wrong measured (every train, xor, perceptron and experiments batch, four of
    each other exercise, each exercise graded alone, as test_independent_solutions does): 28 million keeps every
    one of their explanations, a third above the most. The course's correct files with every result times 1.01
    spent 49.3 million unbounded (19.2 million of it train's); bounded, the grader's CPU went 31.8 -> 24.4 s (two
    runs side by side, the same points on every row).
    """

    TOTAL = 28_000_000

    def __init__(self, total: float | None = None):
        self.total = self.TOTAL if total is None else total
        self.spent = 0.0
        self.refused = 0

    def afford(self, cost: float = 0.0) -> bool:
        """Whether a run costing `cost` may be made (a replay: 0, its cost unknown); if not, it is counted refused."""
        if self.spent + max(cost, 1) > self.total:
            self.refused += 1
            return False
        return True

    def charge(self, work: float) -> None:
        self.spent += max(work, 1)
