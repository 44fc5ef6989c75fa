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
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from grader.bulk.class_report import render_class_report
from grader.bulk.exports import gradescope_results, grades_csv
from grader.feedback.html import render_html
from grader.feedback.markdown import render_markdown
from grader.model import SubmissionReport


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` (UTF-8) through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def write_gradescope(folder: Path, report: SubmissionReport) -> None:
    write_atomic(folder / report.student / "results.json", json.dumps(gradescope_results(report), indent=2) + "\n")


class OutputFolder:
    def __init__(self, root: Path):
        self.root = root
        self.gradebook = root / "gradebook.sqlite"

    def _student_files(self, student: str) -> list[Path]:
        feedback = self.root / "feedback"
        return [feedback / f"{student}.md", feedback / f"{student}.html", self.root / "gradescope" / student / "results.json"]

    def has_student(self, student: str) -> bool:
        return all(p.exists() for p in self._student_files(student))

    def write_student(self, report: SubmissionReport) -> None:
        markdown, html, _ = self._student_files(report.student)
        write_atomic(markdown, render_markdown(report))
        write_atomic(html, render_html(report))
        write_gradescope(self.root / "gradescope", report)

    def write_class(self, assignment: str, reports: list[SubmissionReport], problems: list[str]) -> None:
        write_atomic(self.root / "grades.csv", grades_csv(reports))
        write_atomic(self.root / "class-report.html", render_class_report(assignment, reports, problems))
        write_atomic(self.root / "problems.txt", "".join(p + "\n" for p in problems))
