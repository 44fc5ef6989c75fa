"""The Sandbox: runs jobs of untrusted student calls at the strongest isolation level available.

    with Sandbox(level="auto", preload=("numpy",), limits=Limits()) as sb:
        result = sb.run({"softmax": source}, [Call("a", "softmax", "softmax", (x,))])

One Sandbox keeps one zygote (a sandboxed interpreter with `preload`
imported) and forks a child per job; fork_server=False starts a fresh
interpreter per job instead (the slow baseline). The zygote boots in the
background from the constructor on; the first `run` waits for it. Use one
Sandbox per worker process or thread; several may exist at once. A
`companion(preload)` is another Sandbox at the same level and limits whose
zygote imports more (SymPy, to judge formulas), started on first use and
closed with this one. Closing a Sandbox, or losing the last reference to it,
ends its zygotes and everything they started and removes its temporary files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import weakref
from typing import Callable, Collection

from mlptutor.grader.sandbox import levels, seccomp
from mlptutor.grader.sandbox.calls import Call, JobResult, Limits, SandboxError
from mlptutor.grader.sandbox.job import SandboxJob
from mlptutor.grader.sandbox.runtime import runtime
from mlptutor.grader.sandbox.uids import UidLease
from mlptutor.grader.sandbox.zygote import Zygote

PRIVATE_TMPDIR = {"bwrap": "/tmp", "unshare": "/tmp/sandbox"}  # inside the level's own /tmp


class _Resources:
    """What a Sandbox must release: the zygote, the uid lease, the host temp dir (closed at GC too)."""

    def __init__(self):
        self.zygote = None
        self.lease = UidLease()
        self.tmpdir = None
        self.companions: dict[tuple, Sandbox] = {}
        self.pid = os.getpid()  # a forked copy must not stop the original's zygote or remove its files

    def stop_zygote(self) -> None:
        if self.zygote is not None:
            self.zygote.close()
            self.zygote = None

    def close(self) -> None:
        for companion in self.companions.values():
            companion.close()
        self.companions.clear()
        if os.getpid() != self.pid:
            if self.zygote is not None:
                self.zygote.control.close()
            self.zygote = self.tmpdir = None
        self.stop_zygote()
        self.lease.release()
        if self.tmpdir is not None:
            shutil.rmtree(self.tmpdir, ignore_errors=True)
            self.tmpdir = None


class Sandbox:
    def __init__(self, level: str = "auto", preload: tuple[str, ...] = ("numpy",), limits: Limits = Limits(),
                 require: bool = False, fork_server: bool = True):
        self.preload = tuple(dict.fromkeys(("numpy", *preload)))  # the harness itself needs numpy
        self.limits = limits
        self.fork_server = fork_server
        try:
            self._runtime = runtime(self.preload)
        except ModuleNotFoundError as exc:
            raise SandboxError(f"cannot preload: {exc}") from None
        unfiltered = seccomp.filter_unavailable()
        self.seccomp = not unfiltered  # a system-call filter in every job's child
        self.level = levels.choose(level, self._runtime, require, unfiltered)
        self._lock = threading.Lock()  # one job at a time
        self._companions_lock = threading.Lock()
        self._resources = _Resources()
        self._finalizer = weakref.finalize(self, self._resources.close)
        if self.level == "rlimits":  # the other levels have a private /tmp
            self._resources.tmpdir = tempfile.mkdtemp(prefix="mlptutor-sandbox-")
            os.chmod(self._resources.tmpdir, 0o711)  # the sandbox uid may enter its own job dir, not list others
        if fork_server:
            self._zygote()

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def _zygote(self) -> Zygote:
        """The live zygote, started (again) if needed."""
        resources = self._resources
        if resources.zygote is not None and not resources.zygote.alive():
            resources.stop_zygote()
        if resources.zygote is None:
            tmpdir = resources.tmpdir or PRIVATE_TMPDIR[self.level]
            resources.zygote = Zygote(
                levels.wrapper(self.level, self._runtime, tmpdir, self.limits.tmp_bytes), levels.environment(tmpdir),
                self._runtime.python, levels.site_dirs(self.level, self._runtime), self.preload,
                resources.lease.uid, {"seccomp": self.seccomp, "private_ipc": self.level != "rlimits"})
        return resources.zygote

    def companion(self, preload: tuple[str, ...]) -> Sandbox:
        """A Sandbox at this one's level and limits whose zygote also imports `preload`; made on the first
        call, its zygote booting in the background, and closed with this one. Always a fork server: it runs
        the grader's own jobs (judging formulas), not the submission's, which `fork_server` is about."""
        if self.closed:
            raise SandboxError("this sandbox is closed; create a new Sandbox")
        preload = tuple(dict.fromkeys(("numpy", *preload)))
        if preload == self.preload:
            return self
        with self._companions_lock:
            companions = self._resources.companions
            if preload not in companions:
                companions[preload] = Sandbox(self.level, preload, self.limits)
            return companions[preload]

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
        job = SandboxJob(modules, calls, limits or self.limits, price, imports)
        with self._lock:
            try:
                job.run(lambda: self._zygote().ready())
            finally:
                if not self.fork_server:
                    self._resources.stop_zygote()
        return job.result(self.level)

    def close(self) -> None:
        self._finalizer()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
