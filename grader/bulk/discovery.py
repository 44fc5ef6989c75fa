"""Find the submissions in a class folder: who submitted, and which modules they hold.

Layouts (detected per entry, so they may be mixed; see grader/bulk/README.md):

    CLASS/submitted/<student>/<assignment>/...   nbgrader's course folder
    CLASS/<student>/...                          a folder per student (the main layout)
    CLASS/<student>.zip                          a zip per student
    CLASS/<student>_<exercise>.py|.ipynb         flat files, one per exercise
    CLASS/<student>.py|.ipynb                    flat, one file holding several exercises

Inside a submission, files become modules by the rule of grader.bulk.sources.
Submission times (for late work, grader.bulk.late) come from nbgrader's
`timestamp.txt`, or with `times_from_files` from the newest modification
time of a plain submission's files; otherwise they are unknown.
Everything that cannot be graded is reported as one line and skipped; the
rest is graded. Students appear sorted by id, so runs are reproducible.
"""

from __future__ import annotations

import re

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from mlptutor.grader.bulk.filelimits import FileLimits
from mlptutor.grader.bulk.folders import open_regular, read_file, read_folder, walk
from mlptutor.grader.bulk.late import LateError, parse_time
from mlptutor.grader.bulk.sources import Modules, modules_from_files
from mlptutor.grader.bulk.zips import ZipRefused, read_zip
from mlptutor.roster import id_problem

TIMESTAMP_BYTES = 1024  # of a timestamp.txt read: nbgrader writes one line of some 30 characters


class DiscoveryError(ValueError):
    """The class folder as a whole cannot be used (the message is one line)."""


@dataclass
class Submission:
    """One student's modules, where they came from, and what was odd about them."""

    student: str
    origin: str
    modules: Modules
    problems: list[str] = field(default_factory=list)
    submitted_at: datetime | None = None  # None: unknown


@dataclass
class Discovery:
    assignment: str
    submissions: list[Submission]
    problems: list[str]  # items that are not graded, one line each


@dataclass
class _Item:
    """A raw submission before grouping: its files (path -> bytes) and problems so far."""

    label: str
    files: dict[str, bytes] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    submitted_at: datetime | None = None
    paths: list[Path] = field(default_factory=list)  # what it was read from (for file times)


def discover(root: Path, exercises: Collection[str], assignment: str | None = None,
             limits: FileLimits = FileLimits(), times_from_files: bool = False) -> Discovery:
    """All submissions under `root` for `assignment` (default: nbgrader's only one, else root's name);
    `times_from_files` dates plain submissions by their files' modification times."""
    if not root.is_dir():
        raise DiscoveryError(f"{root} is not a folder: give the folder holding the submissions")
    if (root / "submitted").is_dir():
        assignment, items, problems = _nbgrader(root, assignment, limits)
    else:
        items, problems = _class_folder(root, exercises, limits, times_from_files)
        assignment = assignment or root.resolve().name
    return Discovery(assignment, *_submissions(items, exercises, problems))


def _student_ok(student: str, label: str, problems: list[str]) -> bool:
    """The roster's id rule (mlptutor.roster.id_problem), for every layout; a bad id is one line."""
    if (problem := id_problem(student)) is None:
        return True
    problems.append(f"{label}: {problem}; rename it, not graded")
    return False


def _inside(path: Path, root: Path, label: str, problems: list[str]) -> bool:
    """Whether `path` stays in the course's submitted/ folder; a link out of it is a line in `problems`."""
    if path.resolve().is_relative_to((root / "submitted").resolve()):
        return True
    problems.append(f"{label}: a symbolic link out of the submitted folder; ignored")
    return False


def _student_folders(root: Path, problems: list[str]) -> list[Path]:
    """The student folders under submitted/ that stay inside it."""
    return [entry for entry in sorted((root / "submitted").iterdir())
            if entry.is_dir() and not entry.name.startswith(".")
            and _inside(entry, root, f"submitted/{entry.name}", problems)]


def nbgrader_assignment(root: Path, assignment: str | None) -> str:
    """`assignment`, else the only one under the nbgrader course's submitted/ (DiscoveryError if not one)."""
    if assignment is not None:
        return assignment
    return _only_assignment(root, _student_folders(root, []))  # the links are told when the assignment is read


def _only_assignment(root: Path, students: list[Path]) -> str:
    """The one assignment the student folders `students` of submitted/ hold (DiscoveryError if not one)."""
    found = sorted({a.name for s in students for a in s.iterdir() if a.is_dir() and not a.name.startswith(".")})
    if len(found) != 1:
        names = ", ".join(found) or "none"
        raise DiscoveryError(f"{root / 'submitted'} holds {len(found)} assignments ({names}): "
                             "pick one with --assignment")
    return found[0]


def _nbgrader(root: Path, assignment: str | None, limits: FileLimits):
    problems: list[str] = []
    students = _student_folders(root, problems)  # listed once: it also tells the only assignment
    assignment = assignment if assignment is not None else _only_assignment(root, students)
    items: dict[str, list[_Item]] = {}
    for folder in students:
        label = f"submitted/{folder.name}/{assignment}"
        if not (folder / assignment).is_dir():
            continue
        if _inside(folder / assignment, root, label, problems) and _student_ok(folder.name, label, problems):
            files, notes = read_folder(folder / assignment, limits)
            when = _timestamp(folder / assignment / "timestamp.txt", label, notes)
            items.setdefault(folder.name, []).append(_Item(label + "/", files, notes, when))
    return assignment, items, problems


def _timestamp(path: Path, label: str, problems: list[str]) -> datetime | None:
    """The time in nbgrader's timestamp.txt, None when there is none; an unreadable one is a problem line."""
    if path.is_symlink():  # nbgrader writes a file: a link would put another file's text in the student's notes
        problems.append(f"{label}/timestamp.txt: a symbolic link, not read; submission time unknown")
        return None
    try:
        with open_regular(path) as handle:  # a student may leave anything there: a FIFO, gigabytes
            return parse_time(handle.read(TIMESTAMP_BYTES).decode("utf-8", errors="replace"))
    except FileNotFoundError:
        return None
    except (OSError, LateError) as exc:
        problems.append(f"{label}/timestamp.txt: {getattr(exc, 'strerror', None) or exc}; submission time unknown")
        return None


def _modified(path: Path) -> datetime:
    """The newest modification time of the file `path` or of the files below the folder `path`, UTC."""
    found = (Path(here, name) for here, _, names in walk(path, []) for name in names) if path.is_dir() else [path]
    files = [p for p in found if p == path or p.is_file() and not p.is_symlink()]
    newest = max((p.lstat().st_mtime for p in files), default=path.lstat().st_mtime)
    return datetime.fromtimestamp(newest, timezone.utc)


# How LMS downloads name each student's files; the student becomes the id the LMS's class list gives as roster
# (mlptutor/lms_rosters.py):
# - Canvas's "Download Submissions": <lastfirst>[_late]_<user id>_<submission id>_<the student's file name>, a
#   resubmission's with "-<n>" before its extension: Canvas's user id;
# - Blackboard's "Assignment File Download": <assignment>_<username>_attempt_<YYYY-MM-DD-HH-MM-SS>_<file name>,
#   beside a <assignment>_<username>_attempt_<time>.txt receipt (not the student's work: passed over): the username.
_DOWNLOADS = (re.compile(r"[a-z]*(?:_late)?_([0-9]+)_[0-9]+_(.+?)(?:-[0-9]+)?", re.IGNORECASE),
              re.compile(r".*_([^_]+)_attempt_[0-9]{4}(?:-[0-9]{2}){5}_(.+)"))
_BLACKBOARD_RECEIPT = re.compile(r".*_[^_]+_attempt_[0-9]{4}(?:-[0-9]{2}){5}\.txt")


def _download_owner(stem: str) -> tuple[str, str] | None:
    """(student, the student's own file stem) of a file an LMS download named, else None."""
    found = next((m for m in (p.fullmatch(stem) for p in _DOWNLOADS) if m), None)
    return (found.group(1), found.group(2)) if found else None


def _flat_owner(stem: str, exercises: Collection[str]) -> tuple[str, str | None]:
    """(student, exercise or the student's own file stem) of a flat file stem: 'ann_lee_softmax' ->
    ('ann_lee', 'softmax'); Canvas's 'leeann_101_5551_softmax-1' -> ('101', 'softmax')."""
    if owner := _download_owner(stem):
        return owner
    for exercise in sorted(exercises, key=len, reverse=True):
        if stem.endswith("_" + exercise) and len(stem) > len(exercise) + 1:
            return stem[: -len(exercise) - 1], exercise
    return stem, None


def _class_folder(root: Path, exercises: Collection[str], limits: FileLimits, times_from_files: bool):
    items: dict[str, list[_Item]] = {}
    flat: dict[str, _Item] = {}
    problems: list[str] = []
    for entry in sorted(root.iterdir()):
        name = entry.name
        if name.startswith("."):
            continue
        if entry.is_symlink() and not entry.resolve().is_relative_to(root.resolve()):
            problems.append(f"{name}: a symbolic link out of the class folder; ignored")
        elif entry.is_dir():
            if _student_ok(name, name, problems):
                files, notes = read_folder(entry, limits)
                items.setdefault(name, []).append(_Item(name + "/", files, notes, paths=[entry]))
        elif entry.suffix == ".zip":
            student = (_download_owner(entry.stem) or (entry.stem,))[0]
            if _student_ok(student, name, problems):
                items.setdefault(student, []).append(_zip_item(entry, limits))
        elif entry.suffix in (".py", ".ipynb"):
            _add_flat(entry, root, exercises, limits, flat, problems)
        elif not _BLACKBOARD_RECEIPT.fullmatch(name):
            problems.append(f"{name}: not a submission (expected a folder, .zip, .py or .ipynb); ignored")
    for student, item in flat.items():
        items.setdefault(student, []).append(item)
    if times_from_files:
        for student, found in items.items():
            for item in found:
                item.submitted_at = max(_modified(p) for p in item.paths)
    return items, problems


def _zip_item(path: Path, limits: FileLimits) -> _Item:
    try:
        files, notes = read_zip(path, limits)
    except ZipRefused as exc:
        return _Item(path.name, problems=[f"{path.name}: {exc}"], paths=[path])
    return _Item(path.name, files, [f"{path.name}: {n}" for n in notes], paths=[path])


def _add_flat(entry: Path, root: Path, exercises, limits, flat: dict[str, _Item], problems: list[str]) -> None:
    if entry.stem in exercises:
        problems.append(f"{entry.name}: named like an exercise, not a student; "
                        "give the class folder (one folder or file per student), not one student's folder")
        return
    student, exercise = _flat_owner(entry.stem, exercises)
    if not _student_ok(student, entry.name, problems):
        return
    item = flat.setdefault(student, _Item(""))
    item.label = f"{item.label} + {entry.name}" if item.label else entry.name
    item.paths.append(entry)
    data = read_file(entry, root, entry.name, limits, item.problems)
    if data is not None:
        item.files[(exercise or student) + entry.suffix] = data


def _submissions(items: dict[str, list[_Item]], exercises: Collection[str], problems: list[str]):
    by_folded: dict[str, list[str]] = {}
    for student in items:
        by_folded.setdefault(student.casefold(), []).append(student)
    submissions = []
    for student in sorted(items):
        clash = [i.label for s in by_folded[student.casefold()] for i in items[s]]
        if len(clash) > 1:
            problems.append(f"{student}: several submissions ({', '.join(clash)}); none graded: keep exactly one")
            continue
        (item,) = items[student]
        if not item.files:
            reason = "; ".join(item.problems) or f"{item.label}: no .py or .ipynb files"
            problems.append(f"{student}: nothing to grade ({reason})")
            continue
        modules, notes = modules_from_files(item.files, exercises)
        if not modules:
            problems.append(f"{student}: nothing to grade ({'; '.join(item.problems + notes)})")
            continue
        submissions.append(Submission(student, item.label, modules, item.problems + notes, item.submitted_at))
    return submissions, problems
