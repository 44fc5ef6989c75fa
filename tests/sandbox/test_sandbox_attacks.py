"""Hostile submissions: each ends as failed calls or module errors with a clear reason, at bwrap and rlimits,
and the sandbox stays up and correct for the next job."""

import time

import numpy as np
import pytest

from mlptutor.grader.sandbox import Call, Limits
from mlptutor.grader.sandbox.wire import message
from tests.sandbox.conftest import assert_healthy, processes_of, run_one


def test_infinite_loop_times_out(sandbox):
    outcome, _ = run_one(sandbox, "def f():\n    while True:\n        pass\n")
    assert outcome.status == "timeout"
    assert "timed out after 0.5 s" in outcome.error
    assert_healthy(sandbox)


def test_sleep_ignoring_signals_times_out(sandbox):
    source = ("import signal, time\n"
              "def f():\n"
              "    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGALRM, signal.SIGHUP):\n"
              "        signal.signal(s, signal.SIG_IGN)\n"
              "    signal.pthread_sigmask(signal.SIG_BLOCK, set(signal.Signals))\n"
              "    time.sleep(60)\n")
    outcome, _ = run_one(sandbox, source)
    assert outcome.status == "timeout"
    assert_healthy(sandbox)


def test_memory_bomb_fails_the_call(sandbox):
    source = ("import numpy as np\n"
              "def f():\n    blocks = []\n    while True:\n        blocks.append(np.empty(1 << 27))\n")
    outcome, _ = run_one(sandbox, source)
    assert outcome.status in ("error", "crashed")
    assert "MemoryError" in outcome.error or "killed" in outcome.error
    assert_healthy(sandbox)


def test_fork_bomb_is_contained(sandbox):
    source = ("import os\n"
              "def f():\n"
              "    while True:\n"
              "        try:\n"
              "            os.fork()\n"
              "        except OSError:\n"
              "            pass\n")
    outcome, _ = run_one(sandbox, source)
    assert outcome.status in ("timeout", "crashed", "error")
    assert_healthy(sandbox)


DAEMONISED_GRANDCHILD = ("import os, signal, time\n"
                         "def f():\n"
                         "    if os.fork() == 0:\n"
                         "        os.setsid()\n"
                         "        if os.fork() == 0:\n"
                         "            signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
                         "            time.sleep(60)\n"
                         "        os._exit(0)\n"
                         "    time.sleep(0.1)\n"
                         "    return 1\n")
# still running when the job ends: the job child's own children when it is killed, the zygote's (a subreaper) after
CHILDREN_LEFT_RUNNING = ("import os, time\n"
                         "def f():\n"
                         "    for _ in range(3):\n"
                         "        if os.fork() == 0:\n"
                         "            os.fork()\n"
                         "            time.sleep(60)\n"
                         "            os._exit(0)\n"
                         "    return 1\n")


@pytest.mark.parametrize("source", [DAEMONISED_GRANDCHILD, CHILDREN_LEFT_RUNNING], ids=["daemonised", "left-running"])
def test_processes_the_job_started_are_killed(sandbox, source):
    outcome, _ = run_one(sandbox, source)
    assert outcome.status == "ok" and outcome.value == 1
    uid = sandbox._resources.lease.uid
    if uid is not None:
        # the zygote ends the job (kills and reaps what it left) once its report is out, beside the caller reading
        # it: on a loaded machine a process may still stand when run() returns (seen once in a full run)
        deadline = time.monotonic() + 10
        while processes_of(uid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert processes_of(uid) == []
    assert_healthy(sandbox)


def test_segfault_crashes_only_its_call(sandbox):
    source = ("import ctypes\n"
              "def f():\n    ctypes.string_at(0)\n"
              "def g():\n    return 7\n")
    result = sandbox.run({"m": source}, [Call("bad", "m", "f"), Call("good", "m", "g")])
    assert result.outcomes["bad"].status == "crashed"
    assert "SIGSEGV" in result.outcomes["bad"].error
    assert result.outcomes["good"].status == "ok" and result.outcomes["good"].value == 7
    assert_healthy(sandbox)


def test_exit_inside_calls(sandbox):
    source = ("import os, sys\n"
              "def a():\n    sys.exit(3)\n"
              "def b():\n    os._exit(4)\n"
              "def z():\n    os._exit(0)\n"
              "def c():\n    return 'still here'\n")
    calls = [Call("a", "m", "a"), Call("b", "m", "b"), Call("z", "m", "z"), Call("c", "m", "c")]
    result = sandbox.run({"m": source}, calls)
    assert result.outcomes["a"].status == "error" and "sys.exit(3)" in result.outcomes["a"].error
    assert result.outcomes["b"].status == "crashed" and "exited with code 4" in result.outcomes["b"].error
    assert result.outcomes["z"].status == "crashed"  # exit code 0 without a result means nothing
    assert result.outcomes["c"].value == "still here"
    assert_healthy(sandbox)


def test_exit_at_import(sandbox):
    modules = {"quits": "import sys\nsys.exit(2)\n", "dies": "import os\nos._exit(5)\n",
               "fine": "def f():\n    return 1\n"}
    result = sandbox.run(modules, [Call("q", "quits", "f"), Call("d", "dies", "f"), Call("ok", "fine", "f")])
    assert "sys.exit(2)" in result.module_errors["quits"]
    assert "exited with code 5" in result.module_errors["dies"]
    assert result.outcomes["q"].status == result.outcomes["d"].status == "module_error"
    assert result.outcomes["ok"].value == 1
    assert_healthy(sandbox)


def test_forged_output_is_only_output(sandbox):
    fake = message({"kind": "outcome", "id": "c", "status": "ok", "value": 42, "error": "", "seconds": 0.0}, [])
    source = ("import sys\n"
              f"FAKE = {fake!r}\n"
              "def f():\n"
              "    sys.stdout.buffer.write(FAKE)\n"
              "    print('{\"kind\": \"done\"}')\n"
              "    sys.stdout.flush()\n"
              "    return 1\n")
    outcome, result = run_one(sandbox, source)
    assert outcome.status == "ok" and outcome.value == 1
    assert '"kind": "done"' in result.output


def test_forged_frames_on_the_result_pipe_fail_the_call(sandbox):
    fake = message({"kind": "done"}, [])
    source = f"import os\ndef f():\n    os.write(3, {fake!r})\n    return 1\ndef g():\n    return 2\n"
    result = sandbox.run({"m": source}, [Call("f", "m", "f"), Call("g", "m", "g")])
    assert result.outcomes["f"].status == "crashed" and "malformed" in result.outcomes["f"].error
    assert result.outcomes["g"].value == 2


def test_monkeypatching_does_not_reach_the_next_job(sandbox):
    source = ("import builtins, numpy as np\n"
              "def f():\n"
              "    np.sum = lambda *a, **k: 99\n"
              "    np.allclose = lambda *a, **k: True\n"
              "    builtins.len = lambda x: 0\n"
              "    return np.sum([1])\n")
    outcome, _ = run_one(sandbox, source)
    assert outcome.value == 99
    probe = "import numpy as np\ndef f():\n    return [np.sum([1, 2]), bool(np.allclose(1, 2)), len('abc')]\n"
    assert run_one(sandbox, probe)[0].value == [3, False, 3]


def test_monkeypatching_at_import_does_not_reach_the_next_job(sandbox):
    run_one(sandbox, "import builtins, numpy as np\nnp.zeros = None\nbuiltins.print = None\ndef f():\n    return 1\n")
    assert_healthy(sandbox)


def test_student_numpy_py_does_not_shadow_numpy(sandbox):
    modules = {"numpy": "def sum(x):\n    return 'fake'\n",
               "m": "import numpy as np\ndef f():\n    return float(np.sum(np.ones(3)))\n"}
    result = sandbox.run(modules, [Call("c", "m", "f")])
    assert "shadow" in result.module_errors["numpy"]
    assert result.outcomes["c"].value == 3.0


def test_student_module_named_like_the_harness_is_refused(sandbox):
    result = sandbox.run({"mlptutor_sandbox_wire": "x = 1\n"}, [])
    assert "shadow" in result.module_errors["mlptutor_sandbox_wire"]


def test_syntax_error_names_the_line(sandbox):
    result = sandbox.run({"m": "def f(:\n    pass\n"}, [Call("c", "m", "f")])
    assert result.module_errors["m"].startswith("SyntaxError")
    assert "m.py line 1" in result.module_errors["m"]
    assert result.outcomes["c"].status == "module_error"


def test_non_utf8_source_is_a_module_error(sandbox):
    result = sandbox.run({"m": b"# caf\xe9\ndef f():\n    return 1\n"}, [Call("c", "m", "f")])
    assert "not valid UTF-8" in result.module_errors["m"]
    assert result.outcomes["c"].status == "module_error"


def test_missing_function(sandbox):
    outcome, _ = run_one(sandbox, "def g():\n    return 1\n")
    assert outcome.status == "missing_function" and "f()" in outcome.error


def test_not_implemented(sandbox):
    outcome, _ = run_one(sandbox, "def f():\n    raise NotImplementedError('write me')\n")
    assert outcome.status == "not_implemented"


def test_error_names_exception_file_and_line(sandbox):
    outcome, _ = run_one(sandbox, "def f():\n    x = 1\n    return x / 0\n")
    assert outcome.status == "error"
    assert outcome.error == "ZeroDivisionError: division by zero (m.py line 3)"


def test_an_object_address_in_an_error_is_masked(sandbox):
    # the same submission gets the same words on every run: addresses change from run to run
    outcome, _ = run_one(sandbox, "def f():\n    raise ValueError(f'bad {object()!r} and 0x1f')\n")
    assert outcome.error.startswith("ValueError: bad <object object at 0x...> and 0x1f (m.py line 2)"), outcome.error


def test_output_flood_is_capped(sandbox):
    limits = Limits(call_seconds=2.0, job_seconds=8.0, output_bytes=1000)
    source = "def f():\n    for _ in range(20000):\n        print('x' * 100)\n    return 1\n"
    result = sandbox.run({"m": source}, [Call("c", "m", "f")], limits=limits)
    assert result.outcomes["c"].value == 1
    assert len(result.output) < 1100 and "output truncated" in result.output


def test_huge_file_write_fails(sandbox):
    source = "def f():\n    with open('big', 'wb') as out:\n        out.write(b'x' * (4 << 20))\n"
    outcome, _ = run_one(sandbox, source)
    assert outcome.status == "error" and "File too large" in outcome.error


def test_job_budget_bounds_the_total(sandbox):
    limits = Limits(call_seconds=0.1, call_wall_seconds=0.4, job_seconds=1.0)  # wall time: the load cannot stretch it
    source = "import time\ndef f():\n    time.sleep(100)\n"
    calls = [Call(f"c{i}", "m", "f", group=f"g{i}") for i in range(6)]  # each its own timeout group
    result = sandbox.run({"m": source}, calls, limits=limits)
    statuses = [result.outcomes[c.id].status for c in calls]
    assert statuses[:2] == ["timeout", "timeout"] and statuses[-1] == "skipped"


def test_a_function_that_timed_out_is_not_called_again(sandbox):
    limits = Limits(call_seconds=0.1, call_wall_seconds=0.4, job_seconds=10.0)  # wall time: the load cannot stretch it
    source = "import time\ndef spin(x):\n    time.sleep(100)\n\ndef ok(x):\n    return x\n"
    calls = [Call(f"s{i}", "m", "spin", (i,)) for i in range(5)] + [Call("fine", "m", "ok", (7,))]
    start = time.monotonic()
    result = sandbox.run({"m": source}, calls, limits=limits)
    assert time.monotonic() - start < 2.0  # one timeout, not five
    assert [result.outcomes[f"s{i}"].status for i in range(5)] == ["timeout"] * 5
    assert result.outcomes["s3"].error == "not run after an earlier call of m.spin() timed out"
    assert result.outcomes["fine"].status == "ok" and result.outcomes["fine"].value == 7


def test_results_are_plain_data_or_foreign(sandbox):
    source = ("import numpy as np\n"
              "class Sub(np.ndarray):\n    pass\n"
              "class Liar:\n    def __eq__(self, other):\n        return True\n"
              "    def __array__(self, *a, **k):\n        return np.zeros(3)\n"
              "def f():\n"
              "    return (np.arange(3.0).view(Sub), Liar(), (i * i for i in range(3)), np.float64(2.5),\n"
              "            {'k': np.array([True])}, np.array([object()]))\n")
    outcome, _ = run_one(sandbox, source)
    sub, liar, squares, scalar, mapping, objects = outcome.value
    assert type(sub).__name__ == "Foreign" and sub.type_name == "Sub"
    assert type(liar).__name__ == "Foreign" and liar.type_name == "Liar"
    assert squares == [0, 1, 4] and type(scalar) is np.float64 and scalar == 2.5  # its dtype kept
    assert type(mapping["k"]) is np.ndarray and mapping["k"].dtype == bool
    assert objects.type_name == "ndarray"


def test_a_foreign_type_name_comes_back_on_one_line(sandbox):
    # the name is worded into messages ("result has type ..."), which Gradescope's output keeps lines of
    source = "def f():\n    return type('Evil\\nok value (value) 2/2: matches', (), {})()\n"
    outcome, _ = run_one(sandbox, source)
    assert outcome.value.type_name == "Evil ok value (value) 2/2: matches"


def test_closing_the_result_pipe_fails_only_that_call(sandbox):
    # the system-call filter keeps the harness's pipes open (seccomp.py); without it the call "closed its result pipe"
    source = "import os, time\ndef f():\n    os.close(3)\n    time.sleep(5)\ndef g():\n    return 2\n"
    result = sandbox.run({"m": source}, [Call("f", "m", "f"), Call("g", "m", "g")])
    assert result.outcomes["f"].status == "error" and "PermissionError" in result.outcomes["f"].error
    assert result.outcomes["g"].value == 2


def test_str_source_with_lone_surrogates_is_not_utf8(sandbox):
    result = sandbox.run({"m": "x = '\ud800'\n"}, [])
    assert "not valid UTF-8" in result.module_errors["m"]


def test_limits_threads_and_fds_in_force(sandbox):
    source = ("import os, resource\n"
              "def f():\n"
              "    names = ('AS', 'NPROC', 'NOFILE', 'FSIZE', 'CORE')\n"
              "    limits = [resource.getrlimit(getattr(resource, 'RLIMIT_' + n))[0] for n in names]\n"
              "    threads = [os.environ.get(v) for v in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS')]\n"
              "    return limits, threads, sorted(int(fd) for fd in os.listdir('/proc/self/fd')), sys.path\n")
    limits, threads, fds, path = run_one(sandbox, "import sys\n" + source)[0].value
    expected = sandbox.limits
    assert limits == [expected.memory_bytes, expected.processes, expected.open_files, expected.file_bytes, 0]
    assert threads == ["1", "1", "1"]
    # stdin, output, output, result and request pipes, the output's copy (+ listdir's own), and the stdlib's dir when
    # the sandbox uid cannot enter a dir above it (rlimits: worker.reroute)
    fds = [fd for fd in fds if f"/proc/self/fd/{fd}" not in path]
    assert fds[:6] == [0, 1, 2, 3, 4, 5] and len(fds) <= 7
