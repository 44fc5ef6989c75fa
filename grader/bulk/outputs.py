"""The files of a grading run, under one output folder:

    OUT/gradebook.sqlite                   every graded submission (the source of truth)
    OUT/grades.csv                         one row per student, one column per exercise, total
    OUT/class-report.html                  the class overview
    OUT/problems.txt                       one line per item of the last run that needs a look
    OUT/feedback/<student>.md, .html       per-student feedback
    OUT/gradescope/<student>/results.json  Gradescope's autograder results

Every file is written to a temporary name and renamed, so a kill never
leaves half a file; the per-student files are written before the gradebook
commits that student, so a gradebook row always has its feedback on disk.
The temporary name is the file's own plus the writer's pid (only one
process writes an output folder, and a leftover of a killed run is simply
overwritten), which costs three syscalls per file (open, write, rename).
"""

from __future__ import annotations

import json
import os
from functools import cached_property
from pathlib import Path

from grader.bulk.class_report import render_class_report
from grader.bulk.exports import gradescope_results, grades_csv
from grader.bulk.late import Late
from grader.feedback.escape import visible_line
from grader.feedback.html import render_html
from grader.feedback.markdown import render_markdown
from grader.feedback.summary import Outline, outline
from grader.model import SubmissionReport


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
    except BaseException:
        os.unlink(temporary)
        raise


def write_gradescope(folder: Path, report: SubmissionReport, parts: Outline | None = None) -> None:
    """`folder/<student>/results.json`, compact JSON from the C encoder (Gradescope parses it; no indent needed)."""
    student = folder / report.student
    student.mkdir(parents=True, exist_ok=True)
    write_atomic(student / "results.json", json.dumps(gradescope_results(report, parts)) + "\n")


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

    def has_student(self, student: str) -> bool:
        feedback = self.root / "feedback"
        files = (feedback / f"{student}.md", feedback / f"{student}.html",
                 self.root / "gradescope" / student / "results.json")
        return all(p.exists() for p in files)

    def write_student(self, report: SubmissionReport) -> None:
        feedback = self._feedback
        parts = outline(report)  # grouped and totalled once for the three files
        write_atomic(feedback / f"{report.student}.md", render_markdown(report, parts))
        write_atomic(feedback / f"{report.student}.html", render_html(report, parts))
        write_gradescope(self.root / "gradescope", report, parts)

    def write_class(self, assignment: str, reports: list[SubmissionReport], problems: list[str],
                    lateness: dict[str, Late] | None = None) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        write_atomic(self.root / "grades.csv", grades_csv(reports, lateness))
        write_atomic(self.root / "class-report.html", render_class_report(assignment, reports, problems, lateness))
        write_atomic(self.root / "problems.txt", "".join(visible_line(p) + "\n" for p in problems))
