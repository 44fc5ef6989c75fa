"""The Python runtime a sandbox needs: the interpreter, its stdlib, and the installed files of the preload modules.

Nothing else of site-packages (in particular no editable install of this
project) is put on the sandbox's path: the interpreter runs with -S and the
files listed here are mounted (bwrap) or appended to sys.path (other levels).
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import os
import re
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Runtime:
    python: str  # real path of the interpreter binary
    prefix: str  # sys.base_prefix: the stdlib and shared libraries live under it
    site: str  # the base interpreter's site-packages, hidden inside bwrap
    entries: tuple[str, ...]  # top-level files and dirs of the preload distributions

    @property
    def site_dirs(self) -> list[str]:
        """Directories holding the entries, in first-seen order (for the levels without mounts)."""
        return list(dict.fromkeys(os.path.dirname(e) for e in self.entries))


@functools.lru_cache(maxsize=None)
def runtime(preload: tuple[str, ...]) -> Runtime:
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    return Runtime(
        python=os.path.realpath(sys.executable),
        prefix=sys.base_prefix,
        site=os.path.join(sys.base_prefix, "lib", version, "site-packages"),
        entries=tuple(sorted(_entries(preload))),
    )


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
