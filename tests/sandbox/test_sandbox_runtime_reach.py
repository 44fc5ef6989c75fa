"""A job reaches the whole Python runtime at every level, nothing more of a dir the sandbox uid cannot enter.

Here the runtime is a pyenv under /root (mode 0700): at unshare and rlimits a job's child (the sandbox uid) could
import only what its zygote had imported, so every formula of derivatives "could not be judged" (the symbolic
worker's `from __future__ import annotations`) and a correct file starting with that line scored 0.
"""

import os
import tempfile
import textwrap
from pathlib import Path

import pytest

from mlptutor.grader.bulk.engine import PRELOAD
from mlptutor.grader.pipeline import Grader
from mlptutor.grader.sandbox import Limits, levels
from mlptutor.grader.sandbox.runtime import runtime
from tests.sandbox.conftest import open_sandbox, run_one

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"
HEADER = "from __future__ import annotations\nimport colorsys\n"  # neither is in a zygote (worker.WARM)
LOCKED = sorted(levels.covers(runtime(PRELOAD)))  # dirs above the runtime other users cannot enter

LAZY = textwrap.dedent("""\
    import numpy as np
    def f():
        import colorsys
        np.testing.assert_allclose([1.0], [1.0])  # imports unittest
        return [float(np.polynomial.polynomial.polyval(2.0, [1.0, 2.0])),
                float(np.ma.masked_array([1.0, 2.0], mask=[0, 1]).sum()), colorsys.rgb_to_hsv(0.0, 0.0, 1.0)[2]]
    """)

READ = textwrap.dedent("""\
    def f(path):
        try:
            with open(path) as file:
                return file.read()
        except OSError as exc:
            return type(exc).__name__
    """)


@pytest.fixture(scope="module", params=["bwrap", "unshare", "rlimits"])
def sandbox(request):
    with open_sandbox(request.param, preload=PRELOAD, limits=Limits()) as sb:
        yield sb


def test_a_correct_file_importing_what_no_zygote_holds_gets_full_marks(sandbox):
    sources = {name: HEADER + (SOLUTIONS / f"{name}.py").read_text() for name in ("activations", "derivatives")}
    report = Grader(sandbox).grade(sources, "alice", only=["activations", "derivatives"])
    failed = [(r.function, r.check, r.message) for r in report.checks if not r.passed]
    assert report.score == report.max_score > 0 and failed == [] and report.problems == []
    assert any(r.exercise == "derivatives" and r.check == "symbolic" for r in report.checks)  # judged, not skipped


def test_numpy_submodules_imported_on_first_use_load(sandbox):
    outcome, result = run_one(sandbox, LAZY)
    assert outcome.status == "ok" and outcome.value == [5.0, 1.0, 1.0], (outcome, result.module_errors)


@pytest.mark.skipif(os.geteuid() != 0 or not LOCKED, reason="needs root (the sandbox uid) and a runtime under a "
                                                            "dir other users cannot enter")
def test_the_rest_of_a_locked_dir_stays_unreadable(sandbox):
    with tempfile.NamedTemporaryFile("w", dir=LOCKED[0], prefix="mlptutor-probe-") as probe:
        probe.write("root's")
        probe.flush()
        os.chmod(probe.name, 0o644)  # readable by anyone who can reach it
        outcome, _ = run_one(sandbox, READ, args=(probe.name,))
    assert outcome.status == "ok" and outcome.value in ("FileNotFoundError", "PermissionError"), outcome
