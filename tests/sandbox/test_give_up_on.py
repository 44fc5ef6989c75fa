"""After a call times out (or the job's budget runs out), the calls without an outcome (of its group) say what
happened to them: those before it were run by the stopped child but not reported yet, those after it are not
run. Driven on the job's own bookkeeping, so which outcomes the child had sent is not left to timing."""

from mlptutor.grader.sandbox.calls import Call, Limits, Outcome
from mlptutor.grader.sandbox.job import LOOPING_POLL_SECONDS, POLL_SECONDS, SandboxJob


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
    assert job.poll == LOOPING_POLL_SECONDS < POLL_SECONDS  # its callers likely loop too: looked at more often
    assert job.timer.near("fine") and not SandboxJob({}, [Call("x", "n", "f")], Limits()).timer.near("x")


def test_when_the_job_budget_runs_out_calls_the_stopped_child_ran_are_said_to_be_run():
    calls = [Call(f"c{i}", "m", "f", (i,)) for i in range(4)]
    job = SandboxJob({"m": "def f(x):\n    return x\n"}, calls, Limits(job_seconds=3))
    job.outcomes["c0"] = Outcome("ok", value=0)  # reported before the budget ran out
    assert not job._blame("budget", ("call", "c2"), "ran out of the job's 3 s budget")
    errors = {call_id: (o.status, o.error) for call_id, o in job.outcomes.items()}
    assert errors["c1"] == ("timeout", "run, but not reported: the worker was stopped when the job's 3 s budget ran out")
    assert errors["c2"] == ("timeout", "the worker ran out of the job's 3 s budget during this call")
    assert errors["c3"] == ("skipped", "not run: the job's 3 s budget ran out")
    finishing = SandboxJob({"m": "def f(x):\n    return x\n"}, calls, Limits(job_seconds=3))
    assert not finishing._blame("budget", ("finishing", ""), "ran out of the job's 3 s budget")
    assert {o.status for o in finishing.outcomes.values()} == {"timeout"}  # every call had run


def test_when_the_budget_runs_out_in_an_import_between_calls_the_calls_before_it_are_said_to_be_run():
    """A child after a restart imports a module just before the first call that needs it."""
    calls = [Call("c0", "m", "f"), Call("c1", "m", "f"), Call("c2", "n", "g")]
    job = SandboxJob({"m": "def f():\n    return 1\n", "n": "def g():\n    return 2\n"}, calls, Limits(job_seconds=3))
    job.child_stages = [("import", "m"), ("call", "c0"), ("call", "c1"), ("import", "n"), ("call", "c2")]
    job.imported = {"m", "n"}  # an earlier child imported n.py: the budget, not the file, stopped this import
    assert not job._blame("budget", ("import", "n"), "ran out of the job's 3 s budget")
    assert {call_id: o.status for call_id, o in job.outcomes.items()} == {"c0": "timeout", "c1": "timeout",
                                                                          "c2": "skipped"}
    assert job.module_errors == {}
