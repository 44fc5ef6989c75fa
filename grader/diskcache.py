"""Results kept on disk from one `mlptutor check` to the next: pure functions of their key and of the grader.

    RUNS = diskcache.store("xor-runs")      # one file in the cache folder, made at import
    diskcache.enable(sources)               # mlptutor check does; nothing else does (off by default)
    RUNS.get(key) / RUNS.put(key, value)    # None / nothing while disabled
    diskcache.flush()                       # writes the stores that changed

A store holds results that a new computation would give again bit for bit
(the reference's runs, each function's plans for the student checked: its
hidden inputs and the reference's results on them, SymPy's verdicts on
formulas): each file records the
version it was written under, made of GRADER_VERSION (the specs, the check
kinds, the reference, the seeding, the symbolic worker, this module: see
grader/versioning.py) and grader/commands.py (what it keeps),
the Python, NumPy and SymPy installed and the machine; a file of any other
version reads as empty and is overwritten, so a stored result can never
stand in for one the current grader would compute differently.

The folder is $MLPTUTOR_CACHE (empty: no cache), else
$XDG_CACHE_HOME/mlptutor, else ~/.cache/mlptutor. Only files owned by the
user and writable by nobody else are read (what is unpickled is code the
user's own grader wrote). Bulk grading never enables it, so a final grade
never reads it; a student release's checker neither: it plans nothing (its
plans are the recorded public ones: grader/release/student/cli.py), so no
hidden input or expected value is written where a student could read it.

Why `Context.constant` (grader/checks/base.py) is another mechanism: it keeps, in memory for one Grader, what
every student's plans share (a fixed case's call and the reference's result), handing each plan the very same
read-only arrays, and bulk grading, which never enables this cache, is where it pays (planning the first
twelve exercises 18.0 -> 15.6 ms a submission). A store here keeps pickled copies across processes, keyed by
student where the result depends on one (the plans: `grader.commands.plan_kept`), and does nothing while
disabled. Serving `constant` from a store would need a memory-only mode that is `constant` itself again, and
its keys name a Grader's own specs (a test's toy spec named like a real one would collide in a shared store);
keeping the constants on disk would save nothing either: a repeated check reads the kept plans, which hold
their results, and never asks `constant`.
"""

from __future__ import annotations

import contextlib
import functools
import os
import pickle
import platform
import stat
import sys
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable, Hashable

from mlptutor.grader.versioning import content_hash

ENTRIES = 4096  # per store unless it says, the oldest dropped first
_folder: Path | None = None
_digests: dict[str, str] = {}  # exercise -> hash of the file the enabled check grades
_stores: dict[str, Store] = {}
_lock = threading.Lock()


def folder_from_environment() -> Path | None:
    """The cache folder the environment names (None: $MLPTUTOR_CACHE is set and empty)."""
    named = os.environ.get("MLPTUTOR_CACHE")
    if named is not None:
        return Path(named) if named else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mlptutor"


def enable(sources: dict[str, str | bytes] | None = None, folder: Path | None | str = "environment") -> None:
    """Keep results in `folder` (default: the environment's; None: disable) while grading `sources` (exercise
    name -> file text: see `digest`); every store reads its file afresh."""
    global _folder
    with _lock:
        _folder = folder_from_environment() if folder == "environment" else folder
        _digests.clear()
        _digests.update({name: content_hash({name: text}) for name, text in (sources or {}).items()})
        for each in _stores.values():
            each.forget()


def digest(exercise: str) -> str | None:
    """The hash of the graded file of `exercise` (None when disabled or not graded): what a store may key a
    guess by (e.g. which formulas this file's functions return), never a result."""
    return _digests.get(exercise) if _folder is not None else None


@functools.cache
def version() -> str:
    """What every stored result depends on besides its key (read without importing SymPy)."""
    from mlptutor.grader.sandbox.runtime import _dist_info  # the .dist-info dirs: NAME-VERSION.dist-info
    from mlptutor.grader.versioning import GRADER_VERSION, source_version

    installed = [os.path.basename(_dist_info(name) or f"{name}-none") for name in ("numpy", "sympy")]
    keeping = source_version("grader/commands.py")  # what it keeps (this module is in GRADER_VERSION)
    return "|".join((GRADER_VERSION, keeping, sys.version, platform.machine(), _processor(), *installed))


def _processor() -> str:
    """The CPU's model: NumPy's kernels may round differently on another one (a home folder shared by machines)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
            return next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), "")
    except OSError:
        return platform.processor()


class Store:
    """Results by key, read from the store's file on first use (when the cache is enabled), bounded."""

    def __init__(self, name: str, entries: int = ENTRIES):
        self.name = name
        self.size = entries
        self._entries: OrderedDict[Hashable, Any] | None = None
        self._changed = False
        self._lock = threading.Lock()

    def forget(self) -> None:
        with self._lock:
            self._entries, self._changed = None, False

    @property
    def path(self) -> Path | None:
        return None if _folder is None else _folder / f"{self.name}.pickle"

    def _loaded(self) -> OrderedDict:
        if self._entries is None:
            self._entries = OrderedDict(_read(self.path))
        return self._entries

    def get(self, key: Hashable) -> Any | None:
        if _folder is None:
            return None
        with self._lock:
            return self._loaded().get(key)

    def keys(self) -> list:
        """The keys kept (none while disabled)."""
        if _folder is None:
            return []
        with self._lock:
            return list(self._loaded())

    def put(self, key: Hashable, value: Any) -> None:
        if _folder is None:
            return
        with self._lock:
            entries = self._loaded()
            entries[key] = value
            entries.move_to_end(key)
            while len(entries) > self.size:
                entries.popitem(last=False)
            self._changed = True

    def save(self) -> None:
        """Write the store if something was put since it was read (atomically: a concurrent check reads the old
        file or the new one); a folder that cannot be written only costs the next check its time."""
        path = self.path
        with self._lock:
            if path is None or not self._changed:
                return
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{self.name}-")
            except OSError:
                return
            try:
                with os.fdopen(handle, "wb") as out:
                    pickle.dump({"version": version(), "entries": dict(self._entries)}, out,
                                protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, path)
                self._changed = False
            except Exception:  # a full disk, an entry that does not pickle: nothing written
                with contextlib.suppress(OSError):
                    os.unlink(temporary)


def store(name: str, entries: int = ENTRIES) -> Store:
    """The store `name` of the enabled folder (one object per name), holding at most `entries` results."""
    with _lock:
        return _stores.setdefault(name, Store(name, entries))


def memoised(name: str, function: Callable) -> Callable:
    """`function`, pure (its result a function of its hashable arguments and of `version()`: the reference's
    runs), its results kept in the store `name` while the cache is enabled; named and signed like it."""
    kept = store(name)

    @functools.wraps(function)
    def call(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        result = kept.get(key)
        if result is None:
            result = function(*args, **kwargs)
            kept.put(key, result)
        return result
    return call


def flush() -> None:
    """Write every store that changed."""
    for each in list(_stores.values()):
        each.save()


def _read(path: Path | None) -> dict:
    """The entries of the file at `path` if it is the user's own, of this version and readable; else none. Never
    through a symbolic link: one to a file the user owns whose bytes are another's (a downloaded submission) would
    be unpickled, running their code, where others can write the folder."""
    if path is None:
        return {}
    try:
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC), "rb") as handle:
            info = os.fstat(handle.fileno())
            if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                return {}
            data = pickle.load(handle)
    except Exception:  # missing, truncated, from another Python: computed again
        return {}
    if type(data) is not dict or data.get("version") != version() or type(data.get("entries")) is not dict:
        return {}
    return data["entries"]
