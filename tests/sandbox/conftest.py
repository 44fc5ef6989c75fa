"""Shared sandboxes for the sandbox tests: one per isolation level and test module, with small limits."""

import os

import pytest

from mlptutor.grader.sandbox import Call, Limits, Sandbox
from mlptutor.grader.sandbox.levels import unavailable
from mlptutor.grader.sandbox.runtime import runtime

LIMITS = Limits(call_seconds=0.5, call_wall_seconds=0.5, job_seconds=8.0)


def skip_unless_available(level: str) -> None:
    reason = unavailable(level, runtime(("numpy",)))
    if reason:
        pytest.skip(f"level {level!r} cannot run on this machine: {reason}")


def open_sandbox(level: str, **options) -> Sandbox:
    skip_unless_available(level)
    return Sandbox(level=level, limits=options.pop("limits", LIMITS), **options)


@pytest.fixture(scope="module", params=["bwrap", "rlimits"])
def sandbox(request):
    """A sandbox at each level the attack must be stopped at."""
    with open_sandbox(request.param) as sb:
        yield sb


@pytest.fixture(scope="module")
def bwrap():
    with open_sandbox("bwrap") as sb:
        yield sb


def run_one(sb: Sandbox, source: str, function: str = "f", args=(), **call_options):
    """Run one call of module `m`; (outcome, result)."""
    result = sb.run({"m": source}, [Call("c", "m", function, args, **call_options)])
    return result.outcomes["c"], result


def processes_of(uid) -> list[int]:
    """Host pids running as `uid` (the sandbox's private uid)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/status") as f:
                    text = f.read()
            except OSError:
                continue
            fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
            if int(fields["Uid"].split()[0]) == uid and fields["State"].split()[0] != "Z":
                found.append(int(entry))
    return found


def assert_healthy(sb: Sandbox) -> None:
    """The sandbox still runs a normal job correctly and nothing of the last job survives."""
    outcome, result = run_one(sb, "import numpy as np\ndef f(x):\n    return np.sum(x) + len([1, 2])\n",
                              args=([1.0, 2.0],))
    assert outcome.status == "ok" and outcome.value == 5.0, (outcome, result.module_errors)
    uid = sb._resources.lease.uid
    if uid is not None:
        assert processes_of(uid) == []
