"""Run untrusted student code safely and fast: bwrap/unshare/rlimits isolation, a zygote, a frame protocol.

    from mlptutor.grader.sandbox import Sandbox, Call, Ref, RNG, Limits, JobResult, Outcome, Foreign

See README.md in this folder for the levels, the protocol and the limits.
"""

from mlptutor.grader.sandbox.calls import RNG, Call, Foreign, JobResult, Limits, Outcome, Ref, SandboxError
from mlptutor.grader.sandbox.sandbox import Sandbox

__all__ = ["Call", "Foreign", "JobResult", "Limits", "Outcome", "Ref", "RNG", "Sandbox", "SandboxError"]
