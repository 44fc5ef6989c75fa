"""The Python runtime a sandbox needs: the interpreter, its stdlib, and the installed files of the preload modules.

Nothing else of site-packages (in particular no install of this project,
editable or system-wide) is put on the sandbox's path: the interpreter runs
with -S and the files listed here are mounted (bwrap) or appended to sys.path
(other levels). bwrap mounts only these: the interpreter and its shared
library, the standard library (its site-packages and dist-packages covered),
the system's shared-library dirs, the preload distributions' files.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
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
        return [d for d in (os.path.join(self.stdlib, n) for n in ("site-packages", "dist-packages")) if os.path.isdir(d)]

    @property
    def site_dirs(self) -> list[str]:
        """Directories holding the entries, in first-seen order (for the levels without mounts)."""
        return list(dict.fromkeys(os.path.dirname(e) for e in self.entries))


@functools.lru_cache(maxsize=None)
def runtime(preload: tuple[str, ...]) -> Runtime:
    return Runtime(
        python=os.path.realpath(sys.executable),
        prefix=sys.base_prefix,
        entries=tuple(sorted(_entries(preload))),
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
    providers = importlib.metadata.packages_distributions()
    entries: set[str] = set()
    todo = []
    for name in preload:
        spec = importlib.util.find_spec(name)
        if spec is None:
            raise ModuleNotFoundError(f"preload module {name!r} is not installed")
        todo += providers.get(name, [])
        if spec.origin and not providers.get(name) and "site-packages" in spec.origin:
            entries.add(_top(spec))
    seen = set()
    while todo:
        dist_name = todo.pop()
        if dist_name.lower() in seen:
            continue
        seen.add(dist_name.lower())
        try:
            dist = importlib.metadata.distribution(dist_name)
        except importlib.metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python version
        for path in dist.files or ():
            if path.parts and path.parts[0] not in ("..", "__pycache__"):
                entries.add(os.path.normpath(str(dist.locate_file(path.parts[0]))))
        todo += [_requirement_name(r) for r in dist.requires or () if "extra ==" not in r]
    return entries


def _top(spec) -> str:
    origin = spec.origin
    return os.path.dirname(origin) if spec.submodule_search_locations else origin


def _requirement_name(requirement: str) -> str:
    return re.match(r"[A-Za-z0-9._-]+", requirement).group(0)
