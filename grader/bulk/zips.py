"""Read the source files of a student's zip in memory, safely: nothing is extracted to disk.

Refused with one line each: a corrupt or encrypted archive, more entries
than the limit, members that are symlinks or whose names leave the archive
(absolute, `..`), and members larger than the limits once decompressed (read
with a cap, so a lying header cannot fool it).
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from mlptutor.grader.bulk.filelimits import FileLimits, wanted
from mlptutor.grader.bulk.folders import open_regular


class ZipRefused(ValueError):
    """The whole archive is unusable (the message is one line)."""


def _unsafe_name(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return path.is_absolute() or ".." in path.parts or ":" in name


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


# the central directory's bytes an entry may take: 46 fixed, its name, extra field and comment (a course's zips
# take under 200); beyond limits.entries of them the archive is refused before zipfile parses a byte of it
DIRECTORY_BYTES_PER_ENTRY = 1024


def _check_entries(count: int, limits: FileLimits) -> None:
    if count > limits.entries:
        raise ZipRefused(f"{count} entries, more than the limit of {limits.entries} (zip bomb?)")


def _check_directory(handle, limits: FileLimits) -> None:
    """Refuse the archive from its end record alone: zipfile parses the whole central directory into ZipInfo
    objects on opening, before any count can be checked (a 51 MB zip of a million entries held the grading
    process at 480 MB for 4.5 s of CPU; that directory is parsed whatever count the end record claims)."""
    end = zipfile._EndRecData(handle)  # the end record (zip64's when there is one), as ZipFile reads it next
    if end is None:
        return  # not a zip: ZipFile says so
    _check_entries(end[zipfile._ECD_ENTRIES_TOTAL], limits)
    size = end[zipfile._ECD_SIZE]
    if size > limits.entries * DIRECTORY_BYTES_PER_ENTRY:
        raise ZipRefused(f"a central directory of {size} bytes, more than {limits.entries} entries take (zip bomb?)")


def read_zip(path: Path, limits: FileLimits = FileLimits()) -> tuple[dict[str, bytes], list[str]]:
    """(member path -> bytes for every wanted member, problems); raises ZipRefused."""
    try:
        with open_regular(path) as handle:
            _check_directory(handle, limits)
            with zipfile.ZipFile(handle) as archive:
                infos = archive.infolist()
                _check_entries(len(infos), limits)  # the directory may hold more than its end record says
                return _read_members(archive, infos, limits)
    except ZipRefused:
        raise
    except RuntimeError as exc:  # encrypted members
        raise ZipRefused(f"cannot be read ({exc}); ask for an unencrypted zip") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError, ValueError) as exc:
        raise ZipRefused(f"not a readable zip ({getattr(exc, 'strerror', None) or exc or type(exc).__name__}); "
                        "ask for a new one") from None


def _read_members(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limits: FileLimits):
    files: dict[str, bytes] = {}
    problems: list[str] = []
    total = 0
    for info in infos:
        name = info.filename
        if info.is_dir():
            continue
        if _unsafe_name(name):
            problems.append(f"{name}: path leaves the archive; ignored")
            continue
        path = name.replace("\\", "/")
        if not wanted(path):
            continue
        if path in files:  # which copy counts would depend on the tool: the grader's could differ from a reader's
            raise ZipRefused(f"{name} is in the archive twice; ask for a zip holding each file once")
        if _is_symlink(info):
            problems.append(f"{name}: a symbolic link; ignored")
            continue
        with archive.open(info) as member:
            data = member.read(limits.file_bytes + 1)
        if len(data) > limits.file_bytes:
            raise ZipRefused(f"{name} is larger than {limits.file_bytes} bytes uncompressed (zip bomb?)")
        total += len(data)
        if total > limits.total_bytes:
            raise ZipRefused(f"more than {limits.total_bytes} bytes uncompressed (zip bomb?)")
        files[path] = data
    return files, problems
