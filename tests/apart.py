"""Grading that tests need, begun in a second process once the session's tests are collected (tests/conftest.py).

The suite is CPU-bound on CI's two cores: the tests keep about one busy, and the costliest grading (the independent
wrong files, every spec's catalogue edits) runs beside them here, in the order the tests will need it. A test takes
the second process's result, or grades itself, in its own process, what the second process has not begun: the
same rows, since a submission's verdicts depend only on its student name and files, not on which process grades
it nor on what that process graded before.
"""

from __future__ import annotations

import concurrent.futures
import ctypes
import multiprocessing
import os
import signal
from typing import Any, Callable

_pool: list = []  # the second process, once started
_jobs: dict = {}  # key -> its future
_grader: list = []  # the second process's own grader
PR_SET_PDEATHSIG = 1


def _open(parent: int) -> None:
    _dies_with(parent)
    from mlptutor.grader.pipeline import Grader
    from mlptutor.grader.sandbox import Sandbox

    _grader.append(Grader(Sandbox(level="auto")))


def _dies_with(parent: int) -> None:
    """This process is killed when pytest ends, however it ends: a SIGTERM of pytest runs no sessionfinish (stop),
    and the second process, waiting on a queue whose write end it holds itself, outlived it under init for 77
    minutes with its sandbox's zygotes (red21). Linux's parent-death signal; the zygotes end with it (their
    control sockets close with this process)."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # pytest ended before the signal was asked for
        os._exit(1)


def _run(fn: Callable, args: tuple) -> Any:
    return fn(_grader[0], *args)


def begin(key, fn: Callable, *args) -> None:
    """Queue fn(grader, *args) in the second process (fn a module-level function, args picklable)."""
    if not _pool:
        spawn = multiprocessing.get_context("spawn")
        _pool.append(concurrent.futures.ProcessPoolExecutor(1, spawn, _open, (os.getpid(),)))
    if key not in _jobs:
        _jobs[key] = _pool[0].submit(_run, fn, args)


def cancel(key) -> bool:
    """True when the job is this process's to do: never queued, or cancelled before the second process began it."""
    future = _jobs.get(key)
    return future is None or future.cancel()


def result(key) -> Any:
    """The second process's result of a job it has begun (waiting for it)."""
    return _jobs[key].result()


def take(key, grader, fn: Callable, *args) -> Any:
    """fn(grader, *args): the second process's result when it has begun the job, else graded here."""
    return fn(grader, *args) if cancel(key) else result(key)


def stop() -> None:
    """The second process ends after the job it is doing (the session's end, or one ended early: -x, Ctrl-C)."""
    for pool in _pool:
        pool.shutdown(cancel_futures=True)
