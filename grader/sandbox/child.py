"""The sandbox side of one job: the child a zygote forks, which runs a submission's modules and calls.

Shipped as source into the sandbox beside wire.py (as the module
`mlptutor_sandbox_child`) by the boot code in zygote.py; worker.py, the
zygote's loop, forks the child and calls child_main. The trusted grader
never imports it.

The child reads the request's first message (settings and stages), moves
to a fresh scratch dir, applies the rlimits, switches to the sandbox uid
(dropping every capability), seeds random (numpy.random is seeded already),
hands the student's modules to an in-memory finder (StudentModules), then
runs the request's stages in order, reading the second message (the calls,
wire.CALL records) once the imports are over (import a module, replay a
call, run a call). Before each stage it writes the stage's number (from 1)
into the shared progress memory, a plain store the grader reads only when
it wakes, so a deadline is per stage at no cost per call; outcomes
(wire.OUTCOME records) go out in batches on the result pipe (fd 3):
{"kind": "report"} (wire.Reporter), then {"kind": "done"}.
"""

import _random
import _signal
import base64
import builtins
import contextlib
import contextvars
import ctypes
import difflib
import fcntl
import functools
import gc
import importlib
import importlib.machinery
import importlib.util
import mmap
import operator
import os
import posix
import random
import re
import resource
import select
import signal
import sys
import tempfile
import time
import types
import warnings

import mlptutor_sandbox_crashsite as crashsite
import mlptutor_sandbox_ipc as ipc
import mlptutor_sandbox_seccomp as seccomp
import mlptutor_sandbox_wire as wire

PR_SET_PDEATHSIG = 1
PR_SET_NO_NEW_PRIVS = 38
RESULT_FD, REQUEST_FD = 3, 4
OUTPUT_FD = 5  # a copy of the job's output pipe, put back on fds 1 and 2 after every stage (see replug)
SEED = 0  # of random in the child (the zygote seeds numpy.random with it)
MAX_WARNINGS = 3  # distinct warning lines kept per call
# kept before student code can monkeypatch os and select
_write, _read, _getpid, _exit, _select = os.write, os.read, os.getpid, os._exit, select.select
_ioctl, _unread = fcntl.ioctl, bytearray(4)
# and what the put-backs after every stage call (restore, replug, end_forks, collector_back, ModuleSettings):
# os.chdir replaced by a call after moving to '/' left the job there, and another module's right function saving a
# file raised PermissionError; sys.setrecursionlimit replaced after setting 60, another's recursion 150 deep raised
# RecursionError (review D of red24)
_chdir, _getcwd, _umask, _waitpid, _WNOHANG = os.chdir, os.getcwd, os.umask, os.waitpid, os.WNOHANG
_statvfs, _chmod, _devnull = os.statvfs, os.chmod, os.devnull
_putenv, _unsetenv, _tzset, _fsencode = posix.putenv, posix.unsetenv, time.tzset, os.fsencode
_int_digits = (sys.get_int_max_str_digits, sys.set_int_max_str_digits) if hasattr(sys, "get_int_max_str_digits") \
    else None  # Python 3.11 on
_dup2, _fstat, _get_blocking, _set_blocking, _samestat = os.dup2, os.fstat, os.get_blocking, os.set_blocking, \
    os.path.samestat
_setrecursionlimit, _settrace, _setprofile, _gettrace, _getprofile = (
    sys.setrecursionlimit, sys.settrace, sys.setprofile, sys.gettrace, sys.getprofile)
_gc = types.SimpleNamespace(**{name: getattr(gc, name) for name in (
    "get_threshold", "set_threshold", "isenabled", "enable", "get_debug", "set_debug", "collect")})
# the very lists the collector holds: gc.callbacks = [] names another, and the collector kept calling a sleeper the
# call had added first, in another module's right function building 100,000 lists (it timed out)
_gc_names, _callbacks, _garbage = gc.__dict__, gc.callbacks, gc.garbage
_owner = [0]  # pid of the job's child
PATH_FDS = []  # ascending: the sys.path entries the zygote opened for jobs (worker.reroute), kept open in the child
_progress = []  # the child's view of the progress memory, as one native uint32
_output = []  # the os.stat_result of the job's output pipe
_libc = ctypes.CDLL(None, use_errno=True)  # loaded once in the zygote: a child loading it again writes ~100 pages


def kept_fds() -> tuple:
    """The fds the harness needs to the job's end, which the system-call filter keeps student code from closing."""
    return (RESULT_FD, REQUEST_FD, OUTPUT_FD, *PATH_FDS)


def prctl(option: int, value: int) -> None:
    _libc.prctl(option, value, 0, 0, 0)


def become(uid: int) -> None:
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)


def child_main(fds: list, scratch: str, uid, filter_calls: bool) -> None:
    _owner[0] = os.getpid()
    signal.set_wakeup_fd(-1)
    _handler(signal.SIGCHLD, _signal.SIG_DFL)  # not signal.signal (set_handler): the job's own, as it begins
    _handler(signal.SIGXFSZ, _signal.SIG_IGN)  # an oversized write fails with EFBIG instead of killing
    # a timer one call arms and leaves (signal.alarm, signal.setitimer) goes off harmlessly in a later call: it
    # killed the child with SIGALRM or SIGPROF during another function's call, which was blamed (red23); stopping
    # the timers after every stage took 3 system calls (about 7 us here) a call
    for timed in (signal.SIGALRM, signal.SIGVTALRM, signal.SIGPROF):
        _handler(timed, _signal.SIG_IGN)
    os.setsid()
    request_fd, result_fd, output_fd, progress_fd = (fcntl.fcntl(fd, fcntl.F_DUPFD, 64) for fd in fds)
    # mmap keeps a duplicate of the fd: closerange below closes it, the mapping stays
    _progress.append(memoryview(mmap.mmap(progress_fd, wire.PROGRESS_BYTES)).cast("I"))
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(output_fd, 1)
    os.dup2(output_fd, 2)
    os.dup2(result_fd, RESULT_FD)
    os.dup2(request_fd, REQUEST_FD)
    os.dup2(output_fd, OUTPUT_FD)
    _output.append(os.fstat(OUTPUT_FD))
    first = OUTPUT_FD + 1
    for fd in PATH_FDS:  # the control socket, other jobs' pipes, everything else
        os.closerange(first, fd)
        first = fd + 1
    os.closerange(first, 1 << 16)
    request = Request(REQUEST_FD)
    header, _ = request.next()
    apply_limits(header["limits"])
    prctl(PR_SET_NO_NEW_PRIVS, 1)
    if uid is not None:
        become(uid)
        _lease[0] = uid
    os.chdir(scratch)
    # tempfile's folder is the job's own (bounded as its cwd): the zygote's TMPDIR is not the job uid's to write,
    # and a submission keeping its best weights in a TemporaryFile failed there
    tempfile.tempdir = os.environ["TMPDIR"] = scratch
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # after become(): a uid change clears it
    if filter_calls:
        # orphans of the job's processes come here, and the filter keeps any from being made elsewhere (CLONE_PARENT,
        # this setting taken off): every process of the job is then this one's descendant (end_forks)
        _contained[0] = _libc.prctl(seccomp.PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
        seccomp.install(kept_fds())  # after no_new_privs and the uid switch, before any student code; raises if refused
    sys.stdout, sys.stderr = output_stream(1), output_stream(2)
    random.seed(SEED)  # random reseeds itself from the OS after a fork
    ChildJob(header, request, scratch).run()
    os._exit(0)


def unusable(stream) -> bool:
    """Whether one of the job's output streams was closed or detached: reading .closed of a stream whose buffer
    sys.stdout.detach() took (the common Windows UTF-8 line) raises ValueError, which exited the child (70); or
    reconfigured: sys.stdout.reconfigure(encoding='ascii') in one call made another module's right function
    printing 'é' raise UnicodeEncodeError (red25); reconfigure(line_buffering=False) held another's printed line
    back past what it wrote to fd 1 next (and past the mark a call run again is cut at: review D of red25)."""
    return closed(stream) or stream.encoding != "utf-8" or stream.errors != "backslashreplace" or (
        stream.line_buffering is not True or stream.write_through is not False)


def closed(stream) -> bool:
    """Whether `stream` was closed or detached (reading its attributes then raises ValueError)."""
    try:
        return stream.closed
    except ValueError:
        return True


def output_stream(fd: int):
    """The job's sys.stdout (1) or sys.stderr (2): line-buffered UTF-8, undecodable text shown escaped."""
    return open(fd, "w", buffering=1, encoding="utf-8", errors="backslashreplace", closefd=False)


_entropy = random.Random(SEED)  # drawn only in jobs' children (urandom): each starts from this state
_os_urandom, _os_getrandom, _seed, _kill, _killpg = os.urandom, os.getrandom, random.Random.seed, os.kill, os.killpg
_getpgid, _getsid, _getpgrp, _getppid = os.getpgid, os.getsid, os.getpgrp, os.getppid
JOB_PID = 3  # the pid os.getpid gives in every job's child: the first job's of a zygote at bwrap
ZYGOTE_PID = 2  # its parent's, os.getppid: the zygote's at bwrap
JOB_UID = 3_100_000  # the uid and gid the ids give in every job's child (uids.FIRST_UID): the first sandbox's
_lease = [None]  # the uid the job's child switched to (root only), which its sandbox leased
_contained = [False]  # every process the job makes is the child's descendant (child_main): see end_forks


def urandom(size: int) -> bytes:
    """os.urandom as fixed_entropy leaves it: the OS's bytes in the zygote, a fixed stream in a job's child."""
    return _os_urandom(size) if _owner[0] == 0 else _entropy.randbytes(size)


def getrandom(size: int, flags: int = 0) -> bytes:
    """os.getrandom as fixed_entropy leaves it: urandom's bytes (the flags ask only how the OS's may be waited for)."""
    return _os_getrandom(size, flags) if _owner[0] == 0 else urandom(size)


def in_job() -> bool:
    """Whether this process is a job's child (not the zygote, not a process the job forked)."""
    return _getpid() == _owner[0]


def _seen(pid: int) -> int:
    """A process id as a job's child sees it: JOB_PID for itself, which is its own group and session (setsid)."""
    return JOB_PID if pid == _owner[0] and in_job() else pid


def _meant(pid: int) -> int:
    """The host's id of a process id a job's child names: JOB_PID is itself."""
    return _owner[0] if pid == JOB_PID and in_job() else pid


def getpid() -> int:
    """os.getpid as fixed_entropy leaves it: JOB_PID in a job's child, whichever job of its zygote it is, the OS's
    pid elsewhere. A child's pid counts the jobs its zygote forked before it, in `grade` other students' too: a
    submission right on even pids alone scored 17.5 of 17.5 in `grade` and 4.5 in `check --student` (red21)."""
    return _seen(_getpid())


def getpgid(pid: int) -> int:
    """os.getpgid as fixed_entropy leaves it, and getsid: the job's child's group is JOB_PID, as its pid (they
    counted jobs as getpid did, red22)."""
    return _seen(_getpgid(_meant(pid)))


def getsid(pid: int) -> int:
    return _seen(_getsid(_meant(pid)))


def getpgrp() -> int:
    return _seen(_getpgrp())


def getppid() -> int:
    """os.getppid as fixed_entropy leaves it: ZYGOTE_PID in a job's child (the zygote's pid on the host at the
    rlimits level, a new one each run)."""
    return ZYGOTE_PID if in_job() else _getppid()


def _as_leased(ids):
    """os.getuid and its kin as fixed_entropy leaves them: the sandbox's leased uid (and gid) is JOB_UID in a job's
    child. The lease is the first free one of the machine, so the ids told `grade`'s workers and a `check` beside
    another sandbox apart: a submission seeding from os.getuid() graded differently by worker (red22)."""
    def read():
        found = ids()
        if _lease[0] is None or not in_job():
            return found
        return tuple(JOB_UID if i == _lease[0] else i for i in found) if type(found) is tuple else (
            JOB_UID if found == _lease[0] else found)
    return read


def _stat_as_leased(stat):
    """os.stat, lstat and fstat as fixed_entropy leaves them: a file's owner and group, the job's uid where it is the
    lease's, are JOB_UID, as os.getuid says: os.stat('.').st_uid named the lease (3100001 or 3100003 beside other
    sandboxes, 3100000 alone), for a submission seeding from it another grade by worker (red25)."""
    def read(*args, **kwargs):
        found = stat(*args, **kwargs)
        if _lease[0] is None or not in_job() or _lease[0] not in (found.st_uid, found.st_gid):
            return found
        kind, (fields, more) = found.__reduce__()
        return kind((*fields[:4], *(JOB_UID if i == _lease[0] else i for i in fields[4:6]), *fields[6:]), more)
    return read


def kill(pid: int, signum: int) -> None:
    """os.kill as fixed_entropy leaves it, and killpg: JOB_PID names the job's child itself, as its getpid says."""
    _kill(_meant(pid), signum)


def killpg(pgid: int, signum: int) -> None:
    _killpg(_meant(pgid), signum)


def replug() -> None:
    """The job's output pipe back on fds 1 and 2, blocking: made non-blocking by one call (O_NONBLOCK is the pipe's,
    shared by every fd of it), another module's right function printing 300 KB raised BlockingIOError when the pipe
    was full; closed, OSError; replaced by /dev/null, its output was lost (red24). Three system calls a stage."""
    if not _output:
        return  # the harness run in-process (benchmarks/child_harness.py): no job's pipe
    try:
        if not _get_blocking(OUTPUT_FD):
            _set_blocking(OUTPUT_FD, True)
    except OSError:
        return  # the copy closed, where no system-call filter keeps it: nothing to put back
    for fd in (1, 2):
        try:
            plugged = _samestat(_fstat(fd), _output[0])
        except OSError:
            plugged = False
        if not plugged:
            _dup2(OUTPUT_FD, fd)


FIONREAD = 0x541B  # ioctl: the bytes of a pipe not yet read (Linux)
DRAIN_WAITS = 2000  # of 0.5 ms: how long a call waits for the grader to read the output before it


def drain_output() -> None:
    """Before a call: the output pipe read by the grader, so that all the call writes comes after the mark the
    grader takes when it sees the call begin (job._ChildRun.marks). A call run again in a fresh child (ran out of
    memory its earlier calls held) had its output twice; cut at the mark, an earlier call's line still in the pipe
    went too. An ioctl a call, no wait when nothing is pending. The streams are line-buffered: an earlier call's
    text without a newline goes out with the next line, and with a call run again it is cut with that call's."""
    if not _output:
        return  # the harness run in-process: no job's pipe
    for _ in range(DRAIN_WAITS):
        try:
            _ioctl(OUTPUT_FD, FIONREAD, _unread)
        except OSError:
            return
        if not any(_unread):
            return
        _select((), (), (), 0.0005)


def out_of_space(exc) -> bool:
    """Whether `exc`, or an exception it was raised from or while handling, says the disk was full (ENOSPC, EDQUOT)."""
    for _ in range(5):
        if exc is None:
            return False
        if isinstance(exc, OSError) and exc.errno in (28, 122):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def address_space() -> int:
    """The bytes of this process's address space (what RLIMIT_AS bounds); 0 without /proc."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def collector_back(thresholds: tuple, callbacks: list, debug: int) -> None:
    """The collector as the job began: a gc callback sleeping 0.2 s left by one call made another module's right
    function building 100,000 lists time out (red24), as thresholds of 1 or gc.disable() slow it or grow its memory;
    gc.set_debug(DEBUG_SAVEALL | DEBUG_STATS) kept every collected object in gc.garbage (another function 0.054 ->
    0.091 s, memory unbounded) and wrote statistics into the later calls' output (review D)."""
    if _gc.get_threshold() != thresholds:
        _gc.set_threshold(*thresholds)
    if _moved(_callbacks, callbacks):
        _callbacks[:] = callbacks
    if _gc_names.get("callbacks") is not _callbacks or _gc_names.get("garbage") is not _garbage:
        _gc_names.update(callbacks=_callbacks, garbage=_garbage)
    if _gc.get_debug() != debug:
        _gc.set_debug(debug)
    if _garbage:
        _garbage.clear()
    if not _gc.isenabled():
        _gc.enable()


def end_forks() -> None:
    """Kill the processes the stage forked and reap the child's own: one left running wrote into memory it shared
    with the child (an anonymous shared mmap), and what a later call read followed the scheduler (red24). With a uid
    of its own, kill(-1) reaches every process of the job but the child and nothing else; without one it would
    reach the grader's, and they run on to the job's end."""
    if _lease[0] is None or not in_job():  # a forked copy returning into the harness would kill the child
        return
    if _contained[0]:
        # no child, alive or a zombie, is no process of the job left: kill(-1) walks every process of the host (4.4 us
        # of CPU with 160 there, bwrap). A trivial call's stage 30.5-40.9 -> 26.8-26.9 us of the child's CPU (least of
        # 3 jobs of 2,000 calls, 3 alternating rounds against the tree before); about 2.5 ms of a submission's
        # (the first twelve exercises: 559 stages)
        try:
            _waitpid(-1, _WNOHANG)
        except ChildProcessError:
            return
    try:  # kill(-1) walks the processes of the namespace: 24 us of CPU at rlimits with 120 on the host, per stage
        _kill(-1, signal.SIGKILL)
        while True:  # blocking: WNOHANG right after the SIGKILL left the children not yet dead unreaped
            _waitpid(-1, 0)
    except OSError:  # no process left to kill, no child left to reap
        pass


_handler, _getsignal = _signal.signal, _signal.getsignal  # the C functions signal.signal and getsignal call
_handlers = {}  # signal -> its handler before the job's code first set it (set_handler)
_handled = set()  # the signals the job's code set since they were last put back


def set_handler(signalnum, handler):
    """_signal.signal as fixed_entropy leaves it (signal.signal calls it, and `import _signal` got past a
    replaced signal.signal: review D of red25): in a job's child, the signal is put back after the stage
    (handlers_back). A handler raising TimeoutError for signal.setitimer's SIGALRM, set by one call that left the
    timer armed, raised in another module's right function run after it (red25)."""
    previous = _handler(signalnum, handler)
    if in_job():
        _handlers.setdefault(signalnum, previous)
        _handled.add(signalnum)
    return previous


def handlers_back() -> None:
    """The handlers the stage's code set put back as the job began."""
    while _handled:
        number = _handled.pop()
        _handler(number, _handlers[number])


_touched = set()  # the names job's code gave os.putenv or os.unsetenv since the last put-back (Environment)


def putenv(name, value) -> None:
    """os.putenv as fixed_entropy leaves it, and unsetenv: the name is put back after the stage (Environment), as
    os.environ's are. os.putenv('TZ', 'JST-9') with time.tzset in one call changed the C library's environment
    alone, and another module's right function read the time in that zone (review D of red25)."""
    _putenv(name, value)
    _touch(name)


def unsetenv(name) -> None:
    _unsetenv(name)
    _touch(name)


def _touch(name) -> None:
    if in_job():
        _touched.add(name if type(name) is bytes else _fsencode(name))


def _seeded(self, a=None, version=2):
    _seed(self, int.from_bytes(urandom(32)) if a is None else a, version)


def fixed_entropy() -> None:
    """Let jobs' code draw the same "random" bytes on every run, so the same submission gets the same grade even
    when it seeds nothing (np.random.default_rng(), SeedSequence(), random.Random(), random.seed(), secrets,
    SystemRandom, os.urandom, os.getrandom, uuid4, _random.Random()) or from its ids (os.getpid(), getppid, getpgid,
    getsid, getpgrp) or uid (getuid and kin, a file's owner by os.stat), or by uuid1 (the clock and MAC libuuid
    reads). /proc/self/status names the host's uid (and pid at rlimits), as os.scandir's entries a file's owner:
    fixing them would take a pid and user namespace per job. numpy's
    SeedSequence, secrets and SystemRandom take their bytes from random._urandom; an unseeded random.Random from
    its seed method, and _random's C class (which seeds itself from the OS) is that class. Called once in the
    zygote (the children then write no page for it); nothing is hidden, so code reading /dev/urandom or calling
    getrandom through ctypes is left to do so."""
    random._urandom = os.urandom = posix.urandom = urandom
    os.getpid, os.getpgid, os.getsid, os.getpgrp, os.getppid = getpid, getpgid, getsid, getpgrp, getppid
    posix.getpid, posix.getpgid, posix.getsid, posix.getpgrp, posix.getppid = getpid, getpgid, getsid, getpgrp, getppid
    os.kill = posix.kill = kill
    os.killpg = posix.killpg = killpg
    for name in ("getuid", "geteuid", "getgid", "getegid", "getresuid", "getresgid", "stat", "lstat", "fstat"):
        found = getattr(posix, name)
        leased = (_stat_as_leased if "stat" in name else _as_leased)(found)
        setattr(os, name, leased)
        setattr(posix, name, leased)
        # shutil.copystat(..., follow_symlinks=False) looks os.stat up in these: AttributeError in a job without
        for supported in (os.supports_follow_symlinks, os.supports_fd, os.supports_dir_fd):
            if found in supported:
                supported.add(leased)
    os.getrandom = posix.getrandom = getrandom
    _signal.signal = set_handler
    os.putenv = posix.putenv = putenv
    os.unsetenv = posix.unsetenv = unsetenv
    _random.Random = random.Random
    random.Random.seed = _seeded
    random.seed = random._inst.seed  # bound to the original seed at import
    # uuid1 from libuuid reads the host's clock and MAC: without it, uuid takes the job's clock and seeded random
    sys.modules["_uuid"] = None
    if "uuid" in sys.modules:
        sys.modules["uuid"]._generate_time_safe = None


class Request:
    """The request pipe: a message of the job's settings and stages, then one of its calls and their arrays."""

    def __init__(self, fd: int):
        self.fd = fd
        self.reader = wire.MessageReader()
        self.ready = []

    def next(self):
        while not self.ready:
            try:
                data = _read(self.fd, 1 << 16)
            except BlockingIOError:  # student code set the pipe non-blocking: wait for the grader's bytes
                _select((self.fd,), (), ())
                continue
            except OSError as exc:
                _exit_if_lost(exc)
                raise
            if not data:
                raise SystemExit("request truncated")
            self.ready += self.reader.feed(data)
        return self.ready.pop(0)


def apply_limits(limits: dict) -> None:
    cpu = int(limits["job_seconds"]) + 1
    for resource_id, value in (
        (resource.RLIMIT_AS, limits["memory_bytes"]),
        (resource.RLIMIT_NPROC, limits["processes"]),
        (resource.RLIMIT_NOFILE, limits["open_files"]),
        (resource.RLIMIT_FSIZE, limits["file_bytes"]),
        (resource.RLIMIT_CORE, 0),
        (resource.RLIMIT_CPU, cpu),
    ):
        resource.setrlimit(resource_id, (value, value))


def send(message: bytes) -> None:
    if not in_job():
        _exit(0)  # a copy of the child forked by student code must not speak for it
    data = memoryview(message)
    while data:
        try:
            data = data[_write(RESULT_FD, data) :]
        except BlockingIOError:  # student code set the pipe non-blocking (os.set_blocking(3, False)): wait for room
            _select((), (RESULT_FD,), ())
        except OSError as exc:
            _exit_if_lost(exc)
            raise


def _exit_if_lost(exc: OSError) -> None:
    """Exit with seccomp.PIPES_LOST_EXIT when a pipe to the grader is no longer ours (closed: EBADF; replaced by a
    read-only descriptor: EBADF too), which only the system-call filter prevents: no result can go out any more."""
    if exc.errno == 9:  # EBADF
        _exit(seccomp.PIPES_LOST_EXIT)


class Unavailable(Exception):
    """A Ref argument whose call has no result in this child."""


def enter(stage: int) -> None:
    """Tell the grader (through the progress memory) that stage number `stage` begins."""
    if not in_job():
        _exit(0)  # a copy of the child forked by student code must not move the job on
    _progress[0][0] = stage


# the line before each notebook cell but the first (nbconvert's script marker, which grader.bulk.notebooks writes
# there), or before every cell, naming it (grader.bulk.notebooks.joined): a module with such lines runs cell by cell
_CELL = re.compile(rb"# In\[[ 0-9]*\]:[ \t\r]*|# In\[ \]: (notebook cell [^\r\n]*)")
_NAMED = b"# In[ ]: notebook cell "

_cells = {}  # a notebook module's file name -> (the index of its first line of code, its name) of each cell


def place(filename: str, lineno: int) -> str:
    """Where line `lineno` of the student's file `filename` is: "softmax.py line 12", and in a module run cell by
    cell also its cell and the line within it, as Jupyter numbers a cell's lines (a notebook's student never saw the
    joined text's numbers: "line 33" of a 4-cell notebook named no line they could find)."""
    where = f"{os.path.basename(filename)} line {lineno}"
    cells = _cells.get(filename)
    if cells and type(lineno) is int and lineno > 0:
        first, name = cells[max(sum(first < lineno for first, _ in cells), 1) - 1]
        where += f": {name}, line {lineno - first}"
    return where


def notebook_cells(source: bytes) -> list[tuple[int, bytes]]:
    """(index of its first line, its text) of each cell of `source`, split before each marker line."""
    if b"\n# In[" not in source and not source.startswith(_NAMED):  # a .py file: not split into its lines on every
        # import of every job
        return [(0, source)]
    lines = source.split(b"\n")
    starts = [0] + [i for i, line in enumerate(lines) if i and _CELL.fullmatch(line)]
    return [(a, b"\n".join(lines[a:b])) for a, b in zip(starts, starts[1:] + [len(lines)])]


def _named(number: int, line: int, source: bytes) -> tuple[int, str]:
    """(the index of its first line of code, how the student finds it) of the cell `number` of a module starting at
    line `line`: its marker's name (its place in the notebook, its grade_id), else "notebook cell `number`" (the
    `number`th cell of nbconvert's script)."""
    marker = _CELL.fullmatch(source.split(b"\n", 1)[0])
    name = marker[1].decode("utf-8", "replace") if marker and marker[1] else f"notebook cell {number}"
    return line + (marker is not None), name


CELLS_SHARE = 0.8  # of the import stage's CPU time, the notebook's cells may use before the running one is stopped
MIN_CELL_SECONDS = 0.05  # of CPU time a notebook cell always gets (one defining functions takes microseconds)
_running = [False]  # whether a notebook cell under stopped_after runs: a late timer signal raises nothing then


class CellTooLong(Exception):
    """Raised in a notebook cell that ran past the CPU time left to its notebook's cells (stopped_after)."""


def _stop_cell(signum, frame):
    if _running[0]:
        _running[0] = False
        raise CellTooLong("ran past its notebook's share of the import's CPU time and was stopped: grading runs "
                          "every cell, so keep long experiments out of the notebook you hand in")


@contextlib.contextmanager
def stopped_after(seconds: float):
    """Raise CellTooLong in the block once this process has used `seconds` more of CPU time (ITIMER_PROF). Nested (a
    cell importing another notebook, whose cells run under their own), within the outer block's time, which is
    armed again with what is left of it (it ran unstopped after the import)."""
    outer, started, was = signal.getitimer(signal.ITIMER_PROF)[0], time.process_time(), _running[0]
    # the C function, not the job's signal.signal (set_handler): the handlers a module's import sets are put back
    # when it ends (ProcessSettings), and a notebook imported in a cell reset the importing cell's stop with them
    previous = _handler(signal.SIGPROF, _stop_cell)
    signal.setitimer(signal.ITIMER_PROF, min(seconds, outer) if outer else seconds)
    _running[0] = True
    try:
        yield
    finally:
        _running[0] = False
        signal.setitimer(signal.ITIMER_PROF, 0)
        _handler(signal.SIGPROF, previous)
        _running[0] = was
        if outer:
            signal.setitimer(signal.ITIMER_PROF, max(outer - (time.process_time() - started), 1e-6))


class StudentModules:
    """Meta-path finder and loader of the student's modules, served from memory (no files are written).

    Each module's code carries the file name it would have had, SCRATCH/name.py, so tracebacks,
    warnings and messages read as before; get_source lets linecache (warnings, tracebacks) and
    inspect show the lines. Only names that shadow nothing installed are given to it, so it can
    stand first on sys.meta_path and an import needs no search of sys.path.
    """

    def __init__(self, scratch: str, cell_seconds: float):
        self.scratch = scratch
        self.cell_seconds = cell_seconds  # CPU time the cells of one notebook may use before a cell is stopped
        self.sources = {}  # module name -> source bytes
        self.refused = {}  # module name -> why it cannot be imported (too large, failed before): said on import
        self.cell_errors = {}  # module name -> [(cell name, error)] of a notebook's cells that raised
        self.settings = None  # the job's ModuleSettings, taken around each module's own code (exec_module)

    def refuse(self, reasons: dict) -> None:
        """Importing one of these names raises ImportError with its reason (not "No module named ...")."""
        for name, reason in reasons.items():
            if name.isidentifier() and name not in sys.modules and importlib.util.find_spec(name) is None:
                self.refused[name] = reason

    def find_spec(self, name, path=None, target=None):
        if path is not None or (name not in self.sources and name not in self.refused):
            return None
        spec = importlib.machinery.ModuleSpec(name, self, origin=os.path.join(self.scratch, name + ".py"))
        spec.has_location = True  # sets __file__
        return spec

    def create_module(self, spec):
        return None  # the default module

    def exec_module(self, module) -> None:
        # the settings it leaves are its own, whichever module's import ran it (ModuleSettings.importing): per import
        # stage, a module another's import ran handed its np.seterr to that one and ran its own calls without it
        before = self.settings.importing()
        try:
            self._execute(module)
        finally:
            trace, profile = _gettrace(), _getprofile()  # taken off first: the harness below runs untraced
            _settrace(None)
            _setprofile(None)
            self.settings.imported(module.__spec__.name, before, trace, profile)

    def _execute(self, module) -> None:
        spec = module.__spec__
        self._refuse(spec.name)
        cells = notebook_cells(self.sources[spec.name])
        if len(cells) == 1 and not cells[0][1].startswith(_NAMED):  # a Python file: its first error ends its import,
            # as in Python (a notebook of one cell, nbgrader's usual, is a notebook: its lines and cell named)
            exec(compile(self.sources[spec.name], spec.origin, "exec", dont_inherit=True), module.__dict__)
            return
        # a notebook runs on past a cell that raises, as nbgrader runs it (allow_errors): a scratch cell calling
        # an unfinished function must not cost every function of the notebook; nor one running an experiment, which
        # is stopped once the notebook's cells have used cell_seconds (it timed the whole import out: 0 everywhere)
        start = time.process_time()
        _cells[spec.origin] = named = [_named(number, line, source) for number, (line, source) in enumerate(cells, 1)]
        for (line, source), (_, name) in zip(cells, named):
            try:  # blank lines first: line numbers stay those of the whole text
                code = compile(b"\n" * line + source, spec.origin, "exec", dont_inherit=True)
                with stopped_after(max(MIN_CELL_SECONDS, self.cell_seconds - (time.process_time() - start))):
                    exec(code, module.__dict__)
            except BaseException as exc:  # the grader's deadline kills the child: no exception of its own is caught
                self.cell_errors.setdefault(spec.name, []).append((name, describe_error(exc, self.scratch)))

    def get_source(self, name: str) -> str:
        self._refuse(name)  # a notebook's `%run helpers` reads it: a helper over the size limit said "KeyError"
        return importlib.util.decode_source(self.sources[name])

    def _refuse(self, name: str) -> None:
        if name in self.refused:
            raise ImportError(f"{name}.py cannot be imported: {self.refused[name]}", name=name)


class ChildJob:
    """One job inside the child: hand the student's modules to the finder, then run the request's stages in order."""

    def __init__(self, header: dict, request: Request, scratch: str):
        self.header = header
        self.request = request
        self.arrays = []  # of the calls, read with them after the imports
        self.scratch = scratch
        self.module_errors = dict(header["module_errors"])
        self.failed = dict(header["failed"])  # call id -> why its result is unavailable
        self.asked = {}  # module -> the functions the job calls in it (read_calls)
        self.results = {}
        self.builtins = Pristine(builtins.__dict__)
        # sys's functions, not its streams (home_again) nor what it records: sys.setrecursionlimit = lambda n: None
        # in one call left another module's right deep() (sys.setrecursionlimit(10000), 3000 deep) RecursionError
        # (3000 when first, review G)
        self.sys = Pristine(sys.__dict__, [name for name, value in vars(sys).items()
                                           if isinstance(value, types.BuiltinFunctionType)])
        self.loaded = Loaded()
        self.importing = None  # once the student's modules are on sys.meta_path (run)
        self.process = ProcessSettings()
        self.streams = self.first_streams = sys.stdout, sys.stderr
        self.recursion_limit = sys.getrecursionlimit()
        self.address_space = 0  # before the imports (run): what the job's imports and calls hold is above it
        self.umask = os.umask(0o022)
        os.umask(self.umask)
        self.home = os.path.realpath(scratch)  # as os.getcwd() names it and the folders in it
        self.scratch_mode = os.stat(scratch).st_mode & 0o7777
        self.stdin = sys.stdin
        self.collector = gc.get_threshold(), gc.callbacks[:], gc.get_debug()
        limits = header["limits"]
        budget = header["budget"] - wire.reserve(len(header["stages"]))
        self.reporter = wire.Reporter(send, header["strict"], limits["result_bytes"], budget,
                                      limits["job_result_bytes"])
        # 0.8 of the import stage's CPU time (grader/sandbox/timing.py): the cells after a stopped one still fit
        self.modules = StudentModules(scratch, CELLS_SHARE * max(limits["call_seconds"], limits["call_wall_seconds"]))
        self.warned = []  # the RuntimeWarnings of the running call, a few distinct lines
        self.raised = None  # the exception the running call raised, described once builtins are restored
        self.held = []  # what the running call's arguments hold (held_inside)
        self.drew = []  # the Generator arguments the running call advanced (see drawn)
        self.again = []  # what the running call returned that an earlier call of its function returned (see again)
        self.given = {}  # (module, function) -> what its calls returned (see handed_out), the objects kept alive
        # call id -> (args, kwargs), the very objects each call was given, and the results refill replaced: kept to
        # the job's end, so no later argument takes a freed one's address and a memo keyed by id() answers alike
        # on every run (which addresses a freed object's successors take follows the allocator's history: the
        # zygote's earlier jobs, when the reporter flushed); a later call that refills them (wire.CALL refills)
        # gets them on purpose
        self.arguments = {}
        self.replaced = []

    def run(self) -> None:
        calls = {}
        stages = self.header["stages"]
        watch_warnings(self.warned, self.scratch)  # before the imports: a student's own filters come first
        # before the imports: what a module's import holds counts as held, as what a call keeps. A restarted child
        # imports only the modules its calls need (not a hoarder's), so a call first in its child judged on the
        # memory another module's import holds failed there and passed run again (review G)
        self.address_space = address_space()
        self.settings = self.modules.settings = ModuleSettings(self.home, self.process)
        # every module goes to the finder, those without an import stage are imported when code imports them
        unusable = self.load_modules([name for name in self.header["modules"] if name not in self.module_errors])
        self.modules.refuse({**self.module_errors, **unusable})
        sys.meta_path.insert(0, self.modules)  # serves only names that shadow nothing installed
        sys.path.append(self.scratch)  # last: files the student's code writes there at run time stay importable
        self.importing = Importing()
        for number, (kind, name) in enumerate(stages, 1):
            if kind == "call":
                drain_output()
            enter(number)
            if kind == "import":
                self.import_module(name, unusable.get(name))
            else:
                if not calls:  # the grader encoded them while the modules were imported
                    calls = self.read_calls()
                self.run_call(calls[name], replay=kind == "replay")
            # module errors go out as soon as the imports are over, whatever happens next
            last_import = kind == "import" and (number == len(stages) or stages[number][0] != "import")
            self.reporter.finished(number, at_once=last_import)
        enter(len(stages) + 1)
        try:
            ipc.clear(self.scratch)
        except OSError:
            pass  # the zygote's helper removes what is left
        # the outcomes out before the streams flush: sys.stdout.flush replaced by a 30 s sleep hung this stage and
        # lost every call's outcome, another module's right function's too (review D); now only trailing output.
        # Only when any is queued: an empty report costs the job's results budget as any (Budget.take)
        if self.reporter.queued:
            self.reporter.flush()
        self.flush_streams()
        self.reporter.close()

    def flush_streams(self) -> None:
        """Flush the job's first streams and those restore() put in their place, before "done": text the last call
        left unflushed there was lost, and once flushed after "done", lost on 56 of 200 runs under load (the grader
        kills the child when "done" comes, red24)."""
        for stream in (*self.first_streams, sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass

    def restore(self) -> None:
        """Put back what student code changed that the harness or the later calls rely on: builtins and the recursion
        limit (one left at 20 made encoding a nested result fail in the batched report, and every call it held
        crashed); the processes it forked, the output fds, the collector, the working dir and umask (red24)."""
        self.builtins.restore()
        self.loaded.restore()
        self.importing.restore()
        self.process.put(None)  # before end_forks: a SIGCHLD handler the stage set ran in the harness for each kill
        _setrecursionlimit(self.recursion_limit)
        end_forks()
        replug()
        collector_back(*self.collector)
        # and the working dir and umask: os.chdir('/') or os.umask(0o777) in one call made another module's right
        # function that saves and loads its weights raise PermissionError (red24)
        _umask(self.umask)
        self.home_again()
        self.sys.restore()  # after home_again's sys.stdout: untouched, sys's tag does not move between calls

    def home_again(self) -> None:
        """The working dir back in the scratch dir after every stage, wherever the stage left it (the dir a module's
        import leaves is that module's, ModuleSettings.enter), with its mode: os.chmod('.', 0o500) in one call made
        another module's right function saving its weights raise PermissionError (red25); sys.stdout and
        sys.stderr back when unusable, sys.stdin when replaced (another's input() read what one call put there)."""
        try:
            _chmod(self.scratch, self.scratch_mode)
            _chdir(self.scratch)
        except OSError:
            pass  # the scratch dir removed: the job's own doing, and what writes there fails alike on every run
        if closed(self.stdin):  # sys.stdin.close(): another module's input() raised ValueError, not EOFError
            self.stdin = open(_devnull, encoding="utf-8")
        sys.stdin = self.stdin
        # and sys.stdout and sys.stderr, which a call replaced or closed: a later call of another function that
        # printed a debug line raised "I/O operation on closed file" (red23)
        out, err = self.streams
        out, err = output_stream(1) if unusable(out) else out, output_stream(2) if unusable(err) else err
        self.streams = sys.stdout, sys.stderr = out, err

    def read_calls(self) -> dict:
        """The request's second message: call id -> wire.CALL record."""
        header, self.arrays = self.request.next()
        calls = {call.id: call for call in wire.CALL.rows(header["calls"])}
        for call in calls.values():  # the functions graded: no rename hint names one of them
            self.asked.setdefault(call.module, set()).add(call.function)
        return calls

    def load_modules(self, names: list) -> dict:
        """Hand every module to the finder before importing any (they import each other); why some cannot be."""
        reasons = {}
        for name in names:
            reason = self.load_module(name)
            if reason:
                reasons[name] = reason
        return reasons

    def import_module(self, name: str, unusable) -> None:
        reason = unusable
        if reason is None:
            try:
                importlib.import_module(name)
            except BaseException as exc:
                reason = describe_error(exc, self.scratch)
            self.restore()
        if reason is not None:
            self.module_errors[name] = reason
            self.reporter.error(name, reason)
        elif cells := self.modules.cell_errors.get(name):
            (cell, error), more = cells[0], len(cells) - 1
            self.reporter.note(name, f"{cell} raised {error}"
                                     + (f"; {more} more cell{'s' * (more > 1)} raised" if more else ""))

    def load_module(self, name: str):
        """Give name.py to the finder; the reason it cannot be imported, or None."""
        if not name.isidentifier() or name in sys.modules or importlib.util.find_spec(name) is not None:
            return f"{name}.py would shadow the installed module {name!r}; rename the file"
        source = base64.b64decode(self.header["modules"][name])
        try:
            source.decode("utf-8")
        except UnicodeDecodeError as exc:
            return (f"{name}.py is not valid UTF-8 (byte 0x{source[exc.start]:02x} at offset {exc.start}); "
                    "save it as UTF-8")
        if len(source) > self.header["limits"]["file_bytes"]:  # as when the files were written to the scratch dir
            return f"{name}.py is larger than the sandbox's file size limit"
        self.modules.sources[name] = source
        return None

    def run_call(self, call, replay: bool) -> None:
        start = time.perf_counter()
        self.settings.enter(call.module)
        status, value, error, changed, returned = self.execute(call)
        seconds = time.perf_counter() - start
        warned = self.warned[:]
        self.warned.clear()
        self.restore()
        self.settings.leave()
        raised, self.raised = self.raised, None
        if status != "ok":
            self.failed[call.id] = f"ended with status {status}"
        if replay:
            return
        sites = [] if raised is None else crashsite.sites(raised, self.scratch, self.modules.sources)
        memory, space = isinstance(raised, MemoryError), out_of_space(raised)
        del raised  # its traceback holds the student's frames
        # run again at most once: not when this child runs it again (its own import may hold the memory, its own
        # files fill the disk: it exited again, "crashed" with the restart status, instead of saying what it raised)
        if call.id not in self.header.get("again", ()):
            if memory:
                self.again_if_held()
            elif space:
                self.again_if_full()
        try:
            if type(value) is wire.ndarray and value.dtype.kind in wire.NUMERIC_KINDS and value.dtype.fields is None:
                tree, items = [0], [value]  # what encode() makes of the commonest result, in 0.15 us instead of 0.9
            else:
                arrays = wire.Arrays()
                # a result that is itself a generator or iterator (walked once, no len()) crosses as what it is, not
                # as the list the wire makes of one nested in plain data: no docstring promises one
                lazy = callable(getattr(type(value), "__next__", None))
                tree = ["f", "generator"] if lazy else wire.encode(value, arrays, strict=False)
                wire.few_values(tree)
                items = arrays.items
            record = wire.OUTCOME.type(call.id, status, tree, error, seconds, changed, warned, returned, len(items),
                                       sites, self.drew, self.again)
            self.reporter.outcome(record, items)
        except BaseException as exc:
            reason = str(exc) if type(exc) is wire.TooLarge else describe_error(exc, self.scratch)
            record = wire.OUTCOME.type(call.id, status, None, error, seconds, changed, warned, returned, 0, sites,
                                       self.drew, self.again)
            self.reporter.outcome(wire.refused(record, reason), [])

    def again_if_held(self) -> None:
        """Exit for a fresh child (seccomp.MEMORY_HELD_EXIT) when the child's earlier calls hold more than a quarter
        of its memory limit: one call kept 1.5 GB in a global and another module's right function allocating 0.7 GB
        after it raised MemoryError, where it returned 10.0 when it ran first (red24); as when a module's import holds
        it (review G). The job runs each call again at most once (job._run_child). What the earlier calls reported
        goes first, before measuring: the reports queued are not what the calls hold."""
        if self.reporter.queued:
            self.reporter.flush()
        _gc.collect()  # the failed call's frames, which its MemoryError's traceback held
        if address_space() - self.address_space > self.header["limits"]["memory_bytes"] // 4:
            _exit(seccomp.MEMORY_HELD_EXIT)
        self.restore()  # again: the collection ran the student's __del__ methods
        self.settings.leave()

    def again_if_full(self) -> None:
        """Exit for a fresh child, whose scratch dir is empty (seccomp.MEMORY_HELD_EXIT), when the job's files fill more
        than a quarter of its /tmp: one call's checkpoints filled it, and another module's right function saving its
        weights raised "No space left on device", where it returned 100000.0 run first (red25). The files persist
        between calls (a module's import may write what its calls read), so they are not removed."""
        if self.reporter.queued:
            self.reporter.flush()
        try:
            found = _statvfs(self.scratch)
        except OSError:
            return
        if (found.f_blocks - found.f_bfree) * found.f_frsize > self.header["limits"]["tmp_bytes"] // 4:
            _exit(seccomp.MEMORY_HELD_EXIT)

    def execute(self, call):
        """(status, value, error, changed, returned) of one wire.CALL record.

        `changed` names the arguments (0-based positions, keyword names) the call left different from
        what was sent, compared as soon as it returns, before any other student code runs; `returned` those
        whose very object the result holds (see handed_back). A call that refills an earlier call's arguments gets
        those objects (see refill); `self.drew` is left holding the Generator arguments the call drew from,
        `self.again` what of its result an earlier call of the function returned (see again)."""
        module_name, name = call.module, call.function
        self.drew, self.again = [], []
        if module_name in self.module_errors:
            return "module_error", None, self.module_errors[module_name], [], []
        if module_name not in self.header["modules"]:
            error = f"no module {module_name!r} in the submission (expected {module_name}.py)"
            return "module_error", None, error, [], []
        try:
            module = sys.modules.get(module_name) or importlib.import_module(module_name)
            function = getattr(module, name, None)
        except BaseException as exc:
            return "module_error", None, describe_error(exc, self.scratch), [], []
        if not callable(function):
            renamed = renamed_note(module, name, self.asked.get(module_name, ()))
            error = f"{module_name}.py has no function {name}(){renamed}"
            if cells := self.modules.cell_errors.get(module_name):
                error += f" ({cells[0][0]} raised: what a cell defines after its error is missing)"
            return "missing_function", None, error, [], []
        try:
            # each argument array its own copy: no two arguments or calls share memory
            args = wire.decode(call.args, self.arrays, self.marker, copy=True)
            kwargs = wire.decode(call.kwargs, self.arrays, self.marker, copy=True) if call.kwargs else {}
            if call.refills is not None:
                args, kwargs = self.refill(call.refills, args, kwargs)
        except Unavailable as exc:
            return "error", None, str(exc), [], []
        self.held = held_inside(call, args, kwargs)
        watched = generators(args, kwargs)
        before = global_state()
        self.arguments[call.id] = (args, kwargs)
        self.warned.clear()
        try:
            result = self.settings.call(function, args, kwargs)
        except NotImplementedError as exc:
            return "not_implemented", None, describe_error(exc, self.scratch), [], []
        except BaseException as exc:
            self.raised = exc
            error, note = describe_error(exc, self.scratch), parameters_note(function, exc, self.scratch)
            error += note if len(error) + len(note) <= 300 else ""  # the trusted side keeps 300 characters
            return "error", None, error, self.changed(call, args, kwargs), []
        finally:
            self.drew = drawn(watched) if watched else []
            if before is not None and global_state() != before:
                self.drew.append(wire.GLOBAL_DRAW)
            wire.numpy_if_imported()  # the call's code may have imported it: its result may hold arrays
        changed = self.changed(call, args, kwargs)
        returned = handed_back(result, args, kwargs)
        self.results[call.id] = result
        self.again = again(self.given.setdefault((module_name, name), {}), call.id, result, args, kwargs)
        if not call.pick:
            return "ok", result, "", changed, returned
        if _unpickable(result):  # result[0] of a bare array would be its first row
            return "error", None, not_a_tuple(function, name, result), changed, returned
        try:
            value = index(result, call.pick)
        except BaseException as exc:
            error = f"cannot pick {tuple(call.pick)} from the result: {describe_error(exc, self.scratch)}"
            return "error", None, error, changed, returned
        return "ok", value, "", changed, returned

    def changed(self, call, args, kwargs) -> list:
        """Positions and keyword names of the arguments that differ from the pristine arrays sent."""
        found = [i for i, (tree, value) in enumerate(zip(call.args[1:], args))
                 if argument_changed(tree, value, self.arrays)]
        if call.kwargs:
            found += [k for k, tree in call.kwargs.items() if argument_changed(tree, kwargs.get(k), self.arrays)]
        return found + [a for a in rebound(self.held) if a not in found]

    def refill(self, earlier: str, args: tuple, kwargs: dict) -> tuple:
        """(args, kwargs): the argument objects of call `earlier`, refilled in place with these values (see refilled).

        Its outcome goes out first and its kept result is copied (its arrays): either may be an argument itself."""
        if earlier in self.failed or earlier not in self.arguments:
            why = self.failed.get(earlier, "has not run in this worker")
            raise Unavailable(f"the arguments of call {earlier!r} cannot be refilled: call {earlier!r} {why}")
        if self.reporter.queued:
            self.reporter.flush()
        old_args, old_kwargs = self.arguments[earlier]
        try:
            if earlier in self.results:  # a view of more than the job's memory cannot be copied: MemoryError
                self.replaced.append(self.results[earlier])
                self.results[earlier] = detached(self.results[earlier])
            args = tuple(refilled(old, new) for old, new in zip(old_args, args)) + args[len(old_args):]
            kwargs = {k: refilled(old_kwargs[k], v) if k in old_kwargs else v for k, v in kwargs.items()}
        except BaseException as exc:  # the copy above, or a refill not expected to fail: the call is not made as asked
            why = describe_error(exc, self.scratch)
            raise Unavailable(f"the arguments of call {earlier!r} cannot be refilled: {why}")
        return args, kwargs

    def marker(self, tag: str, payload):
        if tag == "g":  # RNG(seed)
            return wire.numpy().random.default_rng(payload)
        call_id, path = payload
        if call_id in self.failed:
            raise Unavailable(f"argument Ref({call_id!r}) is unavailable: call {call_id!r} {self.failed[call_id]}")
        if call_id not in self.results:
            raise Unavailable(f"argument Ref({call_id!r}) is unavailable: call {call_id!r} has no result")
        try:
            return index(self.results[call_id], path)
        except BaseException as exc:
            why = describe_error(exc, self.scratch)
            raise Unavailable(f"argument Ref({call_id!r}, {tuple(path)}) cannot be taken: {why}")


def refilled(old, new):
    """`old` holding the values of `new` (decoded for this call), where their types and shapes allow: an array copied
    into, a list or dict refilled item by item (a tuple's items refilled); else `new`. What a caller that reuses its
    buffers passes. Bounded by `new`, which came over the wire."""
    kind = type(old)
    if kind is not type(new):
        return new
    if kind is wire.ndarray:
        if old.shape != new.shape or old.dtype != new.dtype or not old.flags.writeable:
            return new
        wire.np.copyto(old, new)
        return old
    if kind is list:
        old[:] = [refilled(o, n) for o, n in zip(old, new)] + new[len(old):]
        return old
    if kind is dict:
        items = {k: refilled(old[k], v) if k in old else v for k, v in new.items()}
        old.clear()
        old.update(items)
        return old
    if kind is tuple and len(old) == len(new):
        return tuple(refilled(o, n) for o, n in zip(old, new))
    return new


def detached(value, depth: int = 0):
    """`value` with its arrays copied (inside tuples, lists and dicts, a few levels): a result kept for later Refs
    stays what it was when the arguments it may hold are refilled."""
    kind = type(value)
    if kind is wire.ndarray:
        return value.copy()
    if depth < 3 and (kind is tuple or kind is list):
        return kind(detached(v, depth + 1) for v in value)
    if depth < 3 and kind is dict:
        return {k: detached(v, depth + 1) for k, v in value.items()}
    return value


def generators(args, kwargs) -> list:
    """(argument, generator, its state) of each numpy Generator argument (0-based positions, keyword names)."""
    found = [(i, v) for i, v in enumerate(args) if type(v) is wire.Generator]
    found += [(k, v) for k, v in kwargs.items() if type(v) is wire.Generator]
    return [(a, g, g.bit_generator.state) for a, g in found]


_global_random = None  # ctypes views of the first key word and the position of np.random's global MT19937
MT_KEY_WORDS = 624  # numpy's mt19937_state: uint32 key[624], then int pos


def bind_random(np) -> None:
    """Take np.random's global generator (the one np.random.permutation, rand, shuffle, seed... use) as views of
    its C state, in the zygote after it seeds the generator, before student code may rebind a name: reading
    them costs 0.3 us of CPU against 35 us for RandomState.get_state (in-process, 100000 reads), on every call."""
    global _global_random
    import ctypes

    address = np.random.mtrand._rand._bit_generator.ctypes.state_address
    _global_random = (ctypes.c_uint32.from_address(address),
                      ctypes.c_int.from_address(address + MT_KEY_WORDS * ctypes.sizeof(ctypes.c_uint32)))


def global_state():
    """(first key word, position) of np.random's global generator, or None unbound: any draw moves the position,
    and a draw of exactly 624k words refills the key (a normal cached by an earlier call's draw, taken with no
    word drawn, is not seen). Every job starts from the zygote's seeded state and runs its calls in order: the
    same submission draws the same numbers."""
    if _global_random is None:
        return None
    first, position = _global_random
    return first.value, position.value


def drawn(watched: list) -> list:
    """The arguments of `watched` (see generators) whose generator's state has changed: the call drew from them."""
    try:
        return [a for a, g, state in watched if g.bit_generator.state != state]
    except BaseException:  # a generator the student's code broke: it was used
        return [a for a, _, _ in watched]


def handed_back(result, args, kwargs) -> list:
    """Positions and keyword names of the list, dict and array arguments whose very object `result` holds,
    itself or inside its tuples, lists and dicts (a few levels, a bounded number of items): a caller that
    changes such a result changes its own argument."""
    if type(result) not in (tuple, list, dict):  # an array or a number, most results: only itself can be one
        return _itself(result, args, kwargs)  # (handed_back 1.8 -> 1.3 us a call, in-process, min of 15 repeats)
    sent = {id(v): i for i, v in enumerate(args) if type(v) in (list, dict, wire.ndarray)}
    sent.update((id(v), k) for k, v in kwargs.items() if type(v) in (list, dict, wire.ndarray))
    found, todo, seen = [], [(result, 0)], 0
    while todo and sent and seen < 10_000:
        value, depth = todo.pop()
        seen += 1
        if id(value) in sent and sent[id(value)] not in found:
            found.append(sent[id(value)])
        kind = type(value)
        if depth < 3 and kind in (tuple, list, dict):
            todo += [(v, depth + 1) for v in (value.values() if kind is dict else value)]
    return found


MAX_HANDED_OUT = 100  # arrays, lists and dicts of one result that `again` remembers


def handed_out(result) -> list:
    """(object, path, kind) of the arrays, lists and dicts that `result` is or holds inside its tuples, lists and
    dicts (a few levels, a bounded number; dict entries under int and str keys): what a caller may change in place."""
    found, todo = [], [(result, ())]
    while todo and len(found) < MAX_HANDED_OUT:
        value, path = todo.pop()
        kind = type(value)
        if kind is wire.ndarray:
            found.append((value, path, "array"))
            continue
        if kind is not tuple:
            found.append((value, path, kind.__name__))
        if len(path) == 3:
            continue
        # only what may be handed out goes on `todo` (numbers, text: most items, never), a bounded number, the first
        # item on top: found in the result's order. A loop, not islice over generators: a submission's 220 tuple,
        # list and dict results 0.65 -> 0.38 ms (CPU, in-process, min of 30)
        pushed = []
        for k, v in (value.items() if kind is dict else enumerate(value)):
            t = type(v)
            if (t is wire.ndarray or t is tuple or t is list or t is dict) and (kind is not dict or _key(k)):
                pushed.append((v, path + (k,)))
                if len(pushed) == MAX_HANDED_OUT:
                    break
        pushed.reverse()
        todo += pushed
    return found


def _key(key) -> bool:
    """Whether a dict entry's key can name it in a path sent back: a short printable str (no line of a message can
    be forged), an int of 64 bits (str() of a huge one raises)."""
    kind = type(key)
    return (kind is str and len(key) <= 40 and key.isprintable()) or (kind is int and -(1 << 63) <= key < 1 << 63)


def again(given: dict, call_id: str, result, args, kwargs) -> list:
    """[earlier call id, path, kind] when `result` is, or holds, the very array, list or dict object that an earlier
    call of its function returned (`given`: id -> (object, call id), updated with this result's), and not as one
    of this call's own arguments (an update in place hands its argument back); else []. A buffer kept on the
    module, filled and returned on every call, shows so: each caller's result is what a later call wrote. The
    objects stay in `given` to the job's end, so no other takes a remembered one's address."""
    kind = type(result)
    if kind is wire.ndarray:  # most results: one look-up
        earlier = given.setdefault(id(result), (result, call_id))[1]
        seen = [] if earlier == call_id else [(result, (), "array", earlier)]
    elif kind is tuple or kind is list or kind is dict:
        parts = handed_out(result)
        seen = [(value, path, what, given[id(value)][1]) for value, path, what in parts if id(value) in given]
        for value, _, _ in parts:
            given.setdefault(id(value), (value, call_id))
    else:
        return []
    if seen:  # rare: the arguments are walked only then
        reachable = _reachable(args, kwargs)
        for value, path, what, earlier in seen:
            if id(value) not in reachable:
                return [earlier, list(path), what]
    return []


def _reachable(args, kwargs) -> set:
    """The ids of the arguments and of what their tuples, lists and dicts hold (a few levels, a bounded number)."""
    seen, todo = set(), [(v, 0) for v in (*args, *kwargs.values())]
    while todo and len(seen) < 10_000:
        value, depth = todo.pop()
        seen.add(id(value))
        kind = type(value)
        if depth < 6 and (kind is tuple or kind is list):
            todo += [(v, depth + 1) for v in value]
        elif depth < 6 and kind is dict:
            todo += [(v, depth + 1) for v in value.values()]
    return seen


def _itself(result, args, kwargs) -> list:
    """handed_back of a result that holds nothing: the argument that is `result` itself (the last one, as the
    walk finds it), if it is an array (a list or dict result is walked)."""
    found = None
    for i, v in enumerate(args):
        if v is result:
            found = i
    for k, v in kwargs.items():
        if v is result:
            found = k
    return [] if found is None or type(result) is not wire.ndarray else [found]


def held_inside(call, args, kwargs) -> list:
    """(argument, container, key, item) for each array, list and dict that the list and dict arguments hold (a few
    levels, a bounded number), taken before the call: the caller keeps references to them, so an entry swapped for
    an equal copy is a change of the caller's argument that comparing values does not see. Only what was sent is
    held: a Ref or RNG inside an argument is the child's own (argument_changed does not judge them either)."""
    # only list and dict arguments hold anything: most calls send arrays and numbers alone, and skip the walk
    todo = [(t, v, i, 0) for i, (t, v) in enumerate(zip(call.args[1:], args)) if _container(t)]
    todo += [(t, kwargs.get(k), k, 0) for k, t in (call.kwargs or {}).items() if _container(t)]
    held = []
    # loops rather than a list of pairs per container, and only containers go on `todo` (an array holds nothing):
    # a submission's 187 calls with dict, list, Ref or RNG arguments 0.54 -> 0.38 ms (CPU, in-process, min of 100)
    while todo and len(held) < 1_000:
        tree, value, argument, depth = todo.pop()
        if depth >= 3:
            continue
        kind = type(value)
        if type(tree) is dict and kind is dict:
            pairs = tree.items()
        elif type(tree) is list and tree and (tree[0] == "l" or tree[0] == "t") and (kind is list or kind is tuple):
            pairs = enumerate(tree[1:])
        else:
            continue
        swappable = kind is not tuple  # a tuple's items cannot be swapped; a list's or a dict's can
        for key, t in pairs:
            if type(t) is dict:
                walk = True
            elif type(t) is list and t and (type(t[0]) is int or t[0] == "l" or t[0] == "t"):
                walk = type(t[0]) is not int
            else:
                continue
            item = value[key]
            if swappable:
                held.append((argument, value, key, item))
            if walk:
                todo.append((t, item, argument, depth + 1))
    return held


def _container(tree) -> bool:
    """Whether `tree` sends a dict, list or tuple (what held_inside walks)."""
    return type(tree) is dict or (type(tree) is list and len(tree) > 0 and (tree[0] == "l" or tree[0] == "t"))


def rebound(held: list) -> list:
    """The arguments of `held` (see held_inside) whose containers no longer hold the very same item at its key."""
    found = []
    for argument, container, key, item in held:
        if argument not in found:
            try:
                if container[key] is not item:
                    found.append(argument)
            except (KeyError, IndexError):  # an entry removed: argument_changed sees it in a value it compares
                found.append(argument)
    return found


def argument_changed(tree, value, arrays: list) -> bool:
    """Whether the argument `value`, decoded from `tree`, is no longer what `tree` says: an array whose bytes,
    shape or dtype changed, a list or dict whose items changed. Refs and RNGs are the child's own: not judged."""
    kind = type(tree)
    if kind is not list and kind is not dict:  # a scalar sent inline: the very object, unless replaced in a container
        return value is not tree and not (type(value) is kind and value == tree)
    # loops, an array item compared inline: no generator per container, no call per array (the arguments of those
    # 187 calls, see held_inside: 0.61 -> 0.49 ms)
    if kind is dict:
        if type(value) is not dict or value.keys() != tree.keys():
            return True
        for k, t in tree.items():
            if (array_changed(value[k], arrays[t[0]]) if type(t) is list and type(t[0]) is int
                    else argument_changed(t, value[k], arrays)):
                return True
        return False
    tag = tree[0]
    if type(tag) is int:
        return array_changed(value, arrays[tag])
    if tag == "l" or tag == "t":
        if type(value) is not (list if tag == "l" else tuple) or len(value) != len(tree) - 1:
            return True
        for t, v in zip(tree[1:], value):
            if (array_changed(v, arrays[t[0]]) if type(t) is list and type(t[0]) is int
                    else argument_changed(t, v, arrays)):
                return True
        return False
    if tag == "s":  # a numpy scalar cannot change: only one replaced in a container differs
        sent = wire.decode(tree, arrays)
        return type(value) is not type(sent) or value.tobytes() != sent.tobytes()
    return False


def array_changed(value, sent) -> bool:
    """Whether the argument `value`, sent as the array `sent`, is no longer an array of its shape, dtype and bytes."""
    return (type(value) is not wire.ndarray or value.shape != sent.shape or value.dtype != sent.dtype
            or value.tobytes() != sent.tobytes())


def watch_warnings(record: list, scratch: str) -> None:
    """Record every RuntimeWarning (numpy's overflow, invalid value, divide by zero) into `record`, as
    "RuntimeWarning: overflow encountered in exp (sigmoid.py line 3)", instead of printing it once per
    place. Student code that silences warnings itself (np.errstate, its own filters) is obeyed."""
    show = warnings.showwarning

    def showwarning(message, category, filename, lineno, file=None, line=None):
        if not issubclass(category, RuntimeWarning):
            return show(message, category, filename, lineno, file, line)
        if len(record) < MAX_WARNINGS:
            where = f" ({place(str(filename), lineno)})" if str(filename).startswith(scratch) else ""
            text = " ".join(f"{category.__name__}: {message}{where}".split())[:200]
            if text not in record:
                record.append(text)
        return None

    warnings.simplefilter("always", RuntimeWarning)
    warnings.showwarning = showwarning


# the modules whose names no job's put-back covers: the harness's own, and sys and builtins (ChildJob's Pristines)
UNWATCHED = ("__main__", "__mp_main__", "sys", "builtins")  # __mp_main__: multiprocessing's name of __main__
_namespaces = {}  # module name -> Pristine of its namespace, taken in the zygote (take_namespaces)
_taken = []  # [a reader of their version tags (tag_reader), its reading then, len(sys.modules) then]; [] untagged


def take_namespaces() -> None:
    """The namespaces of every module loaded by now but the harness's, as Pristines, and a reader of their tags: in
    the zygote, once its modules are all loaded, so a job's child inherits them. ModuleSettings took numpy's and 14
    of the stdlib's, 132, in every job's child: 340 us of its CPU a job (red25, in a job, load 8)."""
    for name, module in list(sys.modules.items()):
        if (isinstance(module, types.ModuleType) and name not in UNWATCHED and not name.startswith("mlptutor_sandbox")
                and name not in _namespaces):
            _namespaces[name] = Pristine(module.__dict__)
    tags = [names.tag for names in _namespaces.values()]
    reader = None if None in tags else tag_reader(tags, sys.modules.get("numpy"))
    _taken[:] = [] if reader is None else [reader, reader(), len(sys.modules)]


def namespaces() -> tuple:
    """(Pristines, tag reader or None) of the modules loaded when the job begins (take_namespaces): those the zygote
    took, one whose namespace moved since (threading's after the fork, tempfile's tempdir: child_main) taken again,
    found by the reader (every one without tags); one loaded since taken now."""
    moved = [*_namespaces] if not _taken else [] if (now := _taken[0]()) == _taken[1] else [
        [*_namespaces][index] for index in _differ(now, _taken[1])]  # in the order of the reader's tags
    for name in moved:
        if sys.modules.get(name) is not None:
            _namespaces[name] = Pristine(sys.modules[name].__dict__)
    if not _taken or _taken[2] != len(sys.modules):
        take_namespaces()
    elif moved:
        _taken[1] = now
    return [*_namespaces.values()], _taken[0] if _taken else None


def _differ(now, then) -> list:
    """The positions of the tags that differ between two readings of tag_reader (bytes of words, or a list)."""
    if type(now) is bytes:
        np = sys.modules["numpy"]
        return np.flatnonzero(np.frombuffer(now, np.uint64) != np.frombuffer(then, np.uint64)).tolist()
    return [i for i, (a, b) in enumerate(zip(now, then)) if a != b]


class ModuleSettings:
    """numpy's floating-point error handling (np.seterr), the warnings filters, numpy's own names (np.exp = ...,
    np.random.seed = ..., np.linalg.norm = ...) and the trace and profile functions (sys.settrace, sys.setprofile)
    as each student module's own code left them (StudentModules.exec_module, whichever import runs it): each starts
    from the job's own, and a call runs under its module's. A softmax.py with np.seterr(all='raise'),
    warnings.simplefilter('error'), a replaced np.exp or a tracer at its top cost the right activations.py and
    losses.py beside it up to 0.75 + 2.17, 1.5, 13.5 + 9 and 0.81 of 112.5 points (each graded alone: full marks;
    red22); taken per import stage, a module another's import ran gave that one its settings. What a call changes
    as it runs is undone when it returns (leave): a function replacing np.exp or np.random.seed changed the values
    of every later call of the job, so a verdict hung on which calls ran before it (red23). The tracer and profiler
    run only around the student's function itself (call): one raising in the harness's own code ended the child
    ("exited with code 70")."""

    def __init__(self, home: str, process):
        self.home = home  # the job's scratch dir, as os.getcwd() names it
        self.process = process  # the job's ProcessSettings
        self.dirs = {}  # module -> the dir within `home` its import left, for its calls (enter)
        numpy = sys.modules.get("numpy")  # not in a companion that preloads SymPy alone
        self.geterr, self.seterr = (numpy.geterr, numpy.seterr) if numpy else (dict, lambda **_: None)
        # numpy 2 keeps the error handling in a context variable that np.seterr replaces (np.errstate puts the very
        # object back): the same object, the same handling, read in 0.02 us where geterr() takes 2-5 (a call each)
        umath = getattr(getattr(numpy, "_core", None), "_multiarray_umath", None)
        handling = getattr(umath, "_extobj_contextvar", None)
        self.handling = handling.get if handling is not None else object  # a new object each time: geterr() read
        # and the context variables holding the rest of numpy 2's settings, put back as the very objects: the error
        # handling whole (np.seterrcall: seterr puts back the modes only) and the print options. np.seterrcall(print)
        # or np.set_printoptions(precision=1) in one module's call or import reached another module's calls, whose
        # right str(array) answered '[1.2]' (red25)
        printing = getattr(sys.modules.get("numpy._core.printoptions"), "format_options", None)
        self.contexts = [var for var in (handling, printing) if isinstance(var, contextvars.ContextVar)]
        # what catch_warnings calls after putting filters back: their caches forget (renamed in Python 3.13)
        self.mutated = getattr(warnings, "_filters_mutated", None) or warnings._filters_mutated_lock_held
        # every module loaded by now (namespaces), not numpy, numpy.random and numpy.linalg only: np.mean,
        # ndarray.mean and np.sum look up helpers of numpy._core._methods and fromnumeric when called, and a call
        # replacing one changed them for every later call of the job (red24); warnings.showwarning replaced by one
        # call hid another module's RuntimeWarnings from the harness (watch_warnings); math.exp replaced by one
        # module's import reached the modules after it (red24); a call's os.chdir = lambda path: None reached
        # another module's calls (review G); and the rest of the stdlib: heapq.heappush, bisect.bisect, re.match,
        # string.ascii_lowercase, textwrap.dedent replaced by one call changed another module's right answer
        # (red25). About 260 modules, a version tag each (see Pristine)
        self.names, self.tags = namespaces()
        self.start = (self.geterr(), warnings.filters[:], [names.saved for names in self.names], _gettrace(),
                      _getprofile(), self._values(), None)
        # self.tags reads their version tags at C speed (tag_reader): the same values as when they were last found
        # as the job's mean no namespace moved since, and they need no loop of their own (a loop over their
        # Pristines made the child's harness 26% slower on a submission's 370 calls)
        self.clean = None if self.tags is None else self.tags()  # their values when last found as the job's
        self.start_handling = self.handling()
        self.kept = {}  # module -> its settings, for those whose import changed them
        self.tracers = self.start[3:5]  # the running call's module's trace and profile functions

    def put(self, settings: tuple, tracers: bool = True) -> None:
        errors, filters, names, trace, profile, values, process = settings
        self.process.put(process)
        self.seterr(**errors)
        for var, value in zip(self.contexts, values):  # after seterr, whose handling is a new object
            var.set(value)
        warnings.filters[:] = filters
        self.mutated()
        job = settings is self.start
        # the job's, put after every import: no loop over the namespaces (about 260) when the tags say they are
        if not job or self.tags is None or self.tags() != self.clean:
            for pristine, saved in zip(self.names, names):
                if saved is pristine.saved:
                    pristine.restore()  # only when its tag moved: a dict.update each (84 then) made the harness 21%
                    # slower
                else:
                    restore(pristine.namespace, saved)
            if job and self.tags is not None:
                self.clean = self.tags()
        if job:
            self.start_handling = self.handling()
        if tracers:
            _settrace(trace)
            _setprofile(profile)

    def importing(self) -> tuple | None:
        """Before a module's own code runs: the settings of the module whose import runs it (None: the job's), and
        the job's put in their place."""
        before = self._changed(_gettrace(), _getprofile())
        if before is not None:
            self.put(self.start)
        return before

    def imported(self, module: str, before: tuple | None, trace, profile) -> None:
        """After `module`'s own code ran (or raised), with the tracer and profiler it left taken off (`trace`,
        `profile`): its settings kept for its calls, those it was imported under (importing) put back."""
        self._left_in(module)
        kept = self._changed(trace, profile)
        if kept is not None:
            self.kept[module] = kept
        if before is not None:
            self.put(before)
            return
        self.put(self.start, tracers=kept is not None)  # else the job's, with the tracer and profiler taken off

    def _changed(self, trace, profile) -> tuple | None:
        """The settings now (with `trace` and `profile`), None when they are the job's."""
        errors = self.start[0] if self.handling() is self.start_handling else self.geterr()
        filters = warnings.filters[:]
        # read at C speed first: the loop over the namespaces (about 260) took 0.1 ms at each import
        renamed = (self.tags is None or self.tags() != self.clean) and any(
            names.moved() and _moved(names.namespace, saved) for names, saved in zip(self.names, self.start[2]))
        values, process = self._values(), self.process.now()
        if renamed or errors != self.start[0] or _moved(filters, self.start[1]) or _moved(
                [trace, profile], self.start[3:5]) or _moved(values, self.start[5]) or process is not None:
            return errors, filters, [dict(names.namespace) if names.moved() and _moved(names.namespace, names.saved)
                                     else names.saved for names in self.names], trace, profile, values, process
        return None

    def _values(self) -> list:
        """The values of numpy's context variables (self.contexts) now."""
        return [var.get() for var in self.contexts]

    def _left_in(self, module: str) -> None:
        """The working dir `module`'s import left, when within the scratch dir: a module doing os.makedirs('w');
        os.chdir('w') at import reads its files there in its calls (review D). The working dir is the process's:
        kept for every later stage, a call's os.chdir('sub') made another module's right read() of the file its
        import wrote raise FileNotFoundError (review G)."""
        try:
            here = _getcwd()
        except OSError:
            return  # the working dir removed
        if here.startswith(self.home + "/"):
            self.dirs[module] = here
        else:
            self.dirs.pop(module, None)

    def enter(self, module: str) -> None:
        """Before a call of `module`: its settings and working dir, but its tracer and profiler only for `call`."""
        if module in self.dirs:
            try:
                _chdir(self.dirs[module])
            except OSError:
                pass  # removed since: the call runs in the scratch dir
        kept = self.kept.get(module)
        self.tracers = self.start[3:5] if kept is None else kept[3:5]
        if kept is not None:
            self.put(kept, tracers=False)

    def call(self, function, args: tuple, kwargs: dict):
        """function(*args, **kwargs) under its module's tracer and profiler, both taken off as soon as it ends."""
        _settrace(self.tracers[0])
        _setprofile(self.tracers[1])
        try:
            return function(*args, **kwargs)
        finally:
            try:  # inline, no call of the harness's: a profiler gets this one (c_call) and may raise
                _setprofile(None)
            except BaseException:
                pass  # raised by the profiler, which the interpreter takes off when it raises
            _settrace(None)

    def leave(self) -> None:
        """After a call: the job's settings back, whatever the call or its module's import changed. Looked at
        without building the settings (_changed): 446 calls of a submission took 3-4 ms more of the child's CPU."""
        moved = self.handling() is not self.start_handling or _moved(warnings.filters, self.start[1]) or any(
            map(operator.is_not, map(_VALUE, self.contexts), self.start[5]))
        tags = None if self.tags is None else self.tags()
        if tags is None or tags != self.clean:
            for names, saved in zip(self.names, self.start[2]):
                moved = moved or (names.moved() and _moved(names.namespace, saved))
        if moved:
            self.put(self.start)
            tags = None if tags is None else self.tags()
        self.clean = tags


def tag_reader(tags: list, numpy):
    """A function reading the version tags `tags` (ctypes views, see version_tag) at once, as bytes (a list without
    numpy): numpy's take gathers the words (one a module, about 108) from the span of memory they lie in, reading
    those words only, in 0.3 us where reading each view's .value took 4.9, after every call (a submission's 370
    calls: 1.7 ms of the child's 40 ms, CPU, in-process, review D of red24). The namespaces' dicts live as long as
    the job's Pristines, so every word read is a tag; CPython's objects are 8-byte aligned and the tag 24 bytes in,
    so every tag is a whole word of the span. Without numpy (a companion that preloads SymPy alone, about 700
    modules since every loaded module is watched: red25), itemgetter gathers them as a tuple, at C speed too."""
    if len(tags) < 2:
        return lambda: list(map(_TAG_VALUE, tags))
    addresses = [ctypes.addressof(tag) for tag in tags]
    base = min(addresses)
    span = (ctypes.c_char * (max(addresses) - base + 8)).from_address(base)
    at = [(address - base) // 8 for address in addresses]
    if numpy is None:
        words, gather = memoryview(span).cast("B").cast("Q"), operator.itemgetter(*at)
        return lambda: gather(words)
    take, at = numpy.frombuffer(span, dtype=numpy.uint64).take, numpy.array(at, dtype=numpy.intp)
    return lambda: take(at).tobytes()


_TAG_VALUE = operator.attrgetter("value")
_VALUE = contextvars.ContextVar.get


def _moved(now, then) -> bool:
    """Whether the list or dict `now` holds other objects than `then`, in order, compared by identity: a student's
    object there must not run its __eq__ in the harness."""
    if len(now) != len(then):
        return True
    if isinstance(now, dict):
        return any(k is not j or v is not w for (k, v), (j, w) in zip(now.items(), then.items()))
    for a, b in zip(now, then):  # a loop, not any(): the warnings filters after every call
        if a is not b:
            return True
    return False


class Loaded:
    """The modules sys.modules holds when the job begins, put back after each stage where student code replaced or
    removed one: a fake numpy one module's import put there was what the modules imported after it got (red24).
    Modules imported since stay. Looked at only when the dict's version tag moved (a new import moves it too)."""

    def __init__(self):
        self.saved = dict(sys.modules)
        self.tag = version_tag(sys.modules)
        self.seen = None if self.tag is None else self.tag.value

    def restore(self) -> None:
        if self.tag is not None and self.tag.value == self.seen:
            return
        for name, module in self.saved.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
        if self.tag is not None:
            self.seen = self.tag.value


class Pristine:
    """A namespace (builtins) as the job found it, put back after each stage of student code: the harness itself
    needs len, isinstance, ..., and a call's replacements must not reach the next call.

    Put back only when the dict's version tag moved since it last was (see version_tag): `dict.update` of its 157
    names took 4 us a call, reading the tag 0.04 (a submission's 446 calls: the child's harness 21.3 -> 20.6 ms min,
    23.9 -> 22.3 median, CPU, in-process, benchmarks/child_harness.py). No comparison of values, which would run a
    replacement's __eq__ inside the harness."""

    def __init__(self, namespace: dict, names: list | None = None):
        """Of the whole namespace, or of `names` in it only (sys's functions: the rest is the interpreter's)."""
        self.namespace = namespace
        self.saved = dict(namespace) if names is None else {name: namespace[name] for name in names}
        self.whole = names is None
        self.tag = version_tag(namespace)
        self.seen = None if self.tag is None else self.tag.value

    def moved(self) -> bool:
        """Whether the namespace may have changed since it was last put back (always, without a version tag)."""
        return self.tag is None or self.tag.value != self.seen

    def restore(self) -> None:
        if not self.moved():
            return  # not changed since it was put back (or since the job began)
        if self.whole:
            restore(self.namespace, self.saved)
        else:
            self.namespace.update(self.saved)
        if self.tag is not None:
            self.seen = self.tag.value


class Importing:
    """How imports find modules as the job's stages begin, put back after each: sys.meta_path, sys.path and
    sys.path_hooks (the very lists, their items) and sys.path_importer_cache. A finder raising ImportError inserted
    first on sys.meta_path, or path_hooks emptied with the cache cleared, by one call made every later import of
    another module's right function fail (`import colorsys`: ModuleNotFoundError, red25)."""

    NAMES = ("meta_path", "path", "path_hooks")

    def __init__(self):
        self.lists = [(name, getattr(sys, name), getattr(sys, name)[:]) for name in self.NAMES]
        self.cache = sys.path_importer_cache
        self.finders = Pristine(self.cache)

    def restore(self) -> None:
        for name, kept, items in self.lists:
            if sys.__dict__.get(name) is not kept:
                setattr(sys, name, kept)
            if len(kept) != len(items) or any(map(operator.is_not, kept, items)):  # at C speed: after every stage
                kept[:] = items
        if sys.__dict__.get("path_importer_cache") is not self.cache:
            sys.path_importer_cache = self.cache
        self.finders.restore()


class ProcessSettings:
    """What of the process a module may set for its own calls that is put back after every stage: os.environ,
    sys.set_int_max_str_digits, the signal handlers (set_handler). Put back after import stages too, a module
    doing os.environ.setdefault('MODE', 'train'), sys.set_int_max_str_digits(0) or signal.signal(SIGALRM, h) at
    its top saw None, 4300 and SIG_IGN in its own calls (review D of red25): what its import left is its calls'
    (ModuleSettings.kept). Names given os.putenv alone at import are not kept: os.environ does not hold them."""

    def __init__(self):
        self.environment = Environment()
        self.int_digits = None if _int_digits is None else _int_digits[0]()

    def now(self) -> tuple | None:
        """(os.environ's dict or None, the int digits, signal -> handler) as the job's code left them; None when
        they are the job's."""
        environment = self.environment
        kept = dict(environment.namespace) if environment.moved() and _moved(
            environment.namespace, environment.saved) else None
        digits = self.int_digits if _int_digits is None else _int_digits[0]()
        handlers = {number: _getsignal(number) for number in _handled}
        handlers = {number: h for number, h in handlers.items() if h is not _handlers[number]}
        return None if kept is None and digits == self.int_digits and not handlers else (kept, digits, handlers)

    def put(self, settings: tuple | None) -> None:
        """`settings` (now()'s) in place; None: the job's. A sys.set_int_max_str_digits(640) left by one call made
        another's str(10 ** 1000) raise (red25)."""
        kept, digits, handlers = (None, self.int_digits, {}) if settings is None else settings
        if kept is None:
            self.environment.restore()
        else:
            self.environment.put(kept)
        if _int_digits is not None and _int_digits[0]() != digits:
            _int_digits[1](digits)
        handlers_back()
        for number, handler in handlers.items():
            _handler(number, handler)
            _handled.add(number)


class Environment(Pristine):
    """os.environ as the job found it, put back after each stage with the C library's copy (os.putenv, and the
    names given os.putenv alone: _touched), which time.tzset reads: os.environ['FOO'] = '1' in one module's call
    reached another module's calls, as TZ (red25)."""

    def __init__(self):
        super().__init__(os.environ._data)  # the very dict (bytes -> bytes) os.environ reads and writes

    def restore(self) -> None:
        self.put(self.saved)

    def put(self, wanted: dict) -> None:
        """os.environ and the C library's copy as `wanted` holds them: the job's (self.saved), or a module's."""
        if wanted is self.saved and not self.moved() and not _touched:
            return
        try:
            changed = {key for key, value in self.namespace.items() if wanted.get(key) is not value}
        except BaseException:  # a key the job's code put in the dict itself, hashing as it likes
            changed = set(self.namespace)
        changed |= (wanted.keys() - self.namespace.keys()) | _touched
        _touched.clear()
        restore(self.namespace, wanted)
        if self.tag is not None:
            self.seen = self.tag.value if wanted is self.saved else None  # a module's: moved from the job's
        for key in changed:
            try:
                _putenv(key, wanted[key]) if key in wanted else _unsetenv(key)
            except BaseException:
                pass  # not a name the C library could hold: the job's code set it in the dict alone
        if b"TZ" in changed:
            _tzset()


def restore(namespace: dict, saved: dict) -> None:
    """`namespace` as `saved` holds it, but for a submodule imported since (np.ma, np.fft, np.lib.stride_tricks:
    numpy loads them on first use): it joins `saved`. Taken away, the next `np.ma` asked numpy's __getattr__,
    whose own `import numpy.ma as ma` asked it again: RecursionError on every later call (a right np.ma.log scored
    0.42 of 4.5)."""
    namespace.update(saved)
    if len(namespace) != len(saved):  # every saved name is back: only added names are left to remove
        for key in namespace.keys() - saved.keys():
            if _submodule(namespace, key):
                saved[key] = namespace[key]
            else:
                del namespace[key]


def _submodule(namespace: dict, key) -> bool:
    """Whether namespace[key] is the very module sys.modules holds as <namespace's module>.<key>."""
    name = namespace.get("__name__")
    return isinstance(name, str) and isinstance(key, str) and sys.modules.get(f"{name}.{key}") is namespace[key]


def version_tag(namespace: dict):
    """A live view (ctypes, `.value`) of `namespace`'s version tag, or None where this interpreter does not keep one.

    CPython (PEP 509) gives a dict a new tag from a global counter at every insertion, deletion and replacement of
    a value by another object, so an equal tag means an unchanged dict."""
    return ctypes.c_uint64.from_address(id(namespace) + _TAG_OFFSET) if tags_kept() else None


_TAG_OFFSET = 3 * ctypes.sizeof(ctypes.c_ssize_t)  # after ob_refcnt, ob_type and ma_used


@functools.lru_cache(maxsize=None)
def tags_kept() -> bool:
    """Whether dicts keep a version tag at _TAG_OFFSET, checked once on a probe dict (3 us; in the zygote, at its
    boot: worker.serve; it ran once in every job's child): a field at that place that missed any change (another
    layout, a version without the tag) would let a change go unrestored."""
    if sys.implementation.name != "cpython":
        return False
    probe = {"kept": None}
    tag = ctypes.c_uint64.from_address(id(probe) + _TAG_OFFSET)
    seen = [tag.value]
    for change in (lambda: probe.__setitem__("new", 1), lambda: probe.__setitem__("kept", []),
                   lambda: probe.__setitem__("kept", []), lambda: probe.pop("new"), lambda: probe.update(more=2),
                   lambda: probe.setdefault("other", 3), lambda: probe.popitem(), probe.clear):
        change()
        seen.append(tag.value)
    return len(set(seen)) == len(seen)


def renamed_note(module, name: str, asked) -> str:
    """' (did you rename it? your file defines softmax_jac())' naming the function of `module` whose name is
    nearest `name`, or '': read from the module's namespace, no student code runs. A function the job calls
    (`asked`: softmax beside softmax_jacobian) is the student's own, never the renamed one."""
    try:
        space = object.__getattribute__(module, "__dict__")
        own = dict.get(space, "__name__")
        of = types.FunctionType.__dict__["__module__"].__get__  # an imported function is not the student's
        defined = [n for n, v in dict.items(space) if type(n) is str and type(v) is types.FunctionType
                   and n not in asked and of(v) == own]
    except BaseException:  # a module object replaced in sys.modules: no hint
        return ""
    near = difflib.get_close_matches(name, defined, n=1, cutoff=0.6)
    return f" (did you rename it? your file defines {near[0]}())" if near else ""


# the items a docstring's 'Returns (out (N, nL), caches)' or '-> (Z, cache)' lists, shapes dropped after
_RETURNS = re.compile(r"(?:->|[Rr]eturns)\s*\(((?:[^()]|\([^()]*\))+)\)")
_SHAPE = re.compile(r"\s*\([^()]*\)")
_type_name = type.__dict__["__name__"].__get__


def not_a_tuple(function, name: str, result) -> str:
    """Why a result that is no tuple, list or dict cannot give the part a check picks from it, in the words of
    the function's docstring: 'dense_forward() returns one array where its docstring asks for a pair (Z, cache)'.
    checks/base.py (outcome_problem) shows it as it is: nothing was raised."""
    own = type(function) is types.FunctionType
    doc = types.FunctionType.__dict__["__doc__"].__get__(function) if own else None
    listed = _RETURNS.search(doc) if type(doc) is str else None
    names = [item.strip() for item in _SHAPE.sub("", listed.group(1)).split(",")] if listed else []
    # only plain names are shown and advised: 'cache = {"x_hat", ...}' or '(,,)' copied verbatim read as code
    items = ", ".join(names) if len(names) > 1 and all(n.isidentifier() for n in names) else ""
    asked = f"a {'pair' if len(names) == 2 else 'tuple'} ({items})" if items else "a tuple"
    if result is None:
        return (f"{name}() returns None where its docstring asks for {asked}: a function without `return` gives "
                f"None (printing a value is not returning it)")
    kind = "array" if _type_name(type(result)) == "ndarray" else _type_name(type(result))
    fix = f": return {items}" if items else ""
    return f"{name}() returns one {kind} where its docstring asks for {asked}{fix}"


def _unpickable(result) -> bool:
    """Whether a result holds no part to pick: None, a number, text or an array (numpy's scalars too), by its types'
    names, numpy not imported; a Mapping that is not a dict still gives its parts."""
    mro = type.__dict__["__mro__"].__get__(type(result))
    return result is None or any(t in (int, float, complex, str, bytes) or _type_name(t) in ("ndarray", "generic")
                                 for t in mro)


def index(value, path):
    for key in path:
        value = value[key]
    return value


MAX_PARAMETERS = 20  # names a parameters note lists, each an identifier of at most 40 characters


def parameters_note(function, exc: BaseException, scratch: str) -> str:
    """' (its parameters: z, slope)' when binding the call's arguments to a plain function raised TypeError
    (no frame of the student's files in the traceback: a keyword the signature lacks), else ''. Read from the
    code object through the types' own descriptors: no student method runs. The trusted side names the
    renamed parameter from it (grader/relations/keywords.py)."""
    if type(exc) is not TypeError or type(function) is not types.FunctionType:
        return ""
    tb = BaseException.__traceback__.__get__(exc)
    while tb is not None:
        if str(tb.tb_frame.f_code.co_filename).startswith(scratch):
            return ""
        tb = tb.tb_next
    code = _function_code(function)
    names = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
    if not 0 < len(names) <= MAX_PARAMETERS or not all(type(n) is str and n.isidentifier() and len(n) <= 40 for n in names):
        return ""
    return f" (its parameters: {', '.join(names)})"


_ADDRESS = re.compile(r"0x[0-9a-fA-F]{6,}")
_function_code = types.FunctionType.__code__.__get__  # a function's own code: no attribute of a subclass or instance
# an exception's own fields, read through its types' descriptors: a property, a metaclass's `__name__` or a
# `__class__` of the student's exception class ran inside describe_error, and what it raised ended the child with
# the harness's traceback in the student's output
_syntax_fields = tuple(SyntaxError.__dict__[name].__get__ for name in ("msg", "filename", "lineno"))


def _text(value) -> str:
    """str(value) as an exact str; a placeholder when the student's __str__ raises (a str subclass it returns could
    rig the formatting and joining below)."""
    try:
        return str.__str__(str(value))
    except BaseException:
        return "<unprintable message>"


def describe_error(exc: BaseException, scratch: str) -> str:
    """One line: "ZeroDivisionError: division by zero (softmax.py line 12)". Reads no attribute of `exc` that its
    class can override (see _syntax_fields); its message through _text."""
    kind = _text(crashsite._type_name(type(exc)))
    syntax = issubclass(type(exc), SyntaxError)
    msg, filename, lineno = (get(exc) for get in _syntax_fields) if syntax else (None, None, None)
    text = _text(exc) if not syntax else "" if msg is None else _text(msg)
    where = inside = ""  # the innermost student line; the grader's function it called, raising inside
    if syntax and filename:
        where = place(_text(filename), lineno if type(lineno) is int else _text(lineno))
    tb, student = crashsite._traceback_of(exc), False
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.startswith(scratch) and not crashsite.grader_file(filename):
            where, inside, student = place(filename, tb.tb_lineno), "", True
        elif filename.startswith(scratch) and not student:  # no student line yet: the grader's line, as it is
            where = place(filename, tb.tb_lineno)
        elif filename.startswith(scratch) and not inside:
            inside = tb.tb_frame.f_code.co_name
        tb = tb.tb_next
    if issubclass(type(exc), SystemExit):
        kind, text = "SystemExit", f"sys.exit({text}) was called; functions must return, not exit"
    elif type(exc) is ModuleNotFoundError and type(exc.name) is str and \
            (top := exc.name.partition(".")[0]) not in sys.stdlib_module_names:
        # "run the file yourself" would work where scipy or torch is installed: say why it fails here
        text += f" (graded code can import numpy and Python's standard library only: write it without {top})"
    elif type(exc) is RuntimeError and text == "can't start new thread":
        text += " (graded code runs in one thread: compute in the calling one)"
    elif type(exc) is ValueError and text == "not allowed to raise maximum limit":  # what EPERM becomes: the filter's
        text = "graded code cannot set resource limits (resource.setrlimit was refused)"
    # an object's address differs from run to run: the same submission must get the same words
    text = _ADDRESS.sub("0x...", text)
    line = " ".join((f"{kind}: {text}" if text else kind).split())
    tail = " ".join(((f"inside {inside}, the function the check passed to your code, called " if inside else "")
                     + (f"({where})" if where else "")).split())[:150]
    room = 300 - len(tail) - bool(tail)  # the trusted side keeps 300 characters
    if len(line) > room:  # a long message (numpy's on np.float) is cut, not the line it was raised on
        line = line[:room - 3] + "..."
    return f"{line} {tail}" if tail else line
