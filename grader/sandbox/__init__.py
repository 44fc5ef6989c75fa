"""Run untrusted student code safely and fast: bwrap/unshare/rlimits isolation, a zygote, a frame protocol.

    from mlptutor.grader.sandbox import Sandbox, Call, Ref, RNG, Limits, JobResult, Outcome, Foreign

See README.md in this folder for the levels, the protocol and the limits.
"""

from mlptutor.grader.sandbox.calls import RNG, Call, JobResult, Limits, Outcome, Ref, SandboxError
from mlptutor.grader.sandbox.sandbox import Sandbox


def __getattr__(name: str):
    # Foreign comes with the wire, which imports NumPy: starting a Sandbox does not need it, so `mlptutor
    # check` starts the zygote before its own NumPy import (0.22 s earlier on a loaded machine, 2026-12-05)
    if name == "Foreign":
        from mlptutor.grader.sandbox.wire import Foreign
        return Foreign
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Call", "Foreign", "JobResult", "Limits", "Outcome", "Ref", "RNG", "Sandbox", "SandboxError"]
