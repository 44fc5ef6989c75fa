"""Suite-wide: `mlptutor check`'s on-disk cache (grader/diskcache.py) lives in a folder of this run, so the
suite neither reads what an earlier run or the user's own checks kept nor writes into the user's home.
Set in the environment, so the checks the tests start as subprocesses inherit it. And the costliest grading
begins in a second process once the tests are collected (tests/apart.py)."""

import atexit
import os
import shutil
import sys
import tempfile

import apart

os.environ["MLPTUTOR_CACHE"] = _CACHE = tempfile.mkdtemp(prefix="mlptutor-test-cache-")
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

# students' files, not tests: a wrong file named like *_test.py is not collected (r24_caffe_phase_test.py was)
collect_ignore_glob = ["solutions/*"]


def pytest_collection_modifyitems(session, config, items):
    """A module that says RUNS_LAST (the independent wrong files') goes last, so the second process grades its
    batches beside all the other tests (it queues them after what those tests need sooner)."""
    items.sort(key=lambda item: getattr(getattr(item, "module", None), "RUNS_LAST", False))  # stable


def pytest_collection_finish(session):
    """Queue, in the order the tests need them, the grading of the collected spec classes' edits (spec_cases'
    `named` fixture) and what a module's `begin_apart(its collected items)` queues."""
    if session.config.option.collectonly:
        return
    modules: dict = {}
    for item in session.items:
        if hasattr(getattr(item, "module", None), "begin_apart"):
            modules.setdefault(item.module, []).append(item)
    for item in session.items:
        if "named" in getattr(item, "fixturenames", ()) and getattr(item.cls, "exercise", ""):
            cases = sys.modules[next(c for c in item.cls.__mro__ if "named" in vars(c)).__module__]  # spec_cases
            apart.begin(("named", item.cls.exercise), cases.named_rows, item.cls.exercise, item.cls.others)
        if getattr(item, "module", None) in modules:
            item.module.begin_apart(modules.pop(item.module))


def pytest_sessionfinish(session):
    """A run that ended before the tests took the second process's results (-x, Ctrl-C) stops it."""
    apart.stop()
