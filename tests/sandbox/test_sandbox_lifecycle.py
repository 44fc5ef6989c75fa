"""Choosing levels, several sandboxes at once, restarts, and cleanup on close, garbage collection and parent death."""

import gc
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from mlptutor.grader.sandbox import Call, Sandbox, SandboxError, levels
from tests.sandbox.conftest import LIMITS, open_sandbox, processes_of, run_one, skip_unless_available

DOUBLE = "def f(x):\n    return 2 * x\n"


def gone(pid: int, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True
        except OSError:
            return True
        time.sleep(0.05)
    return False


def test_auto_prefers_bubblewrap():
    skip_unless_available("bwrap")
    with Sandbox(limits=LIMITS) as sb:
        assert sb.level == "bwrap"
        assert sb.run({"m": DOUBLE}, [Call("c", "m", "f", (2,))]).isolation == "bwrap"


def test_require_refuses_weaker_levels_in_one_line():
    with pytest.raises(SandboxError) as error:
        Sandbox(level="rlimits", require=True)
    assert "bubblewrap" in str(error.value) and "\n" not in str(error.value)
    with pytest.raises(SandboxError, match="unknown sandbox level"):
        Sandbox(level="docker")


def test_weaker_level_is_announced_once(monkeypatch, capsys):
    monkeypatch.setattr(levels, "_warned", [])
    for _ in range(2):
        with Sandbox(level="rlimits", limits=LIMITS):
            pass
    lines = [line for line in capsys.readouterr().err.splitlines() if "weaker than bubblewrap" in line]
    assert len(lines) == 1


@pytest.mark.parametrize("level", ["bwrap", "rlimits"])
def test_close_ends_every_process_and_temp_dir(level):
    sb = open_sandbox(level)
    run_one(sb, "import os, time\ndef f():\n    os.fork() or time.sleep(60)\n")
    zygote, uid, tmpdir = sb._resources.zygote.process, sb._resources.lease.uid, sb._resources.tmpdir
    sb.close()
    assert gone(zygote.pid) and processes_of(uid) == []
    assert tmpdir is None or not os.path.exists(tmpdir)
    with pytest.raises(SandboxError, match="closed"):
        sb.run({}, [])


@pytest.mark.parametrize("level", ["bwrap", "rlimits"])
def test_close_without_waiting_ends_every_process_all_the_same(level):
    """`mlptutor check` ending at once after its report does not wait for its zygotes' exit: told to, they exit
    (with what their jobs left) all the same; at the rlimits level, whose temp dir is the host's, it waits."""
    sb = open_sandbox(level)
    companion = sb.companion(("colorsys",))
    run_one(sb, "import os, time\ndef f():\n    os.fork() or time.sleep(60)\n")
    zygotes = [sb._resources.zygote.process, companion._resources.zygote.process]
    uid, tmpdir = sb._resources.lease.uid, sb._resources.tmpdir
    sb.close(wait=False)
    assert sb.closed and companion.closed
    assert tmpdir is None or not os.path.exists(tmpdir)
    assert all(gone(zygote.pid) for zygote in zygotes) and processes_of(uid) == []


def test_garbage_collection_cleans_up():
    sb = open_sandbox("rlimits")
    zygote, tmpdir = sb._resources.zygote.process, sb._resources.tmpdir
    del sb
    gc.collect()
    assert gone(zygote.pid) and not os.path.exists(tmpdir)


PARENT = """\
import os, sys
from mlptutor.grader.sandbox import Call, Sandbox
sb = Sandbox(level=sys.argv[1])
print(sb._resources.zygote.process.pid, sb._resources.lease.uid, flush=True)
sb.run({"m": "import os, time\\ndef f():\\n    os.fork() or time.sleep(60)\\n"}, [Call("c", "m", "f")])
"""


@pytest.mark.parametrize("level", ["bwrap", "rlimits"])
def test_parent_death_takes_the_sandbox_down(level):
    skip_unless_available(level)
    parent = subprocess.Popen([sys.executable, "-c", PARENT, level], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              env={**os.environ, "PYTHONPATH": os.getcwd()})
    zygote_pid, uid = map(int, parent.stdout.readline().split())
    time.sleep(0.3)  # the job is running and has forked a sleeper
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    assert gone(zygote_pid)
    deadline = time.monotonic() + 5
    while processes_of(uid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert processes_of(uid) == []


def test_a_grader_in_another_network_namespace_leases_another_uid():
    """The lease was an abstract socket's name, which a network namespace has its own of: two root graders in
    different network namespaces (one pid namespace) leased the same uid, so one's per-stage kill(-1) could kill
    the other's job processes and RLIMIT_NPROC counted both. The lease is also a lock on a file."""
    if os.geteuid() != 0:
        pytest.skip("only root leases uids")
    from mlptutor.grader.sandbox.uids import UidLease
    lease = UidLease()
    try:
        # the other grader looks from our uid on (the uids below may be other sandboxes' of this machine)
        code = f"from mlptutor.grader.sandbox import uids; uids.FIRST_UID = {lease.uid}; print(uids.UidLease().uid)"
        other = subprocess.run(["unshare", "--net", sys.executable, "-c", code], capture_output=True, text=True,
                               timeout=60)
        assert other.returncode == 0, other.stderr
        assert int(other.stdout) != lease.uid, (other.stdout, lease.uid)
    finally:
        lease.release()


def test_several_sandboxes_at_once_get_their_own_uid():
    with open_sandbox("bwrap") as first, open_sandbox("bwrap") as second:
        uids = {first._resources.lease.uid, second._resources.lease.uid}
        assert len(uids) == 2 or uids == {None}
        results = {}

        def work(name, sb):
            results[name] = [run_one(sb, DOUBLE, args=(i,))[0].value for i in range(5)]

        threads = [threading.Thread(target=work, args=(n, sb)) for n, sb in (("a", first), ("b", second))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert results == {"a": [0, 2, 4, 6, 8], "b": [0, 2, 4, 6, 8]}


def test_killed_zygote_is_replaced(bwrap):
    os.kill(bwrap._resources.zygote.process.pid, signal.SIGKILL)
    bwrap._resources.zygote.process.wait()
    assert run_one(bwrap, DOUBLE, args=(4,))[0].value == 8


def test_fresh_interpreter_mode_keeps_no_zygote():
    with open_sandbox("bwrap", fork_server=False) as sb:
        assert sb._resources.zygote is None
        assert run_one(sb, DOUBLE, args=(3,))[0].value == 6
        assert sb._resources.zygote is None


def test_without_a_private_uid_the_process_tree_is_still_killed(monkeypatch):
    """Not root: no uid switch, so the zygote finds a job's processes as its descendants (it is a subreaper)."""
    from mlptutor.grader.sandbox import uids

    monkeypatch.setattr(uids.os, "geteuid", lambda: 1000)
    source = ("import os, time\n"
              "def f():\n"
              "    r, w = os.pipe()\n"
              "    if os.fork() == 0:\n"
              "        os.setsid()\n"
              "        pid = os.fork()\n"
              "        if pid == 0:\n"
              "            time.sleep(60)\n"
              "        os.write(w, str(pid).encode())\n"
              "        os._exit(0)\n"
              "    return int(os.read(r, 20))\n")
    with open_sandbox("rlimits") as sb:
        assert sb._resources.lease.uid is None
        daemon = run_one(sb, source)[0].value
        assert gone(daemon, seconds=1.0)
        assert run_one(sb, DOUBLE, args=(1,))[0].value == 2


def test_a_sandbox_made_in_a_finished_thread_keeps_its_zygote():
    """Dask runs tasks in threads: the zygote must not die with the thread that created the Sandbox."""
    skip_unless_available("bwrap")
    made = []
    thread = threading.Thread(target=lambda: made.append(Sandbox(level="bwrap", limits=LIMITS)))
    thread.start()
    thread.join()
    with made[0] as sb:
        zygote = sb._resources.zygote.process
        time.sleep(0.2)
        assert zygote.poll() is None
        assert run_one(sb, DOUBLE, args=(5,))[0].value == 10
        assert sb._resources.zygote.process is zygote


def test_a_forked_copy_refuses_to_run_and_leaves_the_original_alone():
    with open_sandbox("rlimits") as sb:
        pid = os.fork()
        if pid == 0:
            try:
                sb.run({"m": DOUBLE}, [Call("c", "m", "f", (1,))])
                code = 1
            except SandboxError as exc:
                code = 0 if "another process" in str(exc) else 2
            sb.close()
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert os.path.isdir(sb._resources.tmpdir)
        assert run_one(sb, DOUBLE, args=(2,))[0].value == 4


def _marked(mark: str) -> list[int]:
    """Live processes whose command line holds `mark` (the inner bwrap is a clone of the outer: the same one)."""
    found = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                if mark.encode() in f.read():
                    found.append(int(entry))
        except OSError:
            continue
    return found


def test_a_zygote_killed_as_it_starts_leaves_no_process_under_init():
    """A zygote closed before it booted is killed at once (Zygote.end). bwrap killed in its first milliseconds,
    before it lets its child (the sandbox's pid 1, deaf to SIGTERM from outside) go on, left that child blocked
    on an eventfd under init for ever: 14 of 60 zygotes killed 0 to 6 ms after their start (red22), the orphaned
    bwraps seen after test runs. Now its child is killed with it."""
    from mlptutor.grader.sandbox.runtime import runtime
    from mlptutor.grader.sandbox.zygote import Zygote

    skip_unless_available("bwrap")
    mark = f"mlptutor-red22-{os.getpid()}"
    command = levels.wrapper("bwrap", runtime(("numpy",)), "/tmp")
    command = command[:1] + ["--setenv", "MLPTUTOR_MARK", mark] + command[1:]
    for attempt in range(24):
        zygote = Zygote(command, levels.environment("/tmp"), runtime(("numpy",)).python, [], (), None)
        time.sleep(attempt % 6 * 0.001)
        zygote.close()
    deadline = time.monotonic() + 2
    while _marked(mark) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = _marked(mark)
    for pid in left:  # this test's own
        os.kill(pid, signal.SIGKILL)
    assert left == []


def test_a_uid_is_locked_on_a_read_only_run_where_its_file_exists(monkeypatch, tmp_path):
    """The lock file was opened for writing: on a read-only /run with the files present (EROFS) the lease silently
    kept the socket alone, which graders in other network namespaces do not see. flock needs no write access."""
    import errno

    from mlptutor.grader.sandbox import uids

    uid = 9_000_000 + os.getpid()  # no sandbox's
    (tmp_path / str(uid)).touch()
    opened = os.open

    def read_only(path, flags, *args):
        if flags & (os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, "Read-only file system", path)
        return opened(path, flags, *args)

    monkeypatch.setattr(uids, "LOCKS", str(tmp_path))
    monkeypatch.setattr(uids.os, "open", read_only)
    held = uids._claim(uid, True)
    try:
        assert len(held) == 2, held  # the socket and the locked file
    finally:
        for claim in held:
            claim.close()
