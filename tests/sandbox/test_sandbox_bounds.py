"""Bounds per job: the private /tmp and /dev/shm are sized, IPC objects do not outlive the job, and what comes
back is bounded per call and per job before the grader holds it."""

import json
import random
import subprocess
import sys
import textwrap
import tracemalloc

import pytest

from mlptutor.grader.sandbox import Call, Limits, seccomp
import numpy as np

from mlptutor.grader.sandbox.wire import (OUTCOME, REFUSED, Arrays, Budget, MessageReader, ProtocolError, Reporter, TooLarge,
                                          encode, frame, refused, reserve, text_cost)
from tests.sandbox.conftest import assert_healthy, open_sandbox, run_one

TMP_BYTES = 2 << 20

FILL_TMP = textwrap.dedent("""\
    import os
    def shmem():
        with open("/proc/meminfo") as f:
            return int(next(line for line in f if line.startswith("Shmem:")).split()[1]) << 10
    def sizes():
        return [os.statvfs(path).f_blocks * os.statvfs(path).f_frsize for path in ("/tmp", "/dev/shm")]
    def fill():
        before = shmem()
        written = 0
        try:
            for i in range(256):  # 256 MiB if nothing stopped it
                with open(f"fill{i}", "wb") as f:
                    for _ in range(4):
                        written += f.write(b"x" * (256 << 10))
        except OSError as exc:
            return written, exc.errno, shmem() - before
        return written, 0, shmem() - before
    def fill_and_fail():
        for i in range(256):
            with open(f"fill{i}", "wb") as f:
                f.write(b"x" * (512 << 10))
    """)


@pytest.fixture(scope="module", params=["bwrap", "unshare"])
def small_tmp(request):
    with open_sandbox(request.param, limits=Limits(call_seconds=2.0, job_seconds=8.0, tmp_bytes=TMP_BYTES)) as sb:
        yield sb


def test_private_tmp_and_shm_are_sized(small_tmp):
    outcome, _ = run_one(small_tmp, FILL_TMP, "sizes")
    assert outcome.status == "ok" and outcome.value == [TMP_BYTES, TMP_BYTES]


def test_filling_tmp_stops_at_the_bound_and_host_memory_does_not_grow(small_tmp):
    outcome, _ = run_one(small_tmp, FILL_TMP, "fill")
    written, errno, shmem_growth = outcome.value
    assert errno == 28 and written <= TMP_BYTES  # ENOSPC
    assert shmem_growth < 64 << 20  # host-wide, so other processes move it too: far below the 256 MiB tried
    failed, _ = run_one(small_tmp, FILL_TMP, "fill_and_fail")
    assert failed.status == "error" and "No space left on device" in failed.error
    assert run_one(small_tmp, FILL_TMP, "sizes")[0].value == [TMP_BYTES, TMP_BYTES]  # emptied after each job
    assert_healthy(small_tmp)


IPC = textwrap.dedent("""\
    import ctypes, os
    libc = ctypes.CDLL(None, use_errno=True)
    libc.shmat.restype = ctypes.c_void_p
    IPC_CREAT = 0o1000
    def write(key):
        shm = libc.shmget(key, 4096, IPC_CREAT | 0o666)
        if shm >= 0:
            address = libc.shmat(shm, None, 0)
            ctypes.memmove(address, b"secret of the last student", 26)
            libc.shmdt(ctypes.c_void_p(address))
        sem = libc.semget(key, 1, IPC_CREAT | 0o666)
        msg = libc.msgget(key, IPC_CREAT | 0o666)
        try:
            with open(f"/dev/shm/mlptutor-{key}", "w") as f:
                f.write("secret")
        except OSError:
            pass  # /dev/shm is not writable for the job under bwrap as root
        return [shm, sem, msg]
    def read(key):
        found = [libc.shmget(key, 0, 0), libc.semget(key, 0, 0), libc.msgget(key, 0, 0)]
        return found, os.path.exists(f"/dev/shm/mlptutor-{key}")
    """)


def test_sysv_ipc_objects_cannot_be_created(sandbox):
    key = random.randrange(1 << 20, 1 << 30)  # tests of other checkouts may run at once (rlimits: the host's IPC)
    writer, _ = run_one(sandbox, IPC, "write", (key,))
    assert writer.status == "ok" and writer.value == [-1, -1, -1], writer  # the seccomp filter: EPERM
    assert run_one(sandbox, IPC, "read", (key,))[0].value == ([-1, -1, -1], False)


@pytest.mark.parametrize("level", ["bwrap", "rlimits"])
def test_ipc_objects_of_a_job_are_gone_for_the_next_without_seccomp(level, monkeypatch):
    """Where there is no seccomp filter, a job can create them: they are removed when it ends."""
    monkeypatch.setattr(seccomp, "filter_unavailable", lambda: "disabled by this test")
    key = random.randrange(1 << 20, 1 << 30)
    with open_sandbox(level) as sb:
        assert sb.seccomp is False
        writer, _ = run_one(sb, IPC, "write", (key,))
        assert writer.status == "ok" and min(writer.value) >= 0, writer
        reader, _ = run_one(sb, IPC, "read", (key,))
        assert reader.value == ([-1, -1, -1], False)
        assert_healthy(sb)


def test_a_grader_reading_results_holds_at_most_the_budget():
    budget = Budget(1000)
    with pytest.raises(ProtocolError, match="over the job's limit"):
        MessageReader(budget).feed(frame(b'{"blobs": 1}') + (5000).to_bytes(4, "big") + b"\x93NUMPY")
    with pytest.raises(ProtocolError, match="over the job's limit"):  # JSON costs its objects, not its bytes
        MessageReader(Budget(1000)).feed(frame(b'{"blobs": 0, "x": [' + b"[]," * 100 + b"[]]}"))


@pytest.mark.parametrize("text", ["[" + "[]," * 5000 + "[]]", "[" + '"",' * 5000 + '""]',
                                  "[" + '{"a":{}},' * 2000 + "{}]", "[" + "1.5," * 5000 + "0]",
                                  '["' + "a" * 20000 + '\U0001F600"]', '{"' + '":{"'.join("k" * 60) + '":0' + "}" * 60])
def test_text_cost_bounds_what_json_makes_of_a_text(text):
    data = text.encode()
    tracemalloc.start()
    value = json.loads(data)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert value is not None and peak <= text_cost(data)


def test_results_over_the_limits_are_refused_call_by_call():
    limits = Limits(call_seconds=2.0, job_seconds=8.0, result_bytes=1 << 20, job_result_bytes=4 << 20)
    source = "import numpy as np\ndef big():\n    return np.ones(1 << 18)\ndef part():\n    return np.ones(100_000)\n"
    calls = [Call("big", "m", "big")] + [Call(f"p{i}", "m", "part") for i in range(60)]
    with open_sandbox("bwrap", limits=limits) as sb:
        result = sb.run({"m": source}, calls)
    big = result.outcomes["big"]
    assert big.status == "error" and "returned 2 MiB; the limit is 1 MiB per call" in big.error
    parts = [result.outcomes[f"p{i}"] for i in range(60)]
    assert [p.status for p in parts[:4]] == ["ok"] * 4 and parts[0].value.shape == (100_000,)
    refused = parts[5:]  # the job goes on: every later call is refused in its own words, none crashes
    assert all(p.status == "error" and "reached the limit of 4 MiB per submission" in p.error for p in refused)


def test_an_empty_result_with_a_huge_dimension_is_refused_as_the_call_s_own_error():
    # size 0, so no byte limit stops it, but the trusted side's table refuses a dimension over a frame:
    # it was sent anyway and blamed on the worker as a malformed result
    source = "import numpy as np\ndef f():\n    return np.empty((0, 2**40), np.int8)\ndef g():\n    return 1\n"
    with open_sandbox("bwrap") as sb:
        result = sb.run({"m": source}, [Call("f", "m", "f"), Call("g", "m", "g")])
    huge = result.outcomes["f"]
    assert huge.status == "error" and huge.error.startswith(REFUSED) and "(0, 1099511627776)" in huge.error
    assert result.outcomes["g"].status == "ok" and result.outcomes["g"].value == 1


GRADER_MEMORY = textwrap.dedent("""\
    import json, sys
    from mlptutor.grader.sandbox import Call, Limits, Sandbox
    SOURCE = '''
    import numpy as np, os, struct
    def f(i):
        return np.ones(25_000_000)  # 200 MB
    def forge(i):
        os.write(3, struct.pack(">I", 16) + b'{"blobs": 1}    ' + struct.pack(">I", 200_000_000) + b"x" * (1 << 20))
        return 1
    '''
    calls = [Call(f"c{i}", "m", "f", (i,)) for i in range(2)] + [Call("forged", "m", "forge", (0,))]
    with Sandbox(level=sys.argv[1], limits=Limits(call_seconds=5.0, job_seconds=60.0)) as sb:
        result = sb.run({"m": SOURCE}, calls)
    # VmHWM, not getrusage's ru_maxrss: that one keeps the peak of the process before exec (pytest's, forked)
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    print(json.dumps({"peak": peak << 10,
                      "outcomes": {k: [o.status, o.error] for k, o in result.outcomes.items()}}))
    """)


def test_grader_memory_stays_bounded_when_every_call_returns_200_mb():
    open_sandbox("bwrap").close()  # skips where bwrap cannot run
    done = subprocess.run([sys.executable, "-c", GRADER_MEMORY, "bwrap"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    for i in range(2):
        status, error = report["outcomes"][f"c{i}"]
        assert status == "error" and "the limit is 8 MiB per call" in error
    status, error = report["outcomes"]["forged"]
    assert status == "crashed" and "over the job's limit" in error
    assert report["peak"] < 180 << 20  # holding one 200 MB result would pass it; the grader alone is about 50 MB


def test_an_honest_child_stays_within_the_graders_budget():
    """What the child's Reporter admits, the grader's Budget accepts: refusals come as errors, never as a breach."""
    limit, stages, sent = 1_500_000, 60, []  # the reserve takes 1,049 kB of it
    reporter = Reporter(sent.append, strict=False, per_call=60_000, budget=limit - reserve(stages), job_limit=limit)
    for i in range(stages):
        arrays = Arrays()
        value = np.ones(i * 100) if i % 3 == 0 else ['a,"b":[{' * (i * 5)] if i % 3 == 1 else None
        record = OUTCOME.type(f"c{i}", "ok" if value is not None else "error", encode(value, arrays, strict=False),
                              "" if value is not None else "E: " + '",[{:' * 60, 0.001, [], [], [], len(arrays.items))
        try:
            reporter.outcome(record, arrays.items)
        except TooLarge as exc:
            reporter.outcome(refused(record, str(exc)), [])
        reporter.finished(i + 1)
    reporter.close()
    messages = MessageReader(Budget(limit)).feed(b"".join(sent))  # a breach would raise here
    records = [r for header, _ in messages if header["kind"] == "report" for r in OUTCOME.rows(header["outcomes"])]
    assert [r.id for r in records] == [f"c{i}" for i in range(stages)]
    refused_ = [r.error for r in records if r.error.startswith(REFUSED)]
    assert any("per call" in error for error in refused_) and any("per submission" in error for error in refused_)
    assert sum(r.status == "ok" for r in records) >= 10
