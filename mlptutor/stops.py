"""A command stopped from outside (Ctrl-C, `kill`, a closed terminal) ends in one line and takes what it started.

SIGINT raises KeyboardInterrupt, on which the commands clean up (`mlptutor grade` stops its workers at once, and its
gradebook transaction rolls back); SIGTERM and SIGHUP killed the process outright instead: `grade` ended without a
word while its two workers went on grading for their current submission, orphaned (red21). `as_ctrl_c` makes them
raise KeyboardInterrupt too; `quits` is for a process the command started (a pool worker): it exits quietly,
closing its sandbox.
"""

from __future__ import annotations

import signal
import sys

STOPS = (signal.SIGTERM, signal.SIGHUP)
INTERRUPTED = 130  # the shell's status for a command ended by Ctrl-C (128 + SIGINT)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _exit(signum, frame):
    raise SystemExit(INTERRUPTED)


def as_ctrl_c() -> None:
    """SIGTERM and SIGHUP raise KeyboardInterrupt in the main thread, as Ctrl-C does; one ignored (nohup) stays so."""
    for stop in STOPS:
        if signal.getsignal(stop) == signal.SIG_DFL:
            signal.signal(stop, _interrupt)


def quits() -> None:
    """SIGTERM and SIGHUP raise SystemExit, which ends a worker process without a traceback after its `with`
    blocks (its sandbox) close; SIGINT is ignored: the coordinator stops its workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for stop in STOPS:
        signal.signal(stop, _exit)


def interrupted(program: str, said: str = "") -> None:
    """One line for an interrupted command (`said`: what it kept, where), and the shell's status; the line is
    left out when stderr is gone (a closed terminal's SIGHUP: a traceback and exit 1 otherwise)."""
    try:
        sys.stderr.write(f"{program}: interrupted{said}\n")
        sys.stderr.flush()
    except OSError:  # the terminal is gone (SIGHUP)
        pass
    raise SystemExit(INTERRUPTED)
