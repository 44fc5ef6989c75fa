"""Attacks of the nineteenth round on the sandbox: the harness's pipes closed where no system-call filter keeps them."""

from mlptutor.grader.sandbox import Call, seccomp
from tests.sandbox.conftest import assert_healthy, open_sandbox

CLOSES = "import os\ndef f():\n    os.closerange(3, 1 << 16)\n    return 1\n"
INNOCENT = "def g():\n    return 2\n"


def test_without_seccomp_a_job_closing_the_harness_pipes_is_told_as_such(monkeypatch):
    """Without the filter (another architecture, an old kernel) the closed result pipe lost the job: before, every
    call said "the worker exited with code 70 (sys.exit or os._exit?)", under the harness's traceback in the output."""
    monkeypatch.setattr(seccomp, "filter_unavailable", lambda: "disabled by this test")
    with open_sandbox("bwrap") as sb:
        result = sb.run({"closes": CLOSES, "innocent": INNOCENT}, [Call("closes", "closes", "f"),
                                                                   Call("after", "innocent", "g")])
        # the innocent call runs in a fresh child when the lost child is found in the closing call's stage, and is
        # lost with it when its batched outcome was being written (timing: either, red21 saw both in 3 runs each)
        closing, after = result.outcomes["closes"], result.outcomes["after"]
        for outcome in (closing, after) if after.status != "ok" else (closing,):
            assert outcome.status == "crashed" and "lost its pipes to the grader" in outcome.error, outcome
            assert "closed or replaced file descriptors it did not open" in outcome.error
        assert after.status == "crashed" or after.value == 2
        assert "Traceback" not in result.output, result.output
        assert_healthy(sb)
