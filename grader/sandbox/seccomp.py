"""The system-call filter of a job's child: calls no exercise needs, which widen the kernel surface, fail with EPERM.

Shipped as source into the sandbox (like wire.py) and imported on the trusted
side only for `filter_unavailable()`, so it uses the standard library alone: the
filter is a classic BPF program built here and installed with
prctl(PR_SET_SECCOMP), after the uid switch and no_new_privs and before any
student code. Children the student forks inherit it; it cannot be removed.

Denied (EPERM), following what Docker's default profile blocks for an
unprivileged container:
- namespaces: unshare, setns, clone with any CLONE_NEW* flag (clone3 gets
  ENOSYS: its flags lie in memory a filter cannot read, and libc then falls
  back to clone, which is checked);
- threads: clone with CLONE_THREAD (Python's "can't start new thread"). A
  thread a call left running went on between and during later calls: what
  they read or returned, so their verdicts, followed the scheduler (red24);
  fork is allowed, a forked process has its own memory;
- clone with CLONE_PARENT (the process it makes is the caller's sibling) and
  prctl(PR_SET_CHILD_SUBREAPER) (the job's child adopts the job's orphans):
  either would make a process of the job that is no descendant of its child,
  which is what lets the child skip kill(-1) after a stage that left it no
  child process (child.end_forks);
- prctl but reading a setting (PR_GET_*, PR_CAPBSET_READ) and naming the
  thread (PR_SET_NAME), and seccomp(2): a setting is the process's for the
  job's later calls, and a filter one call stacked (PR_SET_SECCOMP) denied
  mkdir to another module's right function after it; PR_SET_PDEATHSIG,
  TIMERSLACK, THP_DISABLE, TSC persisted alike (review D of red25). Neither
  CPython nor numpy calls prctl in a job (strace of one: none after the
  filter; the harness sets its own before it);
- mounts: mount, umount2, pivot_root, the new mount API (fsopen ... mount_setattr);
- other processes and the kernel: ptrace, process_vm_readv/writev, kcmp,
  pidfd_getfd, bpf, perf_event_open, userfaultfd, io_uring_*, keyctl,
  add_key, request_key, modules (init_module, finit_module, delete_module,
  create_module, ...), kexec_load, kexec_file_load, reboot, swapon, swapoff,
  acct, quotactl, syslog, vhangup, lookup_dcookie, nfsservctl, sysfs,
  _sysctl, uselib, ustat, iopl, ioperm, NUMA policy (mbind, move_pages,
  get/set_mempolicy), open_by_handle_at, name_to_handle_at;
- the clock: settimeofday, clock_settime, clock_adjtime, adjtimex;
- personality changes (only the query and the plain Linux personalities pass);
- creating SysV IPC objects (shmget, semget, msgget): their memory is
  counted against no rlimit of the job (64 MiB segments, detached, would
  fill the host's memory), so no namespace's defaults bound it; where the
  filter is unavailable, ipc.py removes what a job left once it ends;
- POSIX message queues (mq_*): they live in the IPC namespace too, and
  cannot even be listed to remove them after a job (see ipc.py);
- vmsplice: a pipe slot it fills keeps the user page it points at, and with it
  the whole transparent huge page that page is part of, after the process unmaps
  it: one job process of 23 MB RSS pinned 930 MB of host memory in 29 pipes
  (2 MiB a slot, counted against no rlimit; the kernel's per-user pipe limit
  counts slots, 16,384 of them, i.e. 32 GiB), where write() copies 4 KiB a slot;
- sockets (socket, socketpair): no exercise needs one, and their buffers are
  kernel memory no rlimit counts (a process held 230 MB in 28 socketpairs
  with SO_SNDBUF raised, a job of 32 processes would hold 7 GB; TCP over
  the namespace's loopback alike); it also keeps the rlimits level, which
  has no network namespace, off the network;
- setting a resource limit (setrlimit, prlimit64 with a new limit; reading
  one passes): a limit only goes down, so one call's
  setrlimit(RLIMIT_FSIZE, (0, 0)) (or AS, NOFILE, CPU, NPROC) failed every
  later call of the job that wrote a file, another module's right one too
  (red24);
- lowering the process's priority (setpriority: os.nice; sched_setscheduler, sched_setparam, sched_setattr:
  SCHED_IDLE): no unprivileged process raises it again, so one call's os.nice(19) was every later call's, which
  a loaded machine then starved past the wall-time backstop (red25);
- any other ABI (32-bit calls through int 0x80, x32 numbers on x86_64).

The harness's own descriptors (the result and request pipes, the copy of the output pipe, the sys.path
entries the zygote opened: `kept`) cannot be closed or replaced: close of one,
and dup2/dup3 onto one, fail with EPERM; close_range gets ENOSYS (its range
lies in its arguments, but whether it spans a kept one would take a jump per
fd: Python's os.closerange and libc then close each fd, and the kept ones
fail). Before, os.closerange(3, 4096) in a module ended the job with the
harness's traceback, every call of the submission said "crashed" and its
innocent module's import said "sys.exit or os._exit?", and at rlimits the
next import of the runtime found no sys.path entry.

getrandom fails with ENOSYS: its bytes are the OS's, other on every run (a
submission seeding np.random from getrandom through ctypes got another grade
on a regrade); Python's own os.getrandom is child.fixed_entropy's stream, and
libc then reads /dev/urandom, which bubblewrap binds to fixed bytes
(levels.fixed_files).
"""

import ctypes
import functools
import os
import struct

# the job child's exit status when its pipes to the grader are gone (EBADF): student code closed or replaced one,
# which only this filter prevents. Without it the child exits so, and the grader says what happened (zygote.py
# status_text) instead of "exited with code 70 (sys.exit or os._exit?)" under the harness's traceback
PIPES_LOST_EXIT = 71
# the job child's exit status when the harness itself raised (worker.fork_job): student code changed something it
# relies on, the traceback in the job's output says what
HARNESS_EXIT = 70
# the job child's exit status when a call ran out of memory that the child's earlier calls hold (child.run_call): the
# grader runs the call again in a fresh child, where it is the first
MEMORY_HELD_EXIT = 72

# syscall numbers: (x86_64, aarch64 = the asm-generic table); None where the call does not exist
SYSCALLS = {
    "unshare": (272, 97), "setns": (308, 268), "clone": (56, 220), "clone3": (435, 435),
    "mount": (165, 40), "umount2": (166, 39), "pivot_root": (155, 41), "fsopen": (430, 430),
    "fsconfig": (431, 431), "fsmount": (432, 432), "fspick": (433, 433), "move_mount": (429, 429),
    "open_tree": (428, 428), "mount_setattr": (442, 442),
    "ptrace": (101, 117), "process_vm_readv": (310, 270), "process_vm_writev": (311, 271), "kcmp": (312, 272),
    "pidfd_getfd": (438, 438), "bpf": (321, 280), "perf_event_open": (298, 241), "userfaultfd": (323, 282),
    "io_uring_setup": (425, 425), "io_uring_enter": (426, 426), "io_uring_register": (427, 427),
    "keyctl": (250, 219), "add_key": (248, 217), "request_key": (249, 218),
    "init_module": (175, 105), "finit_module": (313, 273), "delete_module": (176, 106),
    "create_module": (174, None), "get_kernel_syms": (177, None), "query_module": (178, None),
    "kexec_load": (246, 104), "kexec_file_load": (320, 294), "reboot": (169, 142),
    "swapon": (167, 224), "swapoff": (168, 225), "acct": (163, 89), "quotactl": (179, 60),
    "quotactl_fd": (443, 443), "syslog": (103, 116), "vhangup": (153, 58), "lookup_dcookie": (212, 18),
    "nfsservctl": (180, 42), "sysfs": (139, None), "_sysctl": (156, None), "uselib": (134, None),
    "ustat": (136, None), "iopl": (172, None), "ioperm": (173, None),
    "mbind": (237, 235), "move_pages": (279, 239), "get_mempolicy": (239, 236), "set_mempolicy": (238, 237),
    "open_by_handle_at": (304, 265), "name_to_handle_at": (303, 264),
    "settimeofday": (164, 170), "clock_settime": (227, 112), "clock_adjtime": (305, 266), "adjtimex": (159, 171),
    "personality": (135, 92),
    "shmget": (29, 194), "semget": (64, 190), "msgget": (68, 186),
    "mq_open": (240, 180), "mq_unlink": (241, 181), "mq_timedsend": (242, 182), "mq_timedreceive": (243, 183),
    "mq_notify": (244, 184), "mq_getsetattr": (245, 185),
    "vmsplice": (278, 75), "socket": (41, 198), "socketpair": (53, 199), "getrandom": (318, 278),
    "close": (3, 57), "dup2": (33, None), "dup3": (292, 24), "close_range": (436, 436),
    "setrlimit": (160, 164), "prlimit64": (302, 261), "prctl": (157, 167),
    "seccomp": (317, 277), "setpriority": (141, 140), "sched_setparam": (142, 118), "sched_setscheduler": (144, 119),
    "sched_setattr": (314, 274),
}
# decided by their arguments, or ENOSYS, not EPERM
CHECKED = ("clone", "clone3", "personality", "getrandom", "close", "dup2", "dup3", "close_range", "prlimit64",
           "prctl")
ARCHES = {"x86_64": (0, 0xC000003E), "aarch64": (1, 0xC00000B7)}  # machine -> (column above, AUDIT_ARCH_*)
X32_SYSCALL_BIT = 0x40000000
CLONE_NEW = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000
CLONE_THREAD = 0x00010000
CLONE_PARENT = 0x00008000  # the new process the caller's sibling: no descendant of the job's child (child.end_forks)
PR_SET_CHILD_SUBREAPER = 36  # taken off the job's child, the job's orphans would go to the zygote (child.end_forks)
# the prctl options a job may use: PR_GET_PDEATHSIG ... PR_GET_IO_FLUSHER, PR_CAPBSET_READ (23), PR_MCE_KILL_GET (34),
# PR_SET_NAME (15)
PRCTL_ALLOWED = (2, 3, 5, 7, 9, 11, 13, 15, 16, 19, 21, 23, 25, 27, 30, 34, 37, 39, 40, 42, 46, 52, 56, 58)
PERSONALITIES = (0x0, 0x8, 0x20000, 0x20008, 0xFFFFFFFF)  # PER_LINUX and the query, as Docker allows
EPERM, ENOSYS = 1, 38
PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 22, 2

# classic BPF over struct seccomp_data {int nr; u32 arch; u64 ip; u64 args[6];}
LD_ABS, JEQ, JGE, JSET, RET = 0x20, 0x15, 0x35, 0x45, 0x06
# offsets; ARG0 and ARG1 are the low words of args[0] and args[1] (both arches are little-endian; a fd is an int),
# ARG2 and ARG2_HIGH the words of args[2] (a pointer)
NR, ARCH, ARG0, ARG1, ARG2, ARG2_HIGH = 0, 4, 16, 24, 32, 36
ALLOW, ERRNO = 0x7FFF0000, 0x00050000


def filter_unavailable() -> str:
    """Why no filter can be installed here ("" when it can)."""
    machine = os.uname().machine  # platform.machine()'s; importing platform took SymPy's companion's boot 2 ms
    if machine not in ARCHES:
        return f"no seccomp filter for the {machine} architecture"
    try:
        with open("/proc/self/status") as f:
            if "Seccomp:" not in f.read():
                return "the kernel has no seccomp"
    except OSError:
        return "cannot read /proc/self/status"
    return ""


def program(machine: str, kept: tuple = ()) -> list:
    """The filter as (code, jt, jf, k) instructions; jumps name labels until resolved. `kept`: the fds no call
    may close or replace."""
    column, arch = ARCHES[machine]
    denied = [numbers[column] for name, numbers in SYSCALLS.items()
              if name not in CHECKED and numbers[column] is not None]
    nr = {name: SYSCALLS[name][column] for name in CHECKED}
    replacing = [number for number in (nr["dup2"], nr["dup3"]) if number is not None]
    code = [(LD_ABS, 0, 0, ARCH), (JEQ, 0, "deny", arch), (LD_ABS, 0, 0, NR)]
    if machine == "x86_64":
        code.append((JGE, "deny", 0, X32_SYSCALL_BIT))
    code += [(JEQ, "deny", 0, number) for number in denied]
    code += [(JEQ, "clone", 0, nr["clone"]), (JEQ, "enosys", 0, nr["clone3"]), (JEQ, "enosys", 0, nr["getrandom"]),
             (JEQ, "personality", 0, nr["personality"]), (JEQ, "enosys", 0, nr["close_range"]),
             (JEQ, "close", 0, nr["close"]), (JEQ, "prlimit", 0, nr["prlimit64"]), (JEQ, "prctl", 0, nr["prctl"])]
    code += [(JEQ, "replace", 0, number) for number in replacing]
    code.append((RET, 0, 0, ALLOW))
    labels = {"clone": len(code)}
    code += [(LD_ABS, 0, 0, ARG0), (JSET, "deny", 0, CLONE_NEW | CLONE_THREAD | CLONE_PARENT), (RET, 0, 0, ALLOW)]
    for label, argument in (("close", ARG0), ("replace", ARG1)):  # the fd closed; the fd dup2/dup3 replaces
        labels[label] = len(code)
        code += [(LD_ABS, 0, 0, argument), *((JEQ, "deny", 0, fd) for fd in kept), (RET, 0, 0, ALLOW)]
    labels["prctl"] = len(code)  # reading a setting, naming the thread
    code += [(LD_ABS, 0, 0, ARG0), *((JEQ, "allow", 0, option) for option in PRCTL_ALLOWED), (RET, 0, 0, ERRNO | EPERM)]
    labels["prlimit"] = len(code)  # reading a limit (no new one: args[2] is NULL) passes, setting one is denied
    code += [(LD_ABS, 0, 0, ARG2), (JEQ, 0, "deny", 0), (LD_ABS, 0, 0, ARG2_HIGH), (JEQ, "allow", "deny", 0)]
    labels["personality"] = len(code)
    code.append((LD_ABS, 0, 0, ARG0))
    code += [(JEQ, "allow", 0, value) for value in PERSONALITIES]
    code.append((RET, 0, 0, ERRNO | EPERM))
    labels["allow"] = len(code)
    code.append((RET, 0, 0, ALLOW))
    labels["enosys"] = len(code)
    code.append((RET, 0, 0, ERRNO | ENOSYS))
    labels["deny"] = len(code)
    code.append((RET, 0, 0, ERRNO | EPERM))
    return [(op, _offset(jt, at, labels), _offset(jf, at, labels), k) for at, (op, jt, jf, k) in enumerate(code)]


def _offset(target, at: int, labels: dict) -> int:
    """A BPF jump is relative to the next instruction and at most 255 forward."""
    if target == 0:
        return 0
    offset = labels[target] - at - 1
    if not 0 <= offset <= 255:
        raise ValueError(f"seccomp filter jump to {target} out of range")
    return offset


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_char_p)]


_libc = ctypes.CDLL(None, use_errno=True)  # loaded in the zygote, shared by the children it forks


@functools.lru_cache(maxsize=None)
def packed_filter(machine: str, kept: tuple = ()) -> tuple[int, bytes]:
    """(instructions, struct sock_filter array) of the filter; the zygote builds it once for its children."""
    code = program(machine, kept)
    return len(code), b"".join(struct.pack("=HBBI", *instruction) for instruction in code)


def install(kept: tuple = ()) -> None:
    """Install the filter on this process (and the processes it will start), `kept` the fds it keeps open; OSError
    when the kernel refuses.

    Needs no_new_privs (or CAP_SYS_ADMIN) first."""
    prog = _SockFprog(*packed_filter(os.uname().machine, kept))
    if _libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"cannot install the seccomp filter: {os.strerror(errno)}")
