"""A command's end: its exit status, at once when the command runs as the process's own program.

    LazyGroup.main (mlptutor/lazy.py) says whether click reads the process's own command line (`own_program`)
    ending.finish(status)  # a command's last line, instead of sys.exit(status)

The interpreter's teardown after a check's report (its modules, NumPy's arrays, the collection of what is
left) is no part of the command's work: ended at once, the check of the twelve was gone 16 ms after its report
instead of 51 (medians of 9 alternating runs at load 12, 2026-12-05). A test's CliRunner runs the command in
its own process, which must go on: there `finish` is sys.exit, as it is for a program that calls
`cli([arguments])` to catch the SystemExit (`cli()` reads the command line: the process's own program).
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading
from typing import NoReturn

_own_program = [False]


def own_program(own: bool) -> None:
    """Whether the command about to run is the process's own program (the console script's command line)."""
    _own_program[0] = own


def at_once() -> bool:
    """Whether `finish` would end the process at once: the process's own program, no thread left but daemons."""
    return _own_program[0] and all(t.daemon for t in threading.enumerate() if t is not threading.main_thread())


def finish(status: int) -> NoReturn:
    """End the command with `status`: `at_once`, the atexit handlers run and the standard streams flushed (what
    the teardown does that matters), then the process ends; else sys.exit(status)."""
    if at_once():
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    # out of the sight of the collection the interpreter's exit makes: after the report, the exit took 70 ms of
    # wall time instead of 94 (medians of 6 alternating runs of a complete folder, 2026-12-05)
    gc.freeze()
    sys.exit(status)
