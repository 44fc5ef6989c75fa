"""Which files of a submission are read, and how much of them: the guards against junk and zip bombs.

A student's folder or zip may hold anything (editor backups, `__MACOSX`,
datasets, a zip bomb); only `.py` and `.ipynb` files outside hidden and
cache folders are read, and only within these limits.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

SOURCE_SUFFIXES = (".py", ".ipynb")
SKIPPED_FOLDERS = {"__pycache__", "__MACOSX", ".ipynb_checkpoints"}


@dataclass(frozen=True)
class FileLimits:
    file_bytes: int = 2 << 20  # one source file or notebook
    total_bytes: int = 16 << 20  # all files of one submission, uncompressed
    entries: int = 500  # entries of a zip (of any kind) or source files of a folder
    depth: int = 32  # folders below a submission's folder that are entered (os.walk recursed out at ~1000)
    walked: int = 10_000  # names listed in a submission's folders, the shallowest first (a venv, a dataset)


def wanted(path: str) -> bool:
    """True for a .py/.ipynb path (relative, '/'-separated) outside hidden and cache folders."""
    parts = PurePosixPath(path).parts
    return (
        path.endswith(SOURCE_SUFFIXES)
        and not any(p.startswith(".") or p in SKIPPED_FOLDERS for p in parts)
    )


def misnamed(path: str) -> str | None:
    """Why a file named almost as a source file is not one ("Softmax.PY", "softmax.py.txt": a Windows editor's or
    download's names), with the name it wants; None for any other. Unread without a word, the student's only line was
    "no exercise files in this folder"."""
    parts = PurePosixPath(path).parts
    stem, dot, suffix = parts[-1].rpartition(".")
    # a hidden file or folder is skipped on purpose (macOS's ._softmax.py beside softmax.py): "rename it ._softmax.py"
    if wanted(path) or not dot or not stem or any(p.startswith(".") or p in SKIPPED_FOLDERS for p in parts):
        return None
    if f".{suffix.lower()}" in SOURCE_SUFFIXES:
        return f"as its extension is .{suffix}: rename it {stem}.{suffix.lower()}"
    inner = PurePosixPath(stem).suffix
    if suffix.lower() == "txt" and inner.lower() in SOURCE_SUFFIXES:
        return f"as it ends in .txt (an editor or Windows, which hides extensions, added it): rename it {stem}"
    return None


def unread_zips(paths: list[str], read_top: bool) -> list[str]:
    """The zips among `paths` (relative, '/'-separated) that no reader opens: every one inside a zip or below a
    folder's top, and those at its top unless `read_top` (a folder holding no source file: zips.read_upload).
    Unsaid, a student's hw.zip beside main.py, or code.zip inside the Canvas attachment work.zip, was left out
    without a word."""
    return sorted(path for path in paths if path.lower().endswith(".zip") and ("/" in path or not read_top)
                  and not any(p.startswith(".") or p in SKIPPED_FOLDERS for p in PurePosixPath(path).parts))


def unread_zips_line(paths: list[str], why: str) -> list[str]:
    """One line naming the zips `unread_zips` found and `why` they are not read, or none."""
    return [f"{first_five(paths)}: not read, {why}"] if paths else []


def first_five(names: list[str]) -> str:
    """The first five of `names`, and how many more there are: one line for what a limit left out."""
    return ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
