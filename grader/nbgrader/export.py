"""`mlptutor export --format nbgrader-db`: an assignment of mlptutor's gradebook into an nbgrader course."""

from __future__ import annotations

from pathlib import Path

from mlptutor.grader.bulk.late import Late
from mlptutor.grader.model import SubmissionReport
from mlptutor.grader.nbgrader.course import CourseError, open_course
from mlptutor.grader.nbgrader.gradebook_db import structure, unplaced_points, write_gradebook_db
from mlptutor.roster import Student


def export_to_course(course_root: Path, assignment: str, reports: list[SubmissionReport],
                     roster: dict[str, Student] | None = None, lateness: dict[str, Late] | None = None) -> list[str]:
    """Write `reports` into the course's gradebook.db; returns one line per student whose points
    do not all fit the course's functions (graded by another grader version)."""
    from mlptutor.grader.specs import load_specs

    course = open_course(course_root)
    graded = {c.exercise for r in reports for c in r.checks}  # the assignment's notebooks, not the whole course's
    cells = structure({name: spec for name, spec in load_specs().items() if name in graded})
    try:
        write_gradebook_db(course, assignment, cells, reports, roster, lateness)
    except Exception as exc:  # nbgrader's InvalidEntry/MissingEntry, SQLAlchemy's errors: a db we cannot write
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CourseError(f"{course.db_url}: nbgrader's gradebook cannot take the grades ({reason[:200]})") from None
    return unplaced_points(cells, reports)
