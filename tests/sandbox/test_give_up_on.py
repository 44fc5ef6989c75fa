"""After a call times out, the calls of its group without an outcome say what happened to them: those before
it were run by the stopped child but not reported yet, those after it are not run. Driven on the job's own
bookkeeping, so which outcomes the child had sent is not left to timing."""

from mlptutor.grader.sandbox.calls import Call, Limits, Outcome
from mlptutor.grader.sandbox.job import SandboxJob


def test_calls_the_stopped_child_ran_are_not_said_to_be_never_run():
    calls = [Call(f"s{i}", "m", "spin", (i,)) for i in range(5)] + [Call("fine", "m", "ok", (7,))]
    job = SandboxJob({"m": "def spin(x):\n    pass\n"}, calls, Limits())
    job.outcomes["s0"] = Outcome("ok", value=None)  # reported before the timeout
    assert job._blame("timeout", ("call", "s3"), "timed out after 0.25 s of CPU time")
    errors = {call_id: (o.status, o.error) for call_id, o in job.outcomes.items()}
    lost = "run, but not reported: the worker was stopped when a later call of m.spin() timed out"
    assert errors["s1"] == errors["s2"] == ("timeout", lost)
    assert errors["s3"] == ("timeout", "the worker timed out after 0.25 s of CPU time during this call")
    assert errors["s4"] == ("timeout", "not run after an earlier call of m.spin() timed out")
    assert errors["s0"] == ("ok", "") and "fine" not in job.outcomes  # another function: run by the next child
