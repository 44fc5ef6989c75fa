"""The sandbox side: the zygote loop, which forks a child (child.py) for each job and cleans up after it.

Shipped as source into the sandbox beside wire.py and child.py (registered
there as the modules `mlptutor_sandbox_wire` and `mlptutor_sandbox_child`)
by the boot code in zygote.py; the trusted grader never imports it.

ZygoteLoop: imports the preload modules, seeds numpy.random with child.SEED (numpy preloaded), fixes the OS entropy
jobs' code draws (child.fixed_entropy), then serves its
control socket (fd 0):
    "fork\\n" + 4 fds (request pipe, result pipe, output pipe, progress memory) -> forks a child, replies "pid N\\n"
    "reap\\n" -> kills every process of the job, removes its scratch dir, replies "reaped STATUS\\n"
and sends "exit STATUS\\n" as soon as the job's child ends (or is killed for holding more than
`tmp_files` files in the private /tmp). It is a child
subreaper, so daemonised grandchildren stay its descendants and are killed too.
"""

import fcntl
import gc
import importlib
import importlib.util
import os
import select
import signal
import socket
import sys
import tempfile
import traceback

import mlptutor_sandbox_child as child
import mlptutor_sandbox_clock as clock
import mlptutor_sandbox_crashsite as crashsite
import mlptutor_sandbox_ipc as ipc
import mlptutor_sandbox_seccomp as seccomp
import mlptutor_sandbox_wire as wire

GC_THRESHOLDS = (50_000, 20, 20)  # of the job children (the default is 700, 10, 10)
# how often the files in the private /tmp are counted while a job runs: a job creates some 40,000 empty files
# a second, each ~1 KB of host kernel memory that no tmpfs size bounds (a statvfs: about 2 us)
FILES_POLL_SECONDS = 0.05
# Imported once in the zygote so jobs start fast.
WARM = ("math", "cmath", "random", "itertools", "functools",
        "collections", "copy", "typing", "dataclasses", "operator", "statistics", "fractions", "decimal",
        "re", "string", "enum", "warnings", "json", "numbers", "heapq", "bisect", "contextlib", "inspect")
# when numpy is preloaded (SymPy's companion's is not); and numpy's public submodules that load on first use, so
# they are among the modules each job puts back (ModuleSettings): np.ma.log replaced in the job that first loaded
# np.ma gave another module's right np.ma.log(...).sum() an AttributeError (review D of red24). 20 ms of the boot's
# CPU; not numpy.testing, numpy.matlib (40 and 35 ms, 87 and 32 modules), numpy.typing, numpy.f2py (tools)
WARM_NUMPY = ("numpy.random", "numpy.linalg", "numpy.fft", "numpy.ma", "numpy.polynomial", "numpy.rec", "numpy.char",
              "numpy.ctypeslib")
# package -> {name: the module defining it}: imported once its parent is, its __init__ run only when a name it
# defines is asked for, those names taken from their modules meanwhile. SymPy's companion preloads
# sympy.tensor.tensor (Add.flatten imports it in every job), which takes only Permutation from
# sympy.combinatorics, whose __init__ also builds the polyhedra's permutation groups: 20-22 ms of the boot's
# CPU (of about 300 at load 3, 2026-12-06), on the path of every first check that judges formulas
DEFERRED = {"sympy.combinatorics": {"Permutation": "sympy.combinatorics.permutations"}}


# --- zygote --------------------------------------------------------------------------


def serve(control: socket.socket, boot: dict) -> None:
    """ZygoteLoop main loop: preload, say "ready", then fork and reap jobs until the socket closes; then
    end the last job and exit at once."""
    child.prctl(seccomp.PR_SET_CHILD_SUBREAPER, 1)
    for name in boot["preload"]:
        importlib.import_module(name)
        for package, early in DEFERRED.items():
            if package.rpartition(".")[0] == name and package not in sys.modules:
                defer(package, early)
    numpy = "numpy" in sys.modules  # preloaded, or imported by a preload module
    for name in (*WARM, *(WARM_NUMPY if numpy else ())):
        importlib.import_module(name)
    if numpy:
        # the harness takes numpy's types now, before student code can rebind numpy's names
        np = wire.numpy()
        crashsite.bind(np)
        # every child starts from this state (the zygote draws none): seeding there wrote ~50 pages
        np.random.seed(child.SEED)
        child.bind_random(np)
    child.fixed_entropy()
    child.tags_kept()  # probed once here (cached): each job's child probed it again
    clock.fix()
    reroute(boot.get("reroute", ()))
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    zygote = ZygoteLoop(control, boot)
    if zygote.seccomp:
        seccomp.packed_filter(os.uname().machine, child.kept_fds())  # built once here, not in every child
    child.take_namespaces()  # last: every module the zygote loads is loaded, and every change it makes is made
    # off since the boot (zygote.py BOOT): importing the preload, the collector traced the growing heap again and
    # again and found little to free (SymPy's companion booted in about 10% less CPU, 2026-12-05)
    gc.enable()
    gc.freeze()  # the collector of a job's child then leaves the zygote's objects (and their pages) alone
    # a job allocates tens of thousands of short-lived containers: collect rarely, so most are freed
    # before a collection would trace them (cyclic garbage still goes, a few MiB later)
    gc.set_threshold(*GC_THRESHOLDS)
    control.sendall(b"ready\n")
    while True:
        ready, _, _ = select.select([control, wake_r], [], [], FILES_POLL_SECONDS if zygote.watching() else None)
        zygote.check_files()
        if wake_r in ready:
            os.read(wake_r, 4096)
            zygote.reap_zombies()
        if control in ready:
            data, fds, _, _ = socket.recv_fds(control, 256, 4)
            if not data:
                zygote.end_job()
                sys.stderr.flush()
                # no interpreter shutdown: it holds nothing to save, and tearing down NumPy's (SymPy's) modules
                # kept the grader's close waiting 30-45 ms per zygote (2026-12-05, benchmarks/README.md)
                os._exit(0)
            zygote.command(data.decode().strip(), fds)


def reroute(locked) -> None:
    """The sys.path entries under a dir the job's uid cannot enter (`locked`, at rlimits: /root holding a pyenv),
    opened here as root and replaced by their descriptor's /proc/self/fd path, which the job's child keeps
    (child.PATH_FDS) and may follow, and so the search paths of the packages imported here (importlib.metadata
    is found on importlib's): a job imports what the zygote did not (__future__, colorsys, numpy.testing)
    there, with the kernel checking the job's own permissions on every file it reads."""
    prefixes = tuple(d.rstrip("/") + "/" for d in locked)
    moved = {}  # entry -> its path through a descriptor

    def rerouted(path: str) -> str:
        opened = next((e for e in moved if path == e or path.startswith(e + "/")), None)
        return path if opened is None else moved[opened] + path[len(opened):]

    for entry in sorted(sys.path, key=len):  # the stdlib before its lib-dynload, which its descriptor serves
        if prefixes and entry.startswith(prefixes) and rerouted(entry) == entry and os.path.isdir(entry):
            opened = os.open(entry, os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC)
            fd = fcntl.fcntl(opened, fcntl.F_DUPFD_CLOEXEC, 16)  # above the child's stdio, RESULT_FD and REQUEST_FD
            os.close(opened)
            child.PATH_FDS.append(fd)
            moved[entry] = f"/proc/self/fd/{fd}"
    child.PATH_FDS.sort()
    if not moved:
        return
    sys.path[:] = [rerouted(p) for p in sys.path]
    for module in list(sys.modules.values()):
        search = getattr(module, "__dict__", {}).get("__path__")  # not getattr: a module's __getattr__ may import
        if isinstance(search, list):
            search[:] = [rerouted(p) for p in search]


def defer(package: str, early: dict) -> None:
    """Import `package` (its parent imported) with its __init__ run on the first ask for a name `early` does not
    give (a module's __getattr__), so `from package import name` and `package.name` find what its __init__ defines
    whenever they ask; its submodules import as usual meanwhile."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return  # not a package in this version: imported as usual, if at all
    module = importlib.util.module_from_spec(spec)

    def initialised(name):
        del module.__getattr__
        spec.loader.exec_module(module)
        return getattr(module, name)

    module.__getattr__ = initialised
    parent, _, child_name = package.rpartition(".")
    sys.modules[package] = module
    setattr(sys.modules[parent], child_name, module)
    try:
        for name, source in early.items():
            setattr(module, name, getattr(importlib.import_module(source), name))
    except (ImportError, AttributeError):  # a version that moved one: its __init__ now, as without DEFERRED
        initialised("__name__")


def last_pid():
    """A descriptor of the zygote's pid namespace's ns_last_pid to write, or None without the capability (a grader
    that is not root: bwrap's user namespace drops it) or the file."""
    try:
        fd = os.open("/proc/sys/kernel/ns_last_pid", os.O_RDWR | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        os.pwrite(fd, os.pread(fd, 32, 0).strip(), 0)
        return fd
    except OSError:
        os.close(fd)
        return None


class ZygoteLoop:
    def __init__(self, control: socket.socket, boot: dict):
        self.control = control
        self.uid = boot["uid"]
        self.seccomp = boot.get("seccomp", False)
        # whose IPC objects a job leaves: its own uid's, or, without one, ours where the IPC namespace is private
        self.ipc_owner = self.uid if self.uid is not None else os.geteuid() if boot.get("private_ipc") else None
        self.job = None  # {"pid", "dir", "status"} of the running job
        self.tmp_files = boot.get("tmp_files")  # None: no private /tmp to count (rlimits)
        self.last_pid = last_pid() if boot.get("private_ipc") else None  # a pid namespace of its own too

    def command(self, text: str, fds: list) -> None:
        if text == "fork" and len(fds) == 4:
            self.end_job()
            self.job = self.fork_job(fds)
            self.control.sendall(b"pid %d\n" % self.job["pid"])
        elif text == "reap":
            status = self.end_job()
            self.control.sendall(b"reaped %d\n" % (-1 if status is None else status))
        for fd in fds:
            os.close(fd)

    def fork_job(self, fds: list) -> dict:
        scratch = scratch_dir(self.uid)
        if self.uid is not None:
            os.chown(scratch, self.uid, self.uid)
        sys.stdout.flush()
        sys.stderr.flush()
        if self.last_pid is not None:
            # the next pid is 3, as os.getpid() says in every job: /proc/self, threading.get_native_id() and the
            # pids os.fork returns followed the job's place in the zygote's life (3, 5, 7, ...), so a submission
            # seeding from them got another grade on a regrade or with another --workers (red24); the last job's
            # processes are reaped by now, so pid 3 is free
            os.pwrite(self.last_pid, b"%d" % (child.JOB_PID - 1), 0)
        pid = os.fork()
        if pid == 0:
            try:
                child.child_main(fds, scratch, self.uid, self.seccomp)
            except BaseException:
                traceback.print_exc()  # a harness failure: shows in the job's output
            finally:
                os._exit(seccomp.HARNESS_EXIT)
        return {"pid": pid, "dir": scratch, "status": None}

    def reap_zombies(self) -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            if self.job is not None and pid == self.job["pid"]:
                self.job["status"] = status
                self.control.sendall(b"exit %d\n" % status)

    def watching(self) -> bool:
        return self.tmp_files is not None and self.job is not None and self.job["status"] is None

    def check_files(self) -> None:
        """Kill the running job when its private /tmp holds more than `tmp_files` files (inodes): empty files
        and dirs take no room of the tmpfs's size, only host kernel memory."""
        if not self.watching():
            return
        found = os.statvfs(tempfile.gettempdir())
        if found.f_files - found.f_ffree > self.tmp_files:
            self.stop_child()
            self.kill_leftovers()

    def stop_child(self) -> None:
        """SIGKILL the job's child and reap it (its pid stays ours until then)."""
        pid = self.job["pid"]
        try:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        except OSError:
            return
        self.job["status"] = status
        self.control.sendall(b"exit %d\n" % status)

    def kill_leftovers(self) -> None:
        """Kill the processes the job left running (student code that forked) and reap them.

        With a uid of its own, every process of that uid at once: kill(-1) as the uid reaches even
        one that a /proc walk racing with its forks and exits would miss, and no fork survives it.
        Then walk /proc from here (the only way without a uid), until no process is left alive."""
        if self.uid is not None:
            as_uid(self.uid, lambda: os.kill(-1, signal.SIGKILL))
        for _ in range(10_000):
            victims = descendants(os.getpid()) if has_children() else []
            if not victims:
                return
            for pid in victims:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            self.reap_zombies()

    def end_job(self):
        """Kill every process of the job, remove its scratch dir; the child's wait status or None."""
        if self.job is None:
            return None
        if self.job["status"] is None:
            self.stop_child()
        if has_children():  # the child's own children are the zygote's now (a subreaper)
            self.kill_leftovers()
        self.reap_zombies()
        remove_tree(self.job["dir"], self.uid)
        self.remove_ipc()
        job, self.job = self.job, None
        return job["status"]

    def remove_ipc(self) -> None:
        """Remove the SysV IPC objects and /dev/shm files the job left, so the next job cannot read them.

        With the seccomp filter a job cannot create SysV objects: then only /dev/shm is looked at."""
        owner = self.ipc_owner
        if owner is None or not ipc.leftovers(owner, sysv=not self.seccomp):
            return
        if self.uid is None:
            ipc.remove(owner)
        else:
            as_uid(self.uid, lambda: ipc.remove(owner))


def scratch_dir(uid) -> str:
    """An empty dir for the next job: always TMPDIR/job (file names in messages stay the same run to run)."""
    path = os.path.join(tempfile.gettempdir(), "job")
    if os.path.islink(path):
        os.unlink(path)
    elif os.path.exists(path):
        remove_tree(path, uid)
    try:
        os.mkdir(path, 0o700)
    except FileExistsError:  # a leftover that could not be removed
        path = tempfile.mkdtemp(prefix="job-")
    return path


def has_children() -> bool:
    """Whether this process has any child, living or zombie (without reaping one)."""
    try:
        os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return False
    return True


def descendants(root: int) -> list:
    """Live (non-zombie) descendants of `root`, walking /proc/PID/task/TID/children."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{pid}/task/{tid}/children", "rb") as f:
                    children = [int(c) for c in f.read().split()]
            except OSError:
                continue
            todo += children
            found += [c for c in children if not zombie(c)]
    return found


def zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return True  # already gone
    return stat[stat.rfind(b")") + 2 :].startswith(b"Z")


def remove_tree(path: str, uid) -> None:
    """Remove a job's scratch dir; its files belong to the job's uid, so a helper deletes them as that uid."""
    try:
        os.rmdir(path)  # the harness empties it when the job ends normally
        return
    except OSError:
        pass
    as_uid(uid, lambda: ipc.clear(path))
    try:
        os.rmdir(path)
    except OSError:
        pass


def as_uid(uid, action) -> None:
    """action() in a forked helper that has become `uid` (the job's files and processes are that uid's; None:
    ours), its errors ignored."""
    pid = os.fork()
    if pid == 0:
        try:
            if uid is not None:
                child.become(uid)
            action()
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
