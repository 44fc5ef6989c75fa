"""Attacks of the fifteenth round on the sandbox: host memory held by a job outside every rlimit."""

from tests.sandbox.conftest import assert_healthy, run_one

# Each of 2 pipes' 16 slots given one 4 KiB page of a fresh transparent huge page by vmsplice, then the page unmapped:
# the slot keeps the whole 2 MiB huge page, counted in no rlimit and in no process's size (29 pipes of one process:
# 930 MB of host memory from a process of 23 MB RSS; the kernel's per-user pipe limit counts 16,384 slots, 32 GiB)
PIN = """
import ctypes, os
HUGE = 2 << 20
libc = ctypes.CDLL(None, use_errno=True)
libc.mmap.restype = ctypes.c_void_p
libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]


class Iovec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]


def pin(pipes):
    pinned, errors = 0, set()
    for _ in range(pipes):
        _, end = os.pipe()
        for _ in range(16):
            raw = libc.mmap(None, 2 * HUGE, 3, 0x22, -1, 0)  # read/write, private anonymous
            page = (raw + HUGE - 1) & ~(HUGE - 1)
            libc.madvise(page, HUGE, 14)  # MADV_HUGEPAGE
            ctypes.memset(page, 1, HUGE)
            ctypes.set_errno(0)
            if libc.vmsplice(end, ctypes.byref(Iovec(page, 4096)), 1, 0) > 0:
                pinned += 1
            errors.add(ctypes.get_errno())
            libc.munmap(raw, 2 * HUGE)
    return pinned, sorted(errors)
"""


def test_a_job_cannot_pin_huge_pages_in_pipe_slots(sandbox):
    outcome, _ = run_one(sandbox, PIN, "pin", args=(2,))
    assert outcome.status == "ok" and outcome.value == (0, [1]), outcome  # every vmsplice: EPERM
    assert_healthy(sandbox)
