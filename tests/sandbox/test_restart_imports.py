"""After a timeout the new child imports only the modules its calls need (and those they import), each in its own
stage just before the first call that needs it: a module no call needs is not imported again, an import's CPU time
is not charged to a call, and module errors keep their blame."""

from dataclasses import replace

import pytest

from mlptutor.grader.sandbox import Call, Limits
from mlptutor.grader.sandbox.calls import Outcome
from mlptutor.grader.sandbox.job import SandboxJob, imported_names
from tests.sandbox.conftest import LIMITS, open_sandbox

HANG = "def spin():\n    while True:\n        pass\n\ndef ok():\n    return 1\n"
NOISY = "print('noisy imported')\ndef value():\n    return 2\n"
# 0.25 s of CPU when imported: more than a later timed-out call's floor here (tests/sandbox/conftest.py: 0.1 s)
HEAVY = ("import time\nprint('heavy imported')\nend = time.process_time() + 0.25\n"
         "while time.process_time() < end:\n    pass\ndef three():\n    return 3\n")
USER = "print('user imported')\ndef value():\n    import heavy  # in the body: not when user.py is imported\n    return heavy.three() + 1\n"


@pytest.fixture(scope="module")
def bwrap():
    """The sandbox tests' CPU limits, with wall limits a loaded machine does not reach first: at 0.5 s a call and 8 s
    a job, heavy's 0.25 s of CPU and the loops' timeouts passed them under CI's own load (told waiting, or the job's
    budget spent and the later calls skipped)."""
    with open_sandbox("bwrap", limits=replace(LIMITS, call_wall_seconds=5.0, job_seconds=30.0)) as sandbox:
        yield sandbox


def test_after_a_timeout_only_the_modules_the_calls_need_are_imported_again(bwrap):
    modules = {"hang": HANG, "noisy": NOISY, "heavy": HEAVY, "user": USER}
    calls = [Call("spin", "hang", "spin"), Call("ok", "hang", "ok"), Call("user", "user", "value")]
    result = bwrap.run(modules, calls)
    outcomes = {call_id: (o.status, o.value) for call_id, o in result.outcomes.items()}
    assert outcomes == {"spin": ("timeout", None), "ok": ("ok", 1), "user": ("ok", 4)}, result
    assert result.module_errors == {}
    # no call is in noisy.py: only the first child imported it
    assert result.output.count("noisy imported") == 1, result.output
    # heavy.py, imported in user.value's body, had an import stage of its own again: its 0.25 s of CPU did not
    # count against the call, whose floor after the timeout is 0.1 s
    assert result.output.count("user imported") == result.output.count("heavy imported") == 2, result.output


def test_modules_no_child_reported_on_are_imported_by_the_next_one_with_their_errors(bwrap):
    modules = {"a_hangs": "while True:\n    pass\n", "b_broken": "raise RuntimeError('top-level failure')\n",
               "c": "print('c imported')\ndef f():\n    return 5\n"}
    result = bwrap.run(modules, [Call("f", "c", "f")])
    assert result.outcomes["f"].status == "ok" and result.outcomes["f"].value == 5
    assert result.module_errors["a_hangs"].startswith("importing a_hangs.py failed: the worker timed out")
    assert result.module_errors["b_broken"] == "RuntimeError: top-level failure (b_broken.py line 1)"
    assert result.output.count("c imported") == 1  # the first child never reached c.py's import stage


def test_a_module_error_found_before_a_timeout_stays_and_the_module_is_not_imported_again(bwrap):
    modules = {"hang": HANG, "broken": "print('broken imported')\nraise ValueError('bad')\n",
               "uses": "def f():\n    import broken\n    return 1\n"}
    calls = [Call("spin", "hang", "spin"), Call("uses", "uses", "f")]
    result = bwrap.run(modules, calls)
    assert result.module_errors == {"broken": "ValueError: bad (broken.py line 2)"}
    assert result.outcomes["spin"].status == "timeout"
    uses = result.outcomes["uses"]
    assert uses.status == "error" and "broken.py cannot be imported: ValueError: bad" in uses.error, uses
    assert result.output.count("broken imported") == 1, result.output


def stages(job: SandboxJob) -> list[tuple]:
    return job._stages([c.id for c in job.calls if c.id not in job.outcomes])


def test_a_new_child_imports_each_module_just_before_the_first_call_that_needs_it():
    modules = {"a": "import numpy as np\n", "b": "def f():\n    from c import g\n    return g()\n",
               "c": "import d.sub as x, numpy\n", "d": "", "e": "", "f": ""}
    calls = [Call("a", "a", "f"), Call("b", "b", "f"), Call("e", "e", "f"), Call("a2", "a", "f")]
    job = SandboxJob(modules, calls, Limits())
    imports = [("import", name) for name in "abcdef"]
    assert stages(job) == imports + [("call", "a"), ("call", "b"), ("call", "e"), ("call", "a2")]  # the first child
    job.imported = {"a", "b", "c", "d", "e"}  # the first child stopped before importing f.py: f first, errors unknown
    job.outcomes["a"] = Outcome("timeout")
    assert stages(job) == [("import", "f"), ("import", "b"), ("import", "c"), ("import", "d"), ("call", "b"),
                           ("import", "e"), ("call", "e"), ("import", "a"), ("call", "a2")]
    job.imported.add("f")
    job.module_errors["e"] = "RuntimeError: failed"
    job.outcomes["b"] = Outcome("ok", value=None)
    assert stages(job) == [("call", "e"), ("import", "a"), ("call", "a2")]  # never e.py again: its error is known


def test_imported_names_reads_every_form_of_import_statement():
    source = (b"import numpy as np, helper\nfrom a.b import c\n  def f():\n    import x.y as z\n"
              b"important = 1\nfrom . import q\nfrom_here = 2\n")
    assert imported_names(source) == {"numpy", "helper", "a", "x"}
