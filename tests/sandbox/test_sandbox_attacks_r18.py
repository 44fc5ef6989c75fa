"""Attacks of the eighteenth round on the sandbox: the harness's own descriptors, closed, replaced or made
non-blocking by student code (seccomp.py keeps them; child.send and Request.next wait on a non-blocking pipe)."""

from mlptutor.grader.sandbox import Call
from tests.sandbox.conftest import assert_healthy

# before: the job ended with the harness's traceback in the output, every call of the submission "crashed" (those
# that ran before the attack too, their results still queued) and the innocent module's import was said to have
# called "sys.exit or os._exit?"
CLOSES = """
import os
os.closerange(3, 1 << 16)
def f():
    os.closerange(0, 1 << 16)
    return 1
"""
REPLACES = """
import os
def f():
    os.dup2(0, 3)
    return 1
"""
# before: a large result after this call failed to go out (BlockingIOError), the call that returned it "crashed"
NON_BLOCKING = """
import os
import numpy as np
def f():
    os.set_blocking(3, False)
    return 1
def big():
    return np.ones(1 << 17)
"""
INNOCENT = "def g():\n    return 2\n"


def test_student_code_cannot_close_replace_or_unblock_the_harness_pipes(sandbox):
    modules = {"closes": CLOSES, "replaces": REPLACES, "unblocks": NON_BLOCKING, "innocent": INNOCENT}
    calls = [Call("before", "innocent", "g"), Call("closes", "closes", "f"), Call("replaces", "replaces", "f"),
             Call("unblocks", "unblocks", "f"), Call("big", "unblocks", "big"), Call("big2", "unblocks", "big"),
             Call("after", "innocent", "g")]
    result = sandbox.run(modules, calls)
    outcomes = result.outcomes
    assert result.module_errors == {}, result.module_errors
    assert [outcomes[c].value for c in ("before", "closes", "unblocks", "after")] == [2, 1, 1, 2], outcomes
    assert outcomes["replaces"].status == "error" and "PermissionError" in outcomes["replaces"].error, outcomes
    assert outcomes["big"].status == outcomes["big2"].status == "ok" and outcomes["big2"].value.sum() == 1 << 17
    assert "Traceback" not in result.output, result.output
    assert_healthy(sandbox)


# a notebook whose scratch cell runs an experiment: it timed the whole import out, every function "could not be
# loaded" (0/17.5 for a right softmax); the cell is stopped once the notebook's cells used their share of the import's
# CPU time, and the cells after it run
NOTEBOOK = "def f():\n    return 1\n\n# In[ ]:\nwhile True:\n    pass\n\n# In[ ]:\ndef g():\n    return 2\n"


def test_a_notebook_cell_running_on_is_stopped_and_the_other_cells_run(sandbox):
    result = sandbox.run({"nb": NOTEBOOK}, [Call("f", "nb", "f"), Call("g", "nb", "g")])
    assert result.module_errors == {} and [result.outcomes[c].value for c in "fg"] == [1, 2], result
    assert result.module_notes["nb"].startswith("notebook cell 2 raised CellTooLong: ran past its notebook's share")


# a cell importing another notebook (imported in name order: aa before zz), then running on: the imported notebook's
# cells ran under timers of their own, which disarmed the importing cell's, and the whole import timed out
IMPORTING = "def f():\n    return 1\n\n# In[ ]:\nimport zz\nwhile True:\n    pass\n\n# In[ ]:\ndef g():\n    return zz.h()\n"
IMPORTED = "def h():\n    return 2\n\n# In[ ]:\nx = 3\n"


def test_a_cell_running_on_after_importing_another_notebook_is_stopped_too(sandbox):
    result = sandbox.run({"aa": IMPORTING, "zz": IMPORTED}, [Call("f", "aa", "f"), Call("g", "aa", "g")])
    assert result.module_errors == {} and [result.outcomes[c].value for c in "fg"] == [1, 2], result
    assert result.module_notes["aa"].startswith("notebook cell 2 raised CellTooLong"), result.module_notes
