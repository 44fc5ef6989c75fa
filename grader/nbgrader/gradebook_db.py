"""mlptutor's grades written into an nbgrader course's gradebook.db, through `nbgrader.api.Gradebook`.

The structure nbgrader needs, derived from the exercise specs (so every
student has the same maximum):

    assignment  the mlptutor assignment
    notebook    one per exercise, named after it (softmax)
    grade cell  one per graded function (its grade_id is the function's name), max_score the
                function's points; a solution cell of the same name carries the comment

Per student: the student, the submission (timestamp when known; a late
penalty mlptutor's policy took is the submitted notebooks' late penalty, taken
from the first notebooks up to their scores, as nbgrader's own plugin does per notebook), and per
grade cell the function's points as `auto_score` with `needs_manual_grade`
False (else formgrader flags every submission), and the function's check
lines as the cell's `auto_comment` (Markdown-escaped: nbgrader renders
comments as Markdown). Rows of a missing or unloadable file
(function "(file)") earn no points; their message goes into the comment of
each of the exercise's functions.

Idempotent: every object is found or created by name, so a rerun updates
the same rows and never adds duplicates. A manual score an instructor gave
in formgrader is kept (nbgrader shows it in place of the automatic one).
"""

from __future__ import annotations

import warnings

from dataclasses import dataclass

from mlptutor.grader.bulk.late import Late
from mlptutor.grader.feedback.escape import md_text
from mlptutor.grader.feedback.summary import check_label
from mlptutor.grader.model import SubmissionReport
from mlptutor.grader.nbgrader.api import nbgrader_api, tools_on_path
from mlptutor.grader.nbgrader.course import Course
from mlptutor.roster import Student

FILE = "(file)"


@dataclass(frozen=True)
class Cell:
    notebook: str  # the exercise
    name: str  # the function
    max_score: float


def structure(specs: dict) -> list[Cell]:
    """One grade cell per function of every exercise spec (name -> ExerciseSpec), in spec order."""
    return [Cell(name, fn.name, fn.max_points) for name in sorted(specs) for fn in specs[name].functions]


def _comment(report: SubmissionReport, cell: Cell) -> str:
    own = [c for c in report.checks if c.exercise == cell.notebook and c.function == cell.name]
    rows = own or [c for c in report.checks if c.exercise == cell.notebook and c.function == FILE]
    lines = [f"{'ok' if r.passed else 'FAILED'} {check_label(r)}: {r.message}".rstrip(": ") for r in rows]
    lines += [f"looks like {r.mistake}: {r.hint or ''}".rstrip(": ") for r in rows if r.mistake]
    return "\n\n".join(map(md_text, lines))  # nbgrader renders comments as Markdown: student text stays text


def _notebook_score(report: SubmissionReport, exercise: str) -> float:
    return round(sum(c.points for c in report.checks if c.exercise == exercise), 6)


def _score(report: SubmissionReport, cell: Cell) -> float:
    return round(sum(c.points for c in report.checks if c.exercise == cell.notebook and c.function == cell.name), 6)


def write_gradebook_db(course: Course, assignment: str, cells: list[Cell], reports: list[SubmissionReport],
                       roster: dict[str, Student] | None = None, lateness: dict[str, Late] | None = None) -> int:
    """Write `reports` of `assignment` into the course's gradebook.db; returns how many were written."""
    api = nbgrader_api()
    roster, lateness = roster or {}, lateness or {}
    with warnings.catch_warnings(), tools_on_path(), api.Gradebook(course.db_url, course.course_id) as gb:
        # nbgrader's add_submission under SQLAlchemy 2 warns that a backref will not cascade (_mirror adds those
        # rows): a SAWarning with nbgrader's source line on the instructor's terminal, about nothing to fix
        warnings.filterwarnings("ignore", message=r"Object of type <Submitted\w+> not in session")
        gb.update_or_create_assignment(assignment)
        for notebook in sorted({c.notebook for c in cells}):
            gb.update_or_create_notebook(notebook, assignment)
        for cell in cells:
            gb.update_or_create_grade_cell(cell.name, cell.notebook, assignment, max_score=cell.max_score,
                                           cell_type="code")
            gb.update_or_create_solution_cell(cell.name, cell.notebook, assignment)
        for report in reports:
            who = roster.get(report.student)
            names = {"first_name": who.first_name, "last_name": who.last_name, "email": who.email} if who else {}
            gb.update_or_create_student(report.student, **{k: v for k, v in names.items() if v})
            late = lateness.get(report.student, Late())
            when = late.submitted_at.replace(tzinfo=None) if late.submitted_at else None  # nbgrader: naive UTC
            submission = gb.update_or_create_submission(assignment, report.student,
                                                        **({"timestamp": when} if when else {}))
            _mirror(api, gb, submission)
            penalty = late.penalty
            for notebook in sorted(submission.notebooks, key=lambda nb: nb.name):
                notebook.late_submission_penalty = taken = min(penalty, _notebook_score(report, notebook.name))
                penalty -= taken
            for cell in cells:
                grade = gb.find_grade(cell.name, cell.notebook, assignment, report.student)
                grade.auto_score = _score(report, cell)
                grade.needs_manual_grade = False
                comment = gb.find_comment(cell.name, cell.notebook, assignment, report.student)
                comment.auto_comment = _comment(report, cell)
            gb.db.commit()
    return len(reports)


def _mirror(api, gb, submission) -> None:
    """Give an existing submission the notebooks, grades and comments of cells added since it was
    created (nbgrader mirrors the assignment only when a submission is first added)."""
    have = {nb.notebook.name: nb for nb in submission.notebooks}
    with gb.db.no_autoflush:  # new rows are added explicitly: SQLAlchemy 2 does not cascade them via backrefs
        for notebook in submission.assignment.notebooks:
            submitted = have.get(notebook.name)
            if submitted is None:
                submitted = api.SubmittedNotebook(notebook=notebook, assignment=submission)
                gb.db.add(submitted)
            graded = {g.cell_id for g in submitted.grades}
            commented = {c.cell_id for c in submitted.comments}
            gb.db.add_all([api.Grade(cell_id=cell.id, notebook=submitted)
                           for cell in notebook.grade_cells if cell.id not in graded])
            gb.db.add_all([api.Comment(cell_id=cell.id, notebook=submitted)
                           for cell in notebook.solution_cells if cell.id not in commented])
    gb.db.commit()


def unplaced_points(cells: list[Cell], reports: list[SubmissionReport]) -> list[str]:
    """One line per report whose points are not all on the grade cells (a function the specs no longer
    have): nbgrader's total would differ from mlptutor's."""
    lines = []
    for report in reports:
        placed = round(sum(_score(report, cell) for cell in cells), 6)
        if placed != report.score:
            lines.append(f"{report.student}: {report.score - placed:g} of {report.score:g} points belong to functions "
                         "the exercises no longer have; regrade (mlptutor grade --regrade) before exporting")
    return lines
