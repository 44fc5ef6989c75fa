"""Feedback in an nbgrader course's own layout, so `nbgrader release_feedback` hands it out:

    <course>/feedback/<student>/<assignment>/<notebook>.html
    <course>/feedback/<student>/<assignment>/timestamp.txt           copied from submitted/
    <course>/feedback/<student>/<assignment>/submission_secret.txt   copied from submitted/

(nbgrader's `generate_feedback` writes the same; `release_feedback` names each
released file by a hash of the notebook name and the submission's secret, and
the student's `fetch_feedback` finds it by that hash.) A notebook named after an
exercise gets that exercise's feedback; any other notebook, or a submission
without notebooks (`<assignment>.html`), the whole report.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from mlptutor.grader.bulk.folders import open_regular
from mlptutor.grader.bulk.late import Late
from mlptutor.grader.bulk.outputs import write_atomic
from mlptutor.grader.feedback.html import render_html
from mlptutor.grader.feedback.lateness import LateNote
from mlptutor.grader.model import SubmissionReport

COPIED = ("timestamp.txt", "submission_secret.txt")
COPIED_BYTES = 4096  # of each: nbgrader writes one line of some 30 characters


def write_course_feedback(course: Path, assignment: str, report: SubmissionReport,
                          late: Late | None = None) -> list[str]:
    """Write `report` as the student's feedback files in the course (each saying the whole submission's late
    penalty, if any); returns one line per file `release_feedback` will need and the submission lacks."""
    submitted = course / "submitted" / report.student / assignment
    folder = course / "feedback" / report.student / assignment
    folder.mkdir(parents=True, exist_ok=True)
    exercises = {c.exercise for c in report.checks}
    notebooks = sorted(p.stem for p in submitted.glob("*.ipynb")) or [assignment]
    note = LateNote.of(late, report)
    for notebook in notebooks:
        part = report
        if notebook in exercises:
            part = replace(report, checks=[c for c in report.checks if c.exercise == notebook])
        page = folder / f"{notebook}.html"
        write_atomic(page, render_html(part, late=note))
        os.chmod(page, 0o644)  # as nbgrader's generate_feedback: release_feedback copies it, mode and all, for the student
    missing = []
    for name in COPIED:
        text = _own_line(submitted / name)
        if text is None:
            missing.append(name)
        else:
            write_atomic(folder / name, text)
    if not missing:
        return []
    return [f"{report.student}: no {' or '.join(missing)} in submitted/{report.student}/{assignment}/, so nbgrader "
            "release_feedback cannot hand out the feedback (collect submissions with nbgrader collect)"]


def _own_line(path: Path) -> str | None:
    """The start of the submission's file `path`, None if there is none. Never a link: the copy goes to the
    student, and a link's target (a grader's file) is not the submission's; never more than COPIED_BYTES."""
    if path.is_symlink():
        return None
    try:
        with open_regular(path) as handle:
            return handle.read(COPIED_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return None
