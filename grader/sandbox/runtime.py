"""The Python runtime a sandbox needs: the interpreter, its stdlib, and the installed files of the preload modules.

Nothing else of site-packages (in particular no install of this project,
editable or system-wide) is put on the sandbox's path: the interpreter runs
with -S and the files listed here are mounted (bwrap) or appended to sys.path
(other levels). bwrap mounts only these: the interpreter and its shared
library, the standard library (its site-packages and dist-packages covered),
the system's shared-library dirs, the preload distributions' files.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import io
import os
import re
import sys
import sysconfig
from dataclasses import dataclass


@dataclass(frozen=True)
class Runtime:
    python: str  # real path of the interpreter binary
    prefix: str  # sys.base_prefix: the stdlib and shared libraries live under it
    entries: tuple[str, ...]  # top-level files and dirs of the preload distributions
    stdlib: str = ""  # the standard library's dir (lib-dynload is inside it, or in `binds`)
    binds: tuple[str, ...] = ()  # the interpreter binary, its shared library, lib-dynload when outside stdlib
    library_dirs: tuple[str, ...] = ()  # the system's shared libraries: libc, libm, libssl, libffi, ...

    @property
    def stdlib_sites(self) -> list[str]:
        """Package dirs inside the stdlib's dir (a system-wide install may put anything there): hidden."""
        return [d for d in (os.path.join(self.stdlib, n) for n in ("site-packages", "dist-packages"))
                if os.path.isdir(d)]

    @property
    def site_dirs(self) -> list[str]:
        """Directories holding the entries, in first-seen order (for the levels without mounts)."""
        return list(dict.fromkeys(os.path.dirname(e) for e in self.entries))


@functools.lru_cache(maxsize=None)
def runtime(preload: tuple[str, ...]) -> Runtime:
    """What a sandbox whose zygote imports `preload` sees: numpy's files too, whatever the preload (the harness
    imports numpy when an array crosses; SymPy's companion does not preload it)."""
    return Runtime(
        python=os.path.realpath(sys.executable),
        prefix=sys.base_prefix,
        entries=tuple(sorted(_entries(dict.fromkeys(("numpy", *preload))))),
        stdlib=sysconfig.get_paths()["stdlib"],
        binds=tuple(_binds()),
        library_dirs=tuple(_library_dirs()),
    )


def _binds() -> list[str]:
    found = [os.path.realpath(sys.executable)]
    if sysconfig.get_config_var("Py_ENABLE_SHARED"):
        library = os.path.join(sysconfig.get_config_var("LIBDIR") or "", sysconfig.get_config_var("INSTSONAME") or "")
        if os.path.isfile(library):
            found.append(library)
    dynload = sysconfig.get_config_var("DESTSHARED")
    stdlib = sysconfig.get_paths()["stdlib"]
    if dynload and os.path.isdir(dynload) and not dynload.startswith(stdlib.rstrip("/") + "/"):
        found.append(dynload)
    return found


def _library_dirs() -> list[str]:
    """Where the dynamic linker finds the system's libraries: the multiarch dirs and lib64, whichever exist."""
    multiarch = sysconfig.get_config_var("MULTIARCH")
    candidates = [f"/usr/lib/{multiarch}", f"/lib/{multiarch}"] if multiarch else []
    candidates += ["/usr/lib64", "/lib64"]
    found = []
    for path in candidates:
        real = os.path.realpath(path)
        if os.path.isdir(real) and real not in found:
            found.append(real)
    return found


def _entries(preload) -> set[str]:
    """The top-level files and dirs of the distributions providing `preload`, and of what they require.

    Read from the installed `.dist-info` (RECORD, METADATA) without importing anything: a dotted name
    stands for its top-level package (finding `sympy.x` by `find_spec` imports sympy into the trusted
    process), and a distribution is found by its module's name (numpy, sympy), not through
    `importlib.metadata`'s index of every installed distribution (0.3 s and more).
    """
    entries: set[str] = set()
    todo = []
    for name in preload:
        top = name.partition(".")[0]
        spec = importlib.util.find_spec(top)
        if spec is None:
            raise ModuleNotFoundError(f"preload module {name!r} is not installed")
        if _dist_info(top) is not None:
            todo.append(top)
        elif spec.origin and "site-packages" in spec.origin:  # a module installed without metadata
            entries.add(_top(spec))
    seen = set()
    while todo:
        dist_name = _normalized(todo.pop())
        if dist_name in seen:
            continue
        seen.add(dist_name)
        info = _dist_info(dist_name)
        if info is None:
            continue  # a requirement for another platform or Python version
        site = os.path.dirname(info)
        for part in _record_tops(info):
            entries.add(os.path.normpath(os.path.join(site, part)))
        todo += _requirements(info)
    return entries


def _normalized(name: str) -> str:
    """A distribution's name as its .dist-info dir spells it (PEP 503 normalised, `_` for runs of -_.)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def _dist_info(name: str) -> str | None:
    """The `.dist-info` dir of the distribution `name` on sys.path (the first found), or None."""
    wanted = _normalized(name)
    for directory in sys.path:
        for entry in _listing(directory or "."):  # NAME-VERSION.dist-info
            if entry.endswith(".dist-info") and _normalized(entry.partition("-")[0]) == wanted:
                return os.path.join(directory, entry)
    return None


@functools.lru_cache(maxsize=None)
def _listing(directory: str) -> tuple[str, ...]:
    try:
        return tuple(os.listdir(directory))
    except OSError:
        return ()


@functools.lru_cache(maxsize=None)
def _record_tops(info: str) -> frozenset[str]:
    """First components of the paths a distribution installed (its RECORD), outside the site dir excluded; read
    once per process (numpy's is every sandbox's). The csv module only for a RECORD with a quoted path: SymPy's
    3,105 lines took it 2.2 ms, split at their commas 0.6 (2026-12-05), before SymPy's companion could spawn."""
    try:
        with open(os.path.join(info, "RECORD"), encoding="utf-8") as record:
            text = record.read()
    except OSError:
        return frozenset({os.path.basename(info)})
    rows = csv.reader(io.StringIO(text)) if '"' in text else (line.split(",", 1) for line in text.splitlines())
    tops = {row[0].replace("\\", "/").split("/", 1)[0] for row in rows if row}
    return frozenset(tops - {"..", "__pycache__", ""})


def _requirements(info: str) -> list[str]:
    """The distribution names its METADATA requires, extras left out."""
    try:
        with open(os.path.join(info, "METADATA"), encoding="utf-8") as metadata:
            lines = metadata.read().partition("\n\n")[0].splitlines()  # the headers end at the first blank line
    except OSError:
        return []
    return [_requirement_name(line[len("Requires-Dist:"):].strip()) for line in lines
            if line.startswith("Requires-Dist:") and "extra ==" not in line]


def _top(spec) -> str:
    origin = spec.origin
    return os.path.dirname(origin) if spec.submodule_search_locations else origin


def _requirement_name(requirement: str) -> str:
    return re.match(r"[A-Za-z0-9._-]+", requirement).group(0)
