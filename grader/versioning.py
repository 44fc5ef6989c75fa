"""Hashes that say what was graded (content_hash), by which grading logic (GRADER_VERSION) and with
which renderers its feedback files were written (RENDER_VERSION)."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path


def _digest(items) -> str:
    h = hashlib.sha256()
    for name, data in items:
        data = data.encode("utf-8") if isinstance(data, str) else data
        h.update(name.encode("utf-8") + b"\0" + str(len(data)).encode() + b"\0" + data)
    return h.hexdigest()[:16]


def content_hash(sources: dict[str, str | bytes]) -> str:
    """Hash of a submission: module names and contents, independent of dict order; a notebook's without its cells'
    names (bulk.notebooks.plain: where a cell stands is no content). The files the modules were read from are
    not in it (a gradebook compares them on their own, bulk.run._pending): a notebook or a bundle hashed with its
    file's name got a new hash without a new byte, and was said to be handed in again."""
    from mlptutor.grader.bulk.notebooks import plain

    return _digest(sorted((name, plain(source)) for name, source in sources.items()))


def _locate(path: str) -> Path | None:
    """Where a path of this repository ("grader/checks", "reference", "mlptutor/seeding.py") is, in the
    checkout or installed (mlptutor/grader/...): found through the package's module, so the same names
    hash the same files in both; None for a package not shipped (the student checker has no reference)."""
    top, _, rest = path.partition("/")
    spec = importlib.util.find_spec("mlptutor" if top == "mlptutor" else f"mlptutor.{top}")
    if spec is None or spec.submodule_search_locations is None:
        return None
    located = Path(next(iter(spec.submodule_search_locations))) / rest
    return located if located.exists() else None


def _files(path: str, suffixes: tuple[str, ...] = (".py",)) -> list[tuple[str, Path]]:
    """(name, file) of the files at `path` whose names end in one of `suffixes`; none when it is missing (a student
    checker carries only part of the tree)."""
    located = _locate(path)
    if located is None:
        return []
    if located.is_file():
        return [(path, located)]
    return [(f"{path}/{p.relative_to(located).as_posix()}", p) for p in located.rglob("*")
            if p.suffix in suffixes and p.is_file()]


def source_version(*paths: str, suffixes: tuple[str, ...] = (".py",)) -> str:
    """Hash of every file ending in one of `suffixes` under the given package folders (or of the given files)."""
    return _digest((name, file.read_bytes())
                   for name, file in sorted(item for path in paths for item in _files(path, suffixes)))


# What can change a score or a row's `mistake`: the specs and check kinds, the reference, how hidden inputs
# are seeded, the pipeline's judging, the sandbox that runs the calls, the relation finder and the mistake
# catalogue (they name the mistake), the report model (it totals the points) and the bulk engine (it adds the
# 0-point rows of missing exercises). A change here regrades every submission; nothing else does.
SCORE_PATHS = (
    "grader/__init__.py", "grader/pipeline.py", "grader/pricing.py", "grader/spec.py", "grader/model.py",
    "grader/mistakes.py", "grader/versioning.py", "grader/symbolic_worker.py", "grader/symbolic_relations.py",
    "grader/diskcache.py", "grader/checks", "grader/callees.py", "grader/effort.py", "grader/load_notes.py",
    "grader/cell_markers.py",
    "grader/specs", "grader/sandbox",
    "grader/relations", "grader/bulk/__init__.py", "grader/bulk/engine.py", "reference", "mlptutor/seeding.py",
    # its handed_in rewrites the rows' messages before the gradebook stores them (bulk/run.py), which a re-render
    # never reaches; a file renamed is graded again (bulk.run._pending compares the gradebook's files column)
    "grader/feedback/places.py",
)
# How a stored report is shown per student (feedback/<student>.md/.html, gradescope/<student>/results.json):
# a change here re-renders those files from the gradebook, without grading again.
RENDER_PATHS = (
    *(f"grader/feedback/{name}.py" for name in (
        "__init__", "curves", "escape", "gradescope", "html", "json", "lateness", "markdown", "summary", "text")),
    "grader/bulk/outputs.py", "grader/bulk/exports.py",
)
# Neither judging nor per-student feedback: commands, discovery, the gradebook, class-wide exports and report,
# nbgrader/LMS/Gradescope integration, release packaging, the mutation tool. Rewritten on every run or not
# run by `mlptutor grade` at all, so they need no version.
UNVERSIONED_PATHS = (
    "grader/commands.py", "grader/gradescope.py", "grader/nbgrader", "grader/release", "grader/mutation",
    *(f"grader/bulk/{name}.py" for name in (
        "class_report", "commands", "dask_executor", "discovery", "download_names", "filelimits", "folders",
        "gradebook", "gradescope_export", "ipython_script", "jobs", "late", "lms", "notebooks", "pool", "progress",
        "regrades", "rows", "run", "sources", "svg", "zips")),
)


def classified(path: Path) -> tuple[str, ...]:
    """The lists ("score", "render", "unversioned") whose paths cover the file at `path`."""
    path = path.resolve()
    lists = {"score": SCORE_PATHS, "render": RENDER_PATHS, "unversioned": UNVERSIONED_PATHS}
    return tuple(name for name, paths in lists.items()
                 if any(path == file.resolve() for p in paths for _, file in _files(p)))


_VERSIONS = {"GRADER_VERSION": SCORE_PATHS, "RENDER_VERSION": RENDER_PATHS}


def __getattr__(name: str) -> str:
    # GRADER_VERSION and RENDER_VERSION hashed on first use, not at import: `mlptutor check` imports this module
    # (content_hash) before it starts SymPy's companion, and a first check reads no cache file that needs them
    if name not in _VERSIONS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = version = source_version(*_VERSIONS[name])
    return version
