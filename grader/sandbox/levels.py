"""Isolation levels: the command that wraps the sandboxed interpreter, and which level this machine allows.

bwrap    bubblewrap: new PID, network, IPC and UTS namespaces, a read-only view of
         the Python runtime only (the interpreter, its stdlib, the system's library
         dirs, the preload distributions: not /usr whole, no /work, no /home, no
         site-packages or dist-packages), a sized private /tmp and /dev/shm, a cleared environment,
         capabilities dropped (the zygote keeps SETUID/SETGID/CHOWN/KILL to start
         and kill jobs, and CHECKPOINT_RESTORE to give every job's child pid 3;
         a job's child drops them all by switching uid).
unshare  util-linux unshare: new PID, network, IPC, UTS and mount namespaces; the
         preload distributions are bind-mounted at SITE first, each dir above the runtime
         that other users cannot enter (/root holding a pyenv) is covered by an empty 0755
         tmpfs with the runtime's parts bound back read-only (as bwrap mounts them), and so is every
         top-level dir but the system's (/usr, /etc, /lib, /var, ...: SYSTEM_DIRS): /home, /work, /srv, other
         clones of the project; then the shared temp dirs (sized) and the system's site dirs are covered by
         empty tmpfs, the rest of the system's dirs stays visible (subject to the sandbox uid's permissions).
rlimits  no namespaces: only the rlimits, the uid switch and the process-tree kill. A
         sys.path entry under a dir the sandbox uid cannot enter is reached through a
         descriptor the zygote opens (`rerouted`).
"""

from __future__ import annotations

import dataclasses
import functools
import glob
import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

from mlptutor.grader.sandbox.calls import SandboxError
from mlptutor.grader.sandbox.runtime import Runtime

LEVELS = ("bwrap", "unshare", "rlimits")
HOSTNAME = "sandbox"  # what a job's os.uname() and socket.gethostname() say under bwrap
SITE = "/opt/mlptutor-site"  # where bwrap and unshare mount the preload distributions (bwrap: always /opt)
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
                    "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")
ZYGOTE_CAPS = ("CAP_SETUID", "CAP_SETGID", "CAP_CHOWN", "CAP_KILL")
# the zygote sets its pid namespace's ns_last_pid before each fork (worker.ZygoteLoop.fork_job): the kernels that
# have it (5.9 on, capability 40) give every job's child pid 3
CHECKPOINT_RESTORE = 40
_warned = []
# levels a zygote's interpreter came up at in this process (Zygote.up): proven to work, not probed. A probe (a
# bwrap and an interpreter: 12-13 ms of task CPU, load 8) ran beside SymPy's companion's boot in every `mlptutor
# check` (2026-12-06)
_working: set[str] = set()
_probing = threading.Lock()  # a sandbox and its companion may choose at once: each level probed once
INSTALL = "install bubblewrap (apt-get install bubblewrap, or run setup.sh as root)"
# sh program for the unshare level, run as root in the new mount (and UTS: HOST names it) namespace. Arguments:
#   STAGE ENTRY... -- [COVER PART... --]... -- HIDDEN... -- COMMAND...
# an empty tmpfs over STAGE holds SITE with a bind mount of each ENTRY (made before anything is
# hidden, so the mounts survive); each COVER gets an empty tmpfs, built at STAGE/.cover with each
# PART (of the runtime, under COVER) bound at its path and moved over COVER whole (the parts are
# bound before COVER hides them); then an empty tmpfs over each HIDDEN dir, then the command.
HIDE = ('hostname "$HOST" 2>/dev/null; stage=$1; shift; mount -t tmpfs -o mode=0755,size=1m mlptutor-site "$stage" || exit 97; '
        'mkdir -m 0755 "$stage/${SITE##*/}" "$stage/.cover" || exit 97; '
        'while [ "$1" != -- ]; do target="$SITE/${1##*/}"; '
        'if [ -d "$1" ]; then mkdir "$target"; else : > "$target"; fi; '
        'mount --bind "$1" "$target" && mount -o remount,bind,ro "$target" || exit 97; shift; done; shift; '
        'while [ "$1" != -- ]; do cover=$1; shift; '
        'mount -t tmpfs -o mode=0755,size=1m mlptutor-cover "$stage/.cover" || exit 97; '
        'while [ "$1" != -- ]; do target="$stage/.cover${1#"$cover"}"; '
        '[ -d "${target%/*}" ] || (umask 022 && mkdir -p "${target%/*}") || exit 97; '
        'if [ -d "$1" ]; then mkdir "$target"; else : > "$target"; fi; '
        'mount --bind "$1" "$target" && mount -o remount,bind,ro "$target" || exit 97; shift; done; shift; '
        'mount --move "$stage/.cover" "$cover" || exit 97; done; shift; rmdir "$stage/.cover"; '
        'while [ "$1" != -- ]; do mount -t tmpfs -o mode=0755,size=$SIZE mlptutor-hidden "$1" || exit 97; shift; done; '
        'shift; mkdir -p -m 0711 "$TMPDIR" && exec "$@"')
# where a system-wide install lands (Debian: dist-packages; others: site-packages), beside another runtime's stdlib
SYSTEM_SITES = tuple(sorted({*glob.glob("/usr/lib/python3*/dist-packages"),
                             *glob.glob("/usr/lib/python3*/site-packages"),
                             *glob.glob("/usr/local/lib/python3*/dist-packages"),
                             *glob.glob("/usr/local/lib/python3*/site-packages")}))
STAGES = ("/opt", "/mnt", "/srv")  # where the unshare level may put SITE: the first that holds no runtime


def environment(tmpdir: str) -> dict[str, str]:
    """The whole environment of the sandboxed interpreter."""
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONHASHSEED": "0",
           "PYTHONDONTWRITEBYTECODE": "1", "TMPDIR": tmpdir, "HOME": tmpdir}
    env.update(dict.fromkeys(THREAD_VARIABLES, "1"))
    return env


def wrapper(level: str, runtime: Runtime, tmpdir: str, tmp_bytes: int = 4 << 20) -> list[str]:
    """Command prefix that runs a program at `level` (empty for rlimits); /tmp and /dev/shm hold `tmp_bytes` each."""
    if level == "bwrap":
        return _bwrap(runtime, tmpdir, tmp_bytes)
    if level == "unshare":
        userns = [] if os.geteuid() == 0 else ["--user", "--map-root-user"]
        pdeath = ["setpriv", "--pdeathsig", "KILL"] if shutil.which("setpriv") else []
        stage = _unshare_stage(runtime)
        return pdeath + ["unshare", *userns, "--fork", "--pid", "--mount-proc", "--net", "--ipc", "--uts",
                         "--kill-child", "--", "env", f"SITE={stage}/{os.path.basename(SITE)}", f"SIZE={tmp_bytes}", f"HOST={HOSTNAME}",
                         "/bin/sh", "-c", HIDE, "mlptutor-sandbox", stage, *runtime.entries, "--",
                         *(arg for cover, parts in unshare_covers(runtime).items() for arg in (cover, *parts, "--")),
                         "--",
                         *hidden(runtime), "--"]
    return []


def _holds_runtime(directory: str, runtime: Runtime) -> bool:
    """Whether covering `directory` would hide the interpreter or its stdlib."""
    return any(p == directory or p.startswith(directory.rstrip("/") + "/")
               for p in (runtime.python, runtime.prefix, runtime.stdlib) if p)


def _unshare_stage(runtime: Runtime) -> str:
    return next(d for d in STAGES if os.path.isdir(d) and not _holds_runtime(d, runtime))


def hidden(runtime: Runtime) -> list[str]:
    """Dirs the unshare level covers with an empty tmpfs: the checkout, homes, shared temp dirs, system site dirs.

    The preload distributions are staged at SITE beforehand, so only a dir holding the
    interpreter or its stdlib itself stays visible; one a cover hides already is left out.
    """
    candidates = [str(Path(__file__).resolve().parents[2]), "/home", "/tmp", "/var/tmp", "/dev/shm",
                  *runtime.stdlib_sites, *SYSTEM_SITES]
    covered = [*unshare_covers(runtime)]  # d + "/" within one: d is it or under it (the stdlib's site dirs come back)
    return [d for d in dict.fromkeys(candidates) if os.path.isdir(d) and not _holds_runtime(d, runtime)
            and (not _within(d + "/", covered) or _within(d, _parts(runtime)))]


def _parts(runtime: Runtime) -> list[str]:
    """What of the runtime a job reads, as bwrap mounts it: the interpreter, the stdlib, the binds, the system's
    library dirs (real paths, none inside another). Not the prefix whole: a conda base's holds its other envs."""
    paths = sorted({os.path.realpath(p) for p in (runtime.python, runtime.stdlib, *runtime.binds,
                                                  *runtime.library_dirs) if p})
    return [p for p in paths if not _within(p, [q for q in paths if q != p])]


def _within(path: str, dirs) -> bool:
    return any(path.startswith(d.rstrip("/") + "/") for d in dirs)


def _locked(path: str) -> str:
    """The outermost dir above `path` that other users (the sandbox uid) cannot enter, e.g. /root (0700); or ""."""
    for parent in reversed(Path(path).parents):  # "/" first
        try:
            if not os.stat(parent).st_mode & stat.S_IXOTH:
                return str(parent)
        except OSError:
            return ""
    return ""


# the top-level dirs the system's programs and its dynamic loader read, left visible at unshare (the shared temp dirs
# in them are hidden); every other one is covered
SYSTEM_DIRS = frozenset(("bin", "boot", "dev", "etc", "lib", "lib32", "lib64", "libx32", "proc", "run", "sbin", "sys",
                         "tmp", "usr", "var"))


def unshare_covers(runtime: Runtime) -> dict[str, list[str]]:
    """Each dir the unshare level covers with an empty tmpfs -> the runtime's parts bound back under it: every
    top-level dir but the system's and the stage's (only the running checkout was hidden: other clones of the
    project on the machine, their reference/ with the solutions, were readable, review D of red25), and the dirs
    above the runtime other users cannot enter (covers) that none of those holds."""
    stage = _unshare_stage(runtime)
    tops = [path for name in sorted(os.listdir("/")) if name not in SYSTEM_DIRS
            and (path := "/" + name) != stage and os.path.isdir(path) and not os.path.islink(path)]
    found: dict[str, list[str]] = {top: [part for part in _parts(runtime) if _within(part, [top])] for top in tops}
    for cover, parts in covers(runtime).items():
        if not _within(cover + "/", tops):
            found[cover] = parts
    return found


def covers(runtime: Runtime) -> dict[str, list[str]]:
    """Each dir the unshare level covers with an empty tmpfs to put the runtime in the sandbox uid's reach (a pyenv
    under /root, mode 0700: jobs could import only what the zygote had) -> the runtime's parts bound back under it.
    The rest of that dir is hidden."""
    found: dict[str, list[str]] = {}
    for part in _parts(runtime):
        locked = _locked(part)
        if locked:
            found.setdefault(locked, []).append(part)
    return found


def rerouted(level: str, runtime: Runtime) -> list[str]:
    """The dirs above the runtime the sandbox uid cannot enter, at the level without mounts (rlimits): the
    zygote opens the sys.path entries under them and the job reads them through those descriptors (worker.reroute).
    The kernel still checks the job's own permissions on every file; only the locked dir itself is passed, so the
    job reaches the tree of its child on the way (/root/.pyenv), nothing else of it (/root/.bashrc)."""
    if level != "rlimits":
        return []
    return sorted({_locked(p) for p in (*_parts(runtime), *runtime.site_dirs)} - {""})


def last_capability() -> int:
    """The highest capability number this kernel knows (0 when it cannot be read)."""
    try:
        with open("/proc/sys/kernel/cap_last_cap") as f:
            return int(f.read())
    except (OSError, ValueError):
        return 0


def _bwrap(runtime: Runtime, tmpdir: str, tmp_bytes: int) -> list[str]:
    # a hostname of its own: the host's named the grading machine, and differed between a Dask cluster's workers.
    # No --die-with-parent: a grader killed in bwrap's first milliseconds took bwrap with it before bwrap let its
    # child (the sandbox's pid 1, deaf to SIGTERM) go on, which then read its eventfd under init for ever (1 of 60
    # so killed, red23; 36 minutes after a full-suite run). The zygote ends when its grader does: the control
    # socket's last end closes with the grader's process (forked copies close theirs, zygote.forget_in_child)
    command = ["bwrap", "--new-session", "--unshare-pid", "--unshare-net",
               "--unshare-ipc", "--unshare-uts", "--hostname", HOSTNAME, "--unshare-cgroup-try", "--cap-drop", "ALL"]
    if os.geteuid() == 0:  # root: no user namespace, so the zygote can switch jobs to the sandbox uid
        # 40 by number: bwrap reads the name with libcap's cap_from_name, which before libcap 2.44 knows no
        # CAP_CHECKPOINT_RESTORE ("unknown cap") but takes any number below 64
        for cap in ZYGOTE_CAPS + (str(CHECKPOINT_RESTORE),) * (last_capability() >= CHECKPOINT_RESTORE):
            command += ["--cap-add", cap]
    else:
        command += ["--unshare-user"]
    # sized: a tmpfs is RAM, and unsized it may take half the host's
    command += ["--proc", "/proc", "--dev", "/dev", "--size", str(tmp_bytes), "--tmpfs", "/tmp",
                "--size", str(tmp_bytes), "--tmpfs", "/dev/shm"]
    for path, fixed in fixed_files().items():
        command += ["--ro-bind", fixed, path]
    for name in ("bin", "lib", "lib64", "sbin"):
        path = "/" + name
        if os.path.islink(path):
            command += ["--symlink", os.readlink(path), path]
        elif os.path.isdir(path):
            command += ["--ro-bind", path, path]
    # only what the runtime needs: not /usr whole, which holds dist-packages (a system-wide install's home)
    bound = (*runtime.library_dirs, runtime.stdlib, *runtime.binds)
    command += opened_parents((*bound, "/etc/ld.so.cache", SITE))
    for path in bound:
        command += ["--ro-bind", path, path]
    command += ["--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache", "--perms", "0755", "--dir", SITE]
    for site in runtime.stdlib_sites:
        command += ["--tmpfs", site]
    for entry in runtime.entries:
        command += ["--ro-bind", entry, f"{SITE}/{os.path.basename(entry)}"]
    command += ["--clearenv"]
    for key, value in environment(tmpdir).items():
        command += ["--setenv", key, value]
    return command + ["--chdir", tmpdir, "--"]


def opened_parents(paths) -> list[str]:
    """bwrap arguments making every dir above `paths` (not "/") mode 0755, outermost first.

    bwrap 0.8 run by root makes the dirs above a bind target 0700: /usr and /etc were closed to the job's uid, so
    the dynamic linker found no system library (a job's `import numpy` in SymPy's companion, which does not preload
    it, failed on libstdc++.so.6; it passed only when the job's arrays were read before the uid switch). Explicit,
    since a parent's mode on the host (/root 0700) is not what the job should see either."""
    parents = dict.fromkeys(str(parent) for path in paths for parent in reversed(Path(path).parents[:-1]))
    return [arg for parent in parents for arg in ("--perms", "0755", "--dir", parent)]


# the OS's entropy a job could read as a file, and what it reads instead: the same bytes on every run, so that a
# submission seeding its draws from them gets the same grade on a regrade (os.urandom and friends are
# child.fixed_entropy's; the getrandom system call is denied by seccomp.py, libc then reads /dev/urandom). A read
# past URANDOM_BYTES ends there (EOF); boot_id named the grading machine (a Dask cluster's workers differed)
URANDOM_BYTES = 1 << 16
FIXED_UUID = b"00000000-0000-4000-8000-000000000000\n"


@functools.cache
def fixed_files() -> dict[str, str]:
    """Sandbox path -> a host file of fixed bytes bound over it (read-only) at bwrap.

    The files live in one folder per user and contents, TMPDIR/mlptutor-entropy-<uid>-<digest>, made by the first
    process that needs it and bound by every later one: nothing to remove, so a process killed outright (kill -9,
    the suite's kill tests, a pool worker's SIGKILL) leaves nothing behind. A folder per process removed at exit
    stayed after each such kill: 251 on this machine. A folder of that name that is not as made (another user's,
    a symlink, other bytes) is not used: this process then binds a private one, removed at exit."""
    import atexit
    import hashlib
    import tempfile  # here: `mlptutor check` imports this module before it needs a sandbox
    contents = {"urandom": hashlib.shake_256(b"mlptutor /dev/urandom").digest(URANDOM_BYTES), "uuid": FIXED_UUID}
    digest = hashlib.sha256(b"".join(contents.values())).hexdigest()[:16]
    folder = os.path.join(tempfile.gettempdir(), f"mlptutor-entropy-{os.getuid()}-{digest}")
    if not _holds(folder, contents):
        made = _made(contents)
        try:
            os.rename(made, folder)  # atomic; a folder another process made meanwhile stays (ENOTEMPTY)
        except OSError:
            pass
        if os.path.isdir(made):
            if _holds(folder, contents):
                shutil.rmtree(made, True)
            else:
                folder = made
                atexit.register(shutil.rmtree, made, True)
    urandom, uuid = (os.path.join(folder, name) for name in contents)
    return {"/dev/urandom": urandom, "/dev/random": urandom, "/proc/sys/kernel/random/uuid": uuid,
            "/proc/sys/kernel/random/boot_id": uuid}


def _made(contents: dict[str, bytes]) -> str:
    """A new private folder holding `contents` (name -> bytes), read-only files the sandbox uid can read."""
    import tempfile
    folder = tempfile.mkdtemp(prefix="mlptutor-entropy-")
    for name, data in contents.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
        os.chmod(os.path.join(folder, name), 0o444)
    os.chmod(folder, 0o755)
    return folder


def _holds(folder: str, contents: dict[str, bytes]) -> bool:
    """Whether `folder` is a real folder of this user that no one else may write, holding exactly `contents`."""
    try:
        entries = [(folder, stat.S_ISDIR, 0o022, None)]
        entries += [(os.path.join(folder, name), stat.S_ISREG, 0o222, data) for name, data in contents.items()]
        for path, kind, unwritable, data in entries:
            found = os.lstat(path)
            if not kind(found.st_mode) or found.st_uid != os.getuid() or found.st_mode & unwritable:
                return False
            if data is not None:
                with open(path, "rb") as f:
                    if f.read(len(data) + 1) != data:
                        return False
        return set(os.listdir(folder)) == set(contents)
    except OSError:
        return False


def site_dirs(level: str, runtime: Runtime) -> list[str]:
    """The sys.path entries that make the preload modules importable at `level`."""
    if level == "bwrap":
        return [SITE]
    if level == "unshare":
        return [f"{_unshare_stage(runtime)}/{os.path.basename(SITE)}"]
    return runtime.site_dirs


def unavailable(level: str, runtime: Runtime) -> str:
    """Why `level` cannot run here ("" when it can), found by running the interpreter under it once per
    process: the preload distributions mounted make no difference to that."""
    if level == "rlimits" or level in _working:
        return ""
    with _probing:
        return probe(level, dataclasses.replace(runtime, entries=()))


def works(level: str) -> None:
    """An interpreter ran at `level` here (a zygote's first line): `unavailable` says so without a probe."""
    _working.add(level)


@functools.lru_cache(maxsize=None)
def probe(level: str, runtime: Runtime) -> str:
    program = "bwrap" if level == "bwrap" else "unshare"
    if shutil.which(program) is None:
        return f"{program} is not installed"
    command = wrapper(level, runtime, "/tmp") + [runtime.python, "-S", "-c", "pass"]
    try:
        done = subprocess.run(command, capture_output=True, timeout=30, env=environment("/tmp"))
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{program} failed ({exc})"
    if done.returncode != 0:
        lines = done.stderr.decode(errors="replace").strip().splitlines() or [f"exit code {done.returncode}"]
        return f"{program} cannot create namespaces here ({lines[-1]})"
    return ""


def choose(level: str, runtime: Runtime, require: bool, unfiltered: str = "") -> str:
    """The level to use for a request of "auto" or a named level.

    One stderr line when it falls below bwrap or there is no system-call filter (`unfiltered`: why)."""
    if level not in ("auto", *LEVELS):
        raise SandboxError(f"unknown sandbox level {level!r}; use auto, bwrap, unshare or rlimits")
    if level != "auto":
        reason = unavailable(level, runtime)
        if reason:
            raise SandboxError(f"sandbox level {level!r} is unavailable: {reason}")
        chosen = level
    else:
        chosen = next(name for name in LEVELS if not unavailable(name, runtime))
    if require and chosen != "bwrap":
        reason = unavailable("bwrap", runtime) or f"level {chosen!r} was requested"
        raise SandboxError(f"bubblewrap sandbox required but not used: {reason}; {INSTALL}")
    if (chosen != "bwrap" or unfiltered) and not _warned:
        _warned.append(chosen)
        print(f"mlptutor sandbox: {describe(chosen, runtime, unfiltered)}", file=sys.stderr)
    return chosen


def describe(level: str, runtime: Runtime, unfiltered: str = "") -> str:
    """One line: the isolation level, why it is weaker than bwrap, and whether there is a system-call filter."""
    if level == "bwrap":
        line = "using 'bwrap' isolation"
    else:
        line = f"using {level!r} isolation, weaker than bubblewrap ({unavailable('bwrap', runtime) or 'requested'})"
    return line + (f", without a system-call filter ({unfiltered})" if unfiltered else "")
