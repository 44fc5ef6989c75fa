"""Suite-wide: `mlptutor check`'s on-disk cache (grader/diskcache.py) lives in a folder of this run, so the
suite neither reads what an earlier run or the user's own checks kept nor writes into the user's home.
Set in the environment, so the checks the tests start as subprocesses inherit it."""

import atexit
import os
import shutil
import tempfile

os.environ["MLPTUTOR_CACHE"] = _CACHE = tempfile.mkdtemp(prefix="mlptutor-test-cache-")
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
