"""Suite-wide: `mlptutor check`'s on-disk cache (grader/diskcache.py) lives in a folder of this run, so the
suite neither reads what an earlier run or the user's own checks kept nor writes into the user's home.
Set in the environment, so the checks the tests start as subprocesses inherit it."""

import atexit
import os
import shutil
import tempfile

os.environ["MLPTUTOR_CACHE"] = _CACHE = tempfile.mkdtemp(prefix="mlptutor-test-cache-")
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


def _grades_apart(item) -> bool:
    return hasattr(getattr(item, "module", None), "start_grading_apart")


def pytest_collection_modifyitems(session, config, items):
    """The module whose grading runs in a second process goes last, so that process grades beside all the others."""
    items.sort(key=_grades_apart)  # stable: every other test keeps its place


def pytest_collection_finish(session):
    """Grading the independent wrong solutions starts beside the other tests when one of the collected tests needs
    it (tests/grader/test_independent_solutions.py: start_grading_apart)."""
    if session.config.option.collectonly:
        return
    for item in session.items:
        if "wrong_rows" in getattr(item, "fixturenames", ()):
            item.module.start_grading_apart()
            return


def pytest_sessionfinish(session):
    """A run that ended before wrong_rows took the second process's results (-x, Ctrl-C) stops it."""
    for item in session.items:
        if _grades_apart(item):
            item.module.stop_grading_apart()
            return
