"""A finished job is freed when its last reference goes, not at the collector's next pass: a bulk worker grades
hundreds of submissions, and a job kept in a reference cycle kept its calls and outcomes (some 1,500 objects of a
submission) until a collection had to walk them all."""

import gc
import weakref

from mlptutor.grader.sandbox.calls import Call, Limits
from mlptutor.grader.sandbox.job import SandboxJob


def test_a_priced_job_is_freed_by_its_last_reference():
    calls = [Call("a", "m", "f", (1,)), Call("b", "m", "f", (2,))]
    asked = []
    job = SandboxJob({"m": "def f(x):\n    return x\n"}, calls, Limits(), price=lambda call: asked.append(call) or 0.5)
    assert job.timer.price("b") == 0.5 and asked == [calls[1]]  # the price is asked of the call with that id
    gone = weakref.ref(job)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del job
        assert gone() is None
    finally:
        if enabled:
            gc.enable()
