"""Read the source files of a submission folder (or one loose file), safely.

Symbolic links are followed only when they stay inside the submission
(a link to /etc/passwd or into another student's folder is ignored with one
line); files over the size limit and unreadable files are reported and
skipped; hidden and cache folders are never entered.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Collection
from pathlib import Path

from mlptutor.grader.bulk.filelimits import (SKIPPED_FOLDERS, SOURCE_SUFFIXES, FileLimits, first_five, misnamed,
                                             unread_zips, unread_zips_line, wanted)


def open_regular(path: str | Path):
    """`path` opened for reading in binary, or OSError when it is no regular file: opening a FIFO a
    submission holds would block the whole run, and reading it or a device would never end."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)  # a FIFO opens at once, to be refused
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_file(path: str | Path, root: Path, label: str, limits: FileLimits, problems: list[str]) -> bytes | None:
    """Content of `path` (shown as `label` in problems), or None with a problem line;
    a symbolic link must stay inside `root`."""
    if os.path.islink(path):
        if not Path(os.path.realpath(path)).is_relative_to(root.resolve()):
            problems.append(f"{label}: a symbolic link out of its submission; ignored")
            return None
        if not os.path.exists(path):  # to a missing file, or a loop of links
            problems.append(f"{label}: a symbolic link to no file; ignored")
            return None
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size  # of the file opened, without a second path lookup
            if size > limits.file_bytes:
                problems.append(f"{label}: {size} bytes, over the limit of {limits.file_bytes}; ignored"
                                + (" (clear its outputs: Kernel > Restart & Clear Output, and save it again)"
                                   if label.endswith(".ipynb") else ""))
                return None
            # asking for the size found (not the limit) spares a buffer of the limit's size per file;
            # a file grown since is read on, up to the same limit as one read of the limit would
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(limits.file_bytes - size)
            return data
    except OSError as exc:
        problems.append(f"{label}: cannot be read ({exc.strerror or exc}); ignored")
        return None


def walk(folder: Path, problems: list[str], depth: int = FileLimits.depth, names: int = FileLimits.walked,
         named: Collection[str] = ()):
    """(folder path, that path relative to `folder` + "/", its file names) of `folder` and the folders below it,
    breadth first (the shallowest, where a submission's files are, first), each level by path, hidden and cache
    folders skipped, links to folders not entered; those more than `depth` levels down are one problem line, not
    entered (a submission nested 1,500 deep stopped os.walk, and the whole run, with a RecursionError). At most about
    `names` names are listed in all: a folder holding more than its share of those left (an equal part among the
    folders of its level not yet listed) is not read, nor what is below it, the folders not read said in one line;
    a part of a folder would be the disk's choice. Listed whole before any file was read, a folder holding a dataset
    of 100,000 small files and a venv of 20,000 modules cost 120,508 names (0.65 s of CPU, its dentries cached); a
    walk depth first spent any cap in env/ before src/ was reached; a walk stopping at the cap dropped the folders
    beside the one overflowing (src/losses.py beside data/ of 10,001 files). `folder` itself over its share, the
    files of `named` are looked up at its top by name, not listed (a student's softmax.py beside a dataset of 10,001
    images was "not read", and the submission had nothing to grade)."""
    level, left, skipped = [(folder, "./")], names, []
    while level:
        below = []
        for at, (here, prefix) in enumerate(level):
            share = left // (len(level) - at)  # what a folder listed before left over goes to those after it
            files, dirs, over = [], [], False
            try:
                with os.scandir(here) as entries:
                    for entry in entries:
                        if over := len(files) + len(dirs) == share:
                            break
                        if not _is_dir(entry):
                            files.append(entry.name)
                        elif not entry.is_symlink():
                            dirs.append(entry.name)
            except OSError as exc:
                problems.append(f"{folder.name}: cannot list {Path(here).name} ({exc.strerror}); ignored")
                continue
            left -= len(files) + len(dirs)
            if over:
                skipped.append(prefix)
                if prefix == "./" and (found := [name for name in named if os.path.lexists(os.path.join(here, name))]):
                    yield here, prefix, found
                continue
            dirs = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_FOLDERS)
            if dirs and prefix.count("/") > depth:
                problems.append(f"{folder.name}/{prefix}: folders nested over {depth} deep; not entered")
                dirs = []
            yield here, prefix, files
            below += [(os.path.join(here, d), d + "/" if prefix == "./" else prefix + d + "/") for d in dirs]
        level = below
    if skipped:
        but = (" but for the exercise files at its top, looked up by name (else its zips)"
               if skipped[0] == "./" and named else "")
        problems.append(f"{folder.name}: {first_five(skipped)}: over its share of the {names} names listed in a "
                        f"submission's folders (a venv, node_modules, a dataset?); not read{but}")


MISNAMED = 5  # files named almost as source files, said one a line; the rest in one


def _is_dir(entry: os.DirEntry) -> bool:
    """Whether `entry` is a folder or a link to one; a loop of links is none (as os.walk takes it, read as a file
    and said to be a link to no file, not a folder that could not be listed)."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def read_folder(folder: Path, limits: FileLimits = FileLimits(), prefix: str | None = None,
                exercises: Collection[str] = ()) -> tuple[dict[str, bytes], list[str]]:
    """(relative path -> bytes of the wanted files under `folder`, problems); links stay inside `folder`. `prefix`
    starts each file's name in a problem (`folder`'s name and "/" unless given); the files named after `exercises`
    are looked up by name in a folder too large to list (walk). The shallowest files are read
    first, as the grader's rule prefers them (grader.bulk.sources): over the limits, the deepest are left out, said in
    one line (read in the walk's order, a repository's env/ or node_modules/ used up the 500 files before its src/
    was reached: every exercise missing, and only "the rest ignored" said so)."""
    prefix = f"{folder.name}/" if prefix is None else prefix
    problems: list[str] = []
    named = [exercise + suffix for exercise in exercises for suffix in SOURCE_SUFFIXES]
    walked = [(name if under == "./" else under + name, here, name)
              for here, under, names in walk(folder, problems, limits.depth, limits.walked, named) for name in names]
    listed = sorted((item for item in walked if wanted(item[0])), key=lambda item: (item[0].count("/"), item[0]))
    problems += _misnamed(prefix, sorted(relative for relative, _, _ in walked))
    files: dict[str, bytes] = {}
    total = 0
    for at, (relative, here, name) in enumerate(listed):
        if at == limits.entries:
            problems.append(_left_out(prefix, f"{len(listed)} source files, over the limit of {limits.entries}",
                                      listed[at:]))
            break
        data = read_file(os.path.join(here, name), folder, prefix + relative, limits,
                         problems)
        if data is None:
            continue
        total += len(data)
        if total > limits.total_bytes:
            problems.append(_left_out(prefix, f"over {limits.total_bytes} bytes of source", listed[at:]))
            break
        files[relative] = data
    zips = unread_zips([relative for relative, _, _ in walked], read_top=not files)
    return files, problems + unread_zips_line(
        [prefix + path for path in zips], "as a zip is read only alone at a folder's top, where no source file is: "
        "unzip it where its files belong")


def read_submission(folder: Path, exercises, notebooks_first: bool = False, prefix: str | None = None,
                    origins: dict[str, tuple[str, ...]] | None = None) -> tuple[dict[str, str | bytes], list[str]]:
    """(module name -> source, problems) of one submission folder as `mlptutor grade` reads it:
    grader.bulk.zips.read_upload (a zip read when the folder holds no source file), then
    grader.bulk.sources.modules_from_files (which fills `origins`). One reading for `check --student`, the
    Gradescope autograder and nbgrader's test cells, so that each seeds the hidden inputs grade seeds."""
    from mlptutor.grader.bulk.sources import modules_from_files
    from mlptutor.grader.bulk.zips import read_upload  # it reads folders with this module

    files, problems = read_upload(folder, prefix=prefix, exercises=exercises)
    modules, notes = modules_from_files(files, exercises, notebooks_first, origins)
    return modules, problems + notes


def _misnamed(prefix: str, paths: list[str]) -> list[str]:
    """A line for each of the first MISNAMED `paths` named almost as a source file (filelimits.misnamed), and one for
    the rest: 300 *.PY files were 300 lines, in the order the disk listed them."""
    found = [(path, why) for path in paths if (why := misnamed(path))]
    rest = [prefix + path for path, _ in found[MISNAMED:]]
    return [f"{prefix}{path}: not read, {why}" for path, why in found[:MISNAMED]] + (
        [f"{first_five(rest)}: not read either, for names as those above"] if rest else [])


def _left_out(prefix: str, why: str, left: list[tuple[str, str]]) -> str:
    """The one line saying which files a limit left out (the deepest, from `left`'s first)."""
    return (f"{prefix.rstrip('/') or 'the upload'}: {why}; the {len(left)} deepest ignored (from "
            f"{prefix}{left[0][0]} on)")
