"""The system-call filter of every job: each denied group fails with EPERM inside a job, ordinary work still runs."""

import platform
import textwrap

import pytest

from mlptutor.grader.sandbox import Sandbox, levels, seccomp
from tests.sandbox.conftest import assert_healthy, run_one, skip_unless_available

if seccomp.filter_unavailable():
    pytest.skip(f"no seccomp here: {seccomp.filter_unavailable()}", allow_module_level=True)

COLUMN = seccomp.ARCHES[platform.machine()][0]
NR = {name: numbers[COLUMN] for name, numbers in seccomp.SYSCALLS.items()}
CLONE_NEWUSER, CLONE_PARENT, SIGCHLD = 0x10000000, 0x00008000, 17

# each call returns (result, errno); the unprivileged job would get other errors, or success, without the filter
ATTEMPTS = {
    "unshare": "libc.unshare(0x10000000)",  # CLONE_NEWUSER: succeeds unfiltered
    "clone": f"libc.syscall({NR['clone']}, {CLONE_NEWUSER | SIGCHLD}, 0, 0, 0, 0)",
    # the caller's sibling, no descendant of the job's child: out of sight of its check for processes left (end_forks)
    "clone_parent": f"libc.syscall({NR['clone']}, {CLONE_PARENT | SIGCHLD}, 0, 0, 0, 0)",
    "prctl_subreaper": "libc.prctl(36, 0, 0, 0, 0)",  # PR_SET_CHILD_SUBREAPER, the job's orphans then the zygote's
    "setns": "libc.setns(0, 0)",
    "mount": "libc.mount(b'none', b'.', b'tmpfs', 0, None)",
    "umount2": "libc.umount2(b'/proc', 0)",
    "pivot_root": f"libc.syscall({NR['pivot_root']}, b'.', b'.')",
    "open_tree": f"libc.syscall({NR['open_tree']}, -100, b'/', 0)",
    "ptrace": "libc.ptrace(0, 0, None, None)",  # PTRACE_TRACEME: succeeds unfiltered
    "process_vm_readv": "libc.process_vm_readv(os.getpid(), None, 0, None, 0, 0)",
    "keyctl": f"libc.syscall({NR['keyctl']}, 0, -3, 0, 0, 0)",  # KEYCTL_GET_KEYRING_ID: succeeds unfiltered
    "add_key": f"libc.syscall({NR['add_key']}, b'user', b'k', b'v', 1, -3)",
    "bpf": f"libc.syscall({NR['bpf']}, 0, None, 0)",
    "perf_event_open": f"libc.syscall({NR['perf_event_open']}, None, 0, -1, -1, 0)",
    "userfaultfd": f"libc.syscall({NR['userfaultfd']}, 0)",
    "io_uring_setup": f"libc.syscall({NR['io_uring_setup']}, 1, None)",
    "kexec_load": f"libc.syscall({NR['kexec_load']}, 0, 0, None, 0)",
    "init_module": f"libc.syscall({NR['finit_module']}, -1, b'', 0)",
    "reboot": "libc.reboot(0)",
    "swapon": "libc.swapon(b'/nonexistent', 0)",
    "acct": "libc.acct(None)",
    "clock_settime": f"libc.syscall({NR['clock_settime']}, 0, None)",
    "open_by_handle_at": f"libc.syscall({NR['open_by_handle_at']}, -1, None, 0)",
    "personality": "libc.personality(0x0040000)",  # ADDR_NO_RANDOMIZE: succeeds unfiltered
    "shmget": "libc.shmget(0, 1 << 26, 0o1600)",  # a 64 MiB segment no rlimit counts: succeeds unfiltered
    "mq_open": "libc.mq_open(b'/mlptutor', 0o100, 0o600, None)",  # a queue the next job could open
}
SOURCE = "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\n" + "".join(
    f"def {name}():\n    ctypes.set_errno(0)\n    return {call}, ctypes.get_errno()\n" for name, call in ATTEMPTS.items())


@pytest.mark.parametrize("name", list(ATTEMPTS))
def test_denied_call_fails_with_eperm(sandbox, name):
    outcome, _ = run_one(sandbox, SOURCE, name)
    assert outcome.status == "ok" and outcome.value == (-1, 1), (name, outcome)  # EPERM


PERMITTED = textwrap.dedent("""\
    import ctypes, os, threading
    import numpy as np
    libc = ctypes.CDLL(None, use_errno=True)
    def f():
        with open("/proc/self/status") as status:
            mode = next(line.split()[1] for line in status if line.startswith("Seccomp:"))
        pid = os.fork()
        if pid == 0:
            os._exit(7)
        forked = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        try:  # refused (red24): a thread left running changed later calls' verdicts
            threading.Thread(target=print).start()
            thread = "started"
        except RuntimeError as exc:
            thread = str(exc)
        x = np.linalg.solve(np.eye(3) * 2, np.ones(3))
        return mode, forked, thread, float(x.sum()), libc.personality(0xFFFFFFFF) >= 0
    """)


def test_filter_is_on_and_ordinary_work_runs(sandbox):
    outcome, _ = run_one(sandbox, PERMITTED)
    assert outcome.status == "ok" and outcome.value == ("2", 7, "can't start new thread", 1.5, True), outcome
    assert_healthy(sandbox)


@pytest.mark.parametrize("machine", list(seccomp.ARCHES))
def test_filter_jumps_fit_for_each_arch(machine):
    code = seccomp.program(machine, kept=(3, 4, *range(70, 90)))  # the pipes and 20 sys.path entries
    assert code[-1] == (seccomp.RET, 0, 0, seccomp.ERRNO | seccomp.EPERM)
    assert all(0 <= jt <= 255 and 0 <= jf <= 255 for _, jt, jf, _ in code)


def test_no_filter_is_said_in_the_isolation_line(monkeypatch, capsys):
    skip_unless_available("bwrap")
    monkeypatch.setattr(seccomp, "filter_unavailable", lambda: "the kernel has no seccomp")
    monkeypatch.setattr(levels, "_warned", [])
    with Sandbox(level="bwrap", fork_server=False) as sb:
        assert sb.seccomp is False
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("mlptutor sandbox:")]
    assert lines == ["mlptutor sandbox: using 'bwrap' isolation, without a system-call filter (the kernel has no seccomp)"]
