"""The files of a grading run, under one output folder:

    OUT/gradebook.sqlite                   every graded submission (the source of truth)
    OUT/grades.csv                         one row per student, one column per exercise, total
    OUT/class-report.html                  the class overview
    OUT/problems.txt                       one line per item of the last run that needs a look
    OUT/feedback/<student>.md, .html       per-student feedback (FEEDBACK_FORMATS of grader.feedback.FORMATS)
    OUT/gradescope/<student>/results.json  Gradescope's autograder results
    (<student> is `file_name(id)`: "_nul" for the id nul, a name Windows keeps for a device)

Every file is written to a temporary name and renamed, so a kill never
leaves half a file; the per-student files are written before the gradebook
commits that student, so a gradebook row always has its feedback on disk.
The temporary name is the file's own plus the writer's pid (only one
process writes an output folder, and a leftover of a killed run is simply
overwritten), which costs three syscalls per file (open, write, rename).
The per-student files carry RENDER_VERSION (the gradebook stores it per
submission): a rerun rewrites those of an older version from the gradebook.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

from mlptutor.grader.bulk.class_report import render_class_report
from mlptutor.grader.bulk.exports import gradescope_results, grades_csv, json_text
from mlptutor.grader.bulk.late import Late
from mlptutor.grader.feedback import FORMATS
from mlptutor.grader.feedback.escape import visible_line
from mlptutor.grader.feedback.lateness import LateNote
from mlptutor.grader.feedback.summary import Outline, outline
from mlptutor.grader.model import SubmissionReport
from mlptutor.grader.versioning import RENDER_VERSION

FEEDBACK_FORMATS = ("md", "html")  # written to OUT/feedback/<student><suffix>
# the names Windows keeps for devices, whatever follows a first dot: no file or folder there can be so named
_DEVICES = frozenset({"con", "prn", "aux", "nul", *(f"{port}{n}" for port in ("com", "lpt") for n in range(10))})


def file_name(student: str) -> str:
    """The name of a student's feedback files and Gradescope folder: the id, or "_" and the id for one that
    Windows keeps for a device (nul, COM1, aux.txt), which a TA unzipping OUT there could not hold. No id begins
    with "_" (mlptutor.roster.id_problem), so no two students share a name."""
    return f"_{student}" if student.split(".", 1)[0].lower() in _DEVICES else student


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` (UTF-8, mode 0600) through a temporary file and a rename; the folder must exist."""
    target = os.fspath(path)
    temporary = f"{os.path.dirname(target) or '.'}/.{os.path.basename(target)}.{os.getpid()}.tmp"
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        try:
            data = memoryview(text.encode("utf-8"))
            while data:  # a regular file takes it in one write; the loop only guards the rule
                data = data[os.write(handle, data):]
        finally:
            os.close(handle)
        os.replace(temporary, target)
    except BaseException as exc:
        os.unlink(temporary)
        if isinstance(exc, OSError) and exc.filename is None:  # os.write's error names no file: "No space left" of what?
            exc.filename = target
        raise


def write_gradescope(folder: Path, report: SubmissionReport, parts: Outline | None = None,
                     late: LateNote | None = None) -> None:
    """`folder/<student>/results.json`, compact JSON (Gradescope parses it; no indent needed)."""
    student = folder / file_name(report.student)
    student.mkdir(parents=True, exist_ok=True)
    write_atomic(student / "results.json", json_text(gradescope_results(report, parts, late=late)) + "\n")


class OutputFolder:
    def __init__(self, root: Path):
        self.root = root
        self.gradebook = root / "gradebook.sqlite"

    @cached_property
    def _feedback(self) -> Path:
        """OUT/feedback, made on the first write (one mkdir per run, not one per file)."""
        folder = self.root / "feedback"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    @property
    def render_version(self) -> str:
        """The version of the renderers write_student uses (read at call time, so a test can patch it)."""
        return RENDER_VERSION

    def has_student(self, student: str) -> bool:
        feedback = self.root / "feedback"
        named = file_name(student)
        files = [feedback / f"{named}{FORMATS[name].suffix}" for name in FEEDBACK_FORMATS]
        return all(p.exists() for p in [*files, self.root / "gradescope" / named / "results.json"])

    def write_student(self, report: SubmissionReport, late: Late | None = None) -> None:
        """The student's feedback files; a late submission's say its penalty (`late`)."""
        feedback = self._feedback
        parts = outline(report)  # grouped and totalled once for all the files
        note = LateNote.of(late, report)
        for name in FEEDBACK_FORMATS:
            suffix, render = FORMATS[name]
            write_atomic(feedback / f"{file_name(report.student)}{suffix}", render(report, parts, late=note))
        write_gradescope(self.root / "gradescope", report, parts, note)

    def write_class(self, assignment: str, reports: list[SubmissionReport], problems: list[str],
                    lateness: dict[str, Late] | None = None) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        write_atomic(self.root / "grades.csv", grades_csv(reports, lateness))
        write_atomic(self.root / "class-report.html", render_class_report(assignment, reports, problems, lateness))
        write_atomic(self.root / "problems.txt", "".join(visible_line(p) + "\n" for p in problems))
