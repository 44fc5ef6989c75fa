"""The Sandbox: runs jobs of untrusted student calls at the strongest isolation level available.

    with Sandbox(level="auto", preload=("numpy",), limits=Limits()) as sb:
        result = sb.run({"softmax": source}, [Call("a", "softmax", "softmax", (x,))])

One Sandbox keeps one zygote (a sandboxed interpreter with `preload`
imported) and forks a child per job; fork_server=False starts a fresh
interpreter per job instead (the slow baseline). The zygote boots in the
background from the constructor on (with level "auto" and no `require`,
the level is chosen there too: `level` waits for it); the first `run` waits
for it. Use one Sandbox per worker process or thread; several may exist at
once. A `companion(preload)` is another Sandbox at the same level and limits
whose zygote imports other modules (SymPy without numpy, to judge formulas), started on first use
and closed with this one. Closing a Sandbox, or losing the last reference to it,
ends its zygotes and everything they started and removes its temporary files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import weakref
from pathlib import Path
from typing import Callable, Collection, Mapping

from mlptutor.grader.sandbox import levels, seccomp
from mlptutor.grader.sandbox.calls import Call, JobResult, Limits, SandboxError
from mlptutor.grader.sandbox.runtime import runtime
from mlptutor.grader.sandbox.uids import UidLease
from mlptutor.grader.sandbox.zygote import Zygote, held_name

PRIVATE_TMPDIR = {"bwrap": "/tmp", "unshare": "/tmp/sandbox"}  # inside the level's own /tmp


class _Resources:
    """What a Sandbox must release: the zygote, the uid lease, the host temp dir (closed at GC too)."""

    def __init__(self):
        self.zygote = None
        self.lease = UidLease()
        self.tmpdir = None
        self.companions: dict[tuple, Sandbox] = {}
        self.companions_lock = threading.Lock()  # a companion made in another thread meets close's snapshot
        # choosing the level and starting the zygote, if in the background
        self.starting: threading.Thread | None = None
        self.pid = os.getpid()  # a forked copy must not stop the original's zygote or remove its files
        self.waits = True  # close waits for the zygotes' exit (see Sandbox.close)

    def wait_started(self) -> None:
        if self.starting is not None and self.starting is not threading.current_thread():
            self.starting.join()

    def stop_zygote(self, wait: bool = True) -> None:
        if self.zygote is not None:
            self.zygote.close() if wait else self.zygote.end()
            self.zygote = None

    def close(self) -> None:
        self.wait_started()
        if self.zygote is not None:  # it exits while the companions' zygotes do (a forked copy only lets go)
            self.zygote.hang_up()
        with self.companions_lock:
            companions, self.companions = list(self.companions.values()), {}
        for companion in companions:
            companion.close(self.waits)
        if os.getpid() != self.pid:
            self.zygote = self.tmpdir = None
        self.stop_zygote(self.waits or self.tmpdir is not None)  # the zygote works in the host's temp dir
        self.lease.release()
        if self.tmpdir is not None:
            shutil.rmtree(self.tmpdir, ignore_errors=True)
            self.tmpdir = None


class Sandbox:
    def __init__(self, level: str = "auto", preload: tuple[str, ...] = ("numpy",), limits: Limits = Limits(),
                 require: bool = False, fork_server: bool = True, at_once: bool = False,
                 companions: Collection[tuple[str, ...]] = (), held: Mapping[str, str] | None = None):
        """`at_once`: with level "auto", the zygote of the likely level spawned in this constructor, not in the
        level's choice in the background (where each of its system calls waited for the GIL while `mlptutor
        check` imported NumPy: SymPy's companion, made so, spawned at 106 ms instead of 421, load 3-5, 2026-12-05).
        `companions`: the preloads of companions made in this constructor, their zygotes spawned before this
        one's (SymPy's boot, the longer, is what `mlptutor check` waits for). `held`: name -> file of the project's
        modules that jobs send (the symbolic worker), executed in the zygotes of this sandbox and its companions at
        boot: a job sending one with the file's very source takes it whole instead of compiling it (SymPy's
        confirming job compiled symbolic_worker.py in 3.8 ms of CPU and ran its body in about 1, 2026-12-06)."""
        self.preload = tuple(dict.fromkeys(preload))  # what the zygote imports
        self.held = dict(held or {})
        # name -> (the held file's source, the line a job sends instead: the module the zygote holds)
        self._stubs = {name: (Path(path).read_text(encoding="utf-8"),
                              f"import sys\nsys.modules[__name__] = sys.modules[{held_name(name)!r}]\n")
                       for name, path in self.held.items()}
        self.limits = limits
        self.fork_server = fork_server
        try:
            self._runtime = runtime(self.preload)
        except ModuleNotFoundError as exc:
            raise SandboxError(f"cannot preload: {exc}") from None
        self._lock = threading.Lock()  # one job at a time
        self._resources = _Resources()
        self._finalizer = weakref.finalize(self, self._resources.close)
        self._start_error: BaseException | None = None
        if level == "auto" and not require:
            # this choice cannot be refused, so it is made in the background: it probes the levels with a
            # sandboxed interpreter (once per process: 40-100 ms of wall time on a loaded 2-core machine,
            # 2026-12-05), which `mlptutor check` waited for before it went on loading the grader
            spawned = self._spawn_likely() if at_once and fork_server else None
            self._resources.starting = threading.Thread(target=self._start_in_background,
                                                        args=(level, require, spawned),
                                                        name="mlptutor-sandbox-start", daemon=True)
            self._made(companions)
            self._resources.starting.start()
        else:
            self._start(level, require)
            self._made(companions)

    def _made(self, companions: Collection) -> None:
        for preload in companions:
            if isinstance(preload, Sandbox):  # made already (at the same level and limits): closed with this one
                self._resources.companions[preload.preload] = preload
                continue
            try:
                self.companion(preload)
            except SandboxError:  # raised again where it is used
                pass

    def _spawn_likely(self) -> str | None:
        """The zygote started at the strongest level whose program is installed, the likely choice of "auto": it
        starts before the level is chosen, which its first line (`Zygote.up`) then settles without a probe (20-100
        ms of wall time, 2026-12-05; `_start` replaces a wrong guess's); that level, or None."""
        self._seccomp = not seccomp.filter_unavailable()
        guess = self._level = next((name for name in levels.LEVELS[:-1] if shutil.which(name)), None)
        if guess is None:
            return None
        try:
            self._zygote()
        except Exception:  # `_start` starts it again, and the error, if any, is raised where the level is needed
            return None
        return guess

    def _start(self, level: str, require: bool, spawned: str | None = None) -> None:
        """Choose the level (SandboxError when `level` or `require` cannot be had), start the zygote (`spawned`: the
        level whose zygote the constructor started)."""
        unfiltered = seccomp.filter_unavailable()
        self._seccomp = not unfiltered  # a system-call filter in every job's child
        guess = spawned
        if guess is None and level == "auto" and not require and self.fork_server:
            guess = self._spawn_likely()
        if guess is not None and self._resources.zygote.up():  # the guess runs here: no probe of that level
            levels.works(guess)
        self._level = levels.choose(level, self._runtime, require, unfiltered)
        if guess is not None and guess != self._level:  # the guess cannot run here: its zygote goes
            self._resources.stop_zygote()
        if self._level == "rlimits":  # the other levels have a private /tmp
            self._resources.tmpdir = tempfile.mkdtemp(prefix="mlptutor-sandbox-")
            os.chmod(self._resources.tmpdir, 0o711)  # the sandbox uid may enter its own job dir, not list others
        if self.fork_server:
            self._zygote()

    def _start_in_background(self, level: str, require: bool, spawned: str | None) -> None:
        try:
            self._start(level, require, spawned)
        except BaseException as exc:  # raised where the level is first needed
            self._start_error = exc

    def _started(self) -> None:
        """Wait for a background start; its error, if any, is raised here."""
        self._resources.wait_started()
        if self._start_error is not None:
            raise self._start_error

    @property
    def level(self) -> str:
        """The isolation level: "bwrap", "unshare" or "rlimits"."""
        self._started()
        return self._level

    @property
    def seccomp(self) -> bool:
        """Whether every job's child runs under the system-call filter."""
        self._started()
        return self._seccomp

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def _zygote(self) -> Zygote:
        """The live zygote, started (again) if needed."""
        resources = self._resources
        if resources.zygote is not None and not resources.zygote.alive():
            resources.stop_zygote()
        if resources.zygote is None:
            tmpdir = resources.tmpdir or PRIVATE_TMPDIR[self._level]
            resources.zygote = Zygote(
                levels.wrapper(self._level, self._runtime, tmpdir, self.limits.tmp_bytes), levels.environment(tmpdir),
                self._runtime.python, levels.site_dirs(self._level, self._runtime), self.preload,
                resources.lease.uid, {"seccomp": self._seccomp, "private_ipc": self._level != "rlimits",
                                      "tmp_files": None if self._level == "rlimits" else self.limits.tmp_files,
                                      "reroute": [] if resources.lease.uid is None
                                      else levels.rerouted(self._level, self._runtime)},
                self.held)
        return resources.zygote

    def companion(self, preload: tuple[str, ...]) -> Sandbox:
        """A Sandbox at this one's level and limits whose zygote imports `preload` (numpy only if named); made on
        the first call (and again after its user closed it), its zygote booting in the background, and closed with
        this one (killed at once if no job ran in it: it would hear the hang-up only after its preload). Always a
        fork server: it runs the grader's own jobs (judging formulas), not the submission's, which
        `fork_server` is about."""
        if self.closed:
            raise SandboxError("this sandbox is closed; create a new Sandbox")
        preload = tuple(dict.fromkeys(preload))
        if preload == self.preload:
            return self
        with self._resources.companions_lock:
            if self.closed:  # closed meanwhile (by another thread): close has taken the companions it will end
                raise SandboxError("this sandbox is closed; create a new Sandbox")
            companions = self._resources.companions
            if preload not in companions or companions[preload].closed:  # closed by its user: made again
                companions[preload] = Sandbox(self._companion_level(), preload, self.limits, at_once=True,
                                              held=self.held)
            return companions[preload]

    def _companion_level(self) -> str:
        """The level a companion is made at: this one's, or "auto" while this one is still choosing "auto" in the
        background (then the companion starts its zygote at once, and chooses alike: each level is probed once
        per process), instead of waiting for that choice (the level's probe, 20-100 ms of wall time) before it
        starts. `mlptutor check` starts SymPy's companion right after its own sandbox (grader/checks/sympy_ahead.py)."""
        starting = self._resources.starting  # not started yet while this constructor makes `companions`
        return "auto" if starting is not None and (starting.ident is None or starting.is_alive()) else self.level

    def run(self, modules: dict[str, str | bytes], calls: list[Call], limits: Limits | None = None,
            price: Callable[[Call], float | None] | None = None, imports: Collection[str] | None = None) -> JobResult:
        """Import one submission's modules and run its calls; an Outcome for every call id.

        `price(call)`: what the reference takes (CPU seconds) on the call's arguments, or None; asked only
        for a call that used `limits.call_seconds` of CPU time, which may then take `price_factor` times that.
        `imports`: the modules imported before the calls (default: all); the others are imported only when
        a call's code imports them, and their errors are those of that call."""
        if self.closed:
            raise SandboxError("this sandbox is closed; create a new Sandbox")
        if os.getpid() != self._resources.pid:
            raise SandboxError("this Sandbox was created in another process; create one Sandbox per worker process")
        from mlptutor.grader.sandbox.job import SandboxJob  # not at import: it brings NumPy (see __init__.py)

        job = SandboxJob(self._taken(modules), calls, limits or self.limits, price, imports)
        with self._lock:
            self._started()
            try:
                job.run(lambda: self._zygote().ready())
            finally:
                if not self.fork_server:
                    self._resources.stop_zygote()
        return job.result(self.level)

    def _taken(self, modules: dict[str, str | bytes]) -> dict[str, str | bytes]:
        """`modules`, each held one sent with its file's very source replaced by the line that takes it whole."""
        if not self._stubs:
            return modules
        return {name: self._stubs[name][1] if name in self._stubs and source == self._stubs[name][0] else source
                for name, source in modules.items()}

    def close(self, wait: bool = True) -> None:
        """End the zygotes and everything they started, and release the rest. `wait=False`, for a process about to
        end: the zygotes are told to (those still booting killed) but their exit is not waited for, at a level
        without host files to remove (the kernel's teardown of SymPy's and NumPy's interpreters and their bwraps:
        closing a sandbox with a booted companion took 12-32 ms of wall, 0.2 without waiting, load 7, 2026-12-06)."""
        self._resources.waits = wait
        self._finalizer()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
