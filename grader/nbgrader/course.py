"""An nbgrader course folder as nbgrader itself configures it: its gradebook.db URL, course id and due dates.

The course's `nbgrader_config.py` (if any) is the instructor's own nbgrader
configuration; it is loaded the way nbgrader loads it (traitlets), so a
`CourseDirectory.db_url` or `course_id` set there is honoured. The root is
always the folder given.

An assignment's due date is nbgrader's: the gradebook's `Assignment.duedate`
(set by `nbgrader db assignment add --duedate` or the formgrader). The config's
`db_assignments` (`c.CourseDirectory.` or `c.NbGrader.db_assignments = [dict(name="ps1",
duedate=...)]`) is not read for it, as nbgrader itself no longer reads it (removed by
jupyter/nbgrader#1276, 2019; 0.9.6 has no trait of that name): charging lateness by it
would penalise what nbgrader's own feedback and export call on time. A duedate found
there is named in the run's due-date line as ignored, with the command that puts it in
the gradebook. The instructor's `--due` wins over the gradebook's; the students'
extensions in the gradebook apply to whichever is used.
"""

from __future__ import annotations

import shlex
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from mlptutor.grader.bulk.late import due_time, parse_time, utc_text
from mlptutor.grader.nbgrader.api import NbgraderMissing

if TYPE_CHECKING:
    from mlptutor.grader.bulk.discovery import SubmittedFolder


EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class CourseError(ValueError):
    """The nbgrader course folder cannot be used (the message is one line)."""


@dataclass(frozen=True)
class Course:
    root: Path
    db_url: str
    course_id: str
    config_duedates: dict[str, str]  # assignment -> the duedate text of its db_assignments entry (ignored, told)


def _config_duedates(config) -> dict[str, str]:
    """assignment -> duedate of nbgrader's `db_assignments` config, the old NbGrader section first, then
    CourseDirectory (which later nbgraders read instead)."""
    dues = {}
    for section in ("NbGrader", "CourseDirectory"):
        entries = config[section].get("db_assignments", []) if section in config else []
        dues.update({str(e["name"]): str(e["duedate"]) for e in entries
                     if isinstance(e, dict) and e.get("name") and e.get("duedate")})
    return dues


def assignment_exercises(listing: SubmittedFolder | None, assignment: str | None) -> tuple[str, ...]:
    """The notebook names of an nbgrader course's assignment (source/<assignment>/softmax.ipynb -> softmax; else
    release/), so that grading it scores what nbgrader's autograde would, out of the same maximum; () for a plain
    class folder (`listing` None: SubmittedFolder.of found no submitted/) or when the assignment is not one
    (grade_class then says why)."""
    from mlptutor.grader.bulk.discovery import DiscoveryError
    from mlptutor.grader.nbgrader.cell_grader import assignment_notebooks

    if listing is None:
        return ()
    try:
        return assignment_notebooks(listing.root, listing.assignment(assignment))
    except DiscoveryError:
        return ()


def open_course(root: Path) -> Course:
    """The course at `root` (a folder); its nbgrader_config.py is read when present."""
    if not root.is_dir():
        raise CourseError(f"{root} is not a folder: give the nbgrader course folder (the one holding nbgrader_config.py)")
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    from mlptutor.grader.nbgrader.api import nbgrader_api

    nbgrader_api()  # NbgraderMissing with the install line, before nbgrader.coursedir is imported
    from nbgrader.coursedir import CourseDirectory

    config = Config()
    if (root / "nbgrader_config.py").is_file():
        try:
            config = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
        except Exception as exc:  # the instructor's Python file: any error it raises
            raise CourseError(f"{root}/nbgrader_config.py cannot be loaded: {type(exc).__name__}: {exc}") from None
    coursedir = CourseDirectory(config=config)
    coursedir.root = str(root.resolve())
    return Course(root.resolve(), coursedir.db_url, coursedir.course_id or "default_course",
                  _config_duedates(config))


@dataclass(frozen=True)
class DueDate:
    """The due date a run uses (None: nothing is late), each extended student's own, and one line saying
    which due date that is and where it came from."""

    due: datetime | None
    extended: dict[str, datetime]
    said: str


def _gradebook_due(url: str, assignment: str) -> tuple[datetime | None, dict[str, timedelta]]:
    """The due date of `assignment` in the gradebook.db at `url` (None: none, or a database server, whose
    due dates nbgrader's own tools know) and the extension nbgrader granted each student (grant_extension).

    The database is read with a read-only SQLite connection, so a course without one is not given one."""
    found = _read_only(url, "due date", [
        ("SELECT duedate FROM assignment WHERE name = ?", (assignment,)),
        ("SELECT s.student_id, s.extension FROM submitted_assignment s JOIN assignment a ON a.id = s.assignment_id "
         "WHERE a.name = ? AND s.extension IS NOT NULL", (assignment,))])
    if found is None:
        return None, {}
    rows, extensions = found
    due = due_time(str(rows[0][0]), url[len("sqlite:///"):]) if rows and rows[0][0] else None
    # SQLAlchemy keeps an Interval in SQLite as the moment that far after the epoch
    return due, {student: parse_time(str(extension)) - EPOCH for student, extension in extensions}


def _read_only(url: str, what: str, queries: list[tuple[str, tuple]]) -> list[list[tuple]] | None:
    """The rows of each query in the gradebook.db at `url`, read through a read-only SQLite connection (a course
    without one is not given one); None for a database server's URL, or no file there. `what`: named in the error."""
    path = Path(url[len("sqlite:///"):])
    if not url.startswith("sqlite:///") or not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        try:
            return [db.execute(sql, values).fetchall() for sql, values in queries]
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise CourseError(f"{path}: cannot read nbgrader's {what} ({exc})") from None


def grade_cell_points(url: str, assignment: str, notebook: str, cell: str) -> float | None:
    """The points nbgrader's gradebook.db at `url` gives the grade cell `cell` of `assignment`'s `notebook` (what
    autograde scores that cell out of, from the notebook generate_assignment read), or None when it has none."""
    found = _read_only(url, "grade cells", [(
        "SELECT g.max_score FROM grade_cells g JOIN base_cell b ON b.id = g.id JOIN notebook n ON n.id = b.notebook_id "
        "JOIN assignment a ON a.id = n.assignment_id WHERE a.name = ? AND n.name = ? AND b.name = ?",
        (assignment, notebook, cell))])
    return float(found[0][0][0]) if found and found[0] and found[0][0][0] is not None else None


def due_dates(root: Path, assignment: str, given: datetime | None = None) -> DueDate:
    """The due date of `assignment` in the course at `root`: `given` (the instructor's --due) when there is
    one, else the gradebook.db's (module docstring); the gradebook.db's location follows nbgrader_config.py when
    nbgrader is installed, else it is <root>/gradebook.db (and the config is not read)."""
    try:
        course = open_course(root)
        url, configured = course.db_url, course.config_duedates.get(assignment)
    except NbgraderMissing:
        url, configured = f"sqlite:///{(root / 'gradebook.db').resolve()}", None
    in_db, extensions = _gradebook_due(url, assignment)
    found = [(when, source) for when, source in ((given, "--due"), (in_db, "nbgrader's gradebook.db")) if when]
    if not found:
        said = f"no due date for {assignment} (none in nbgrader's gradebook.db, no --due): nothing counts as late"
        return DueDate(None, {}, said + _ignored(assignment, configured))
    due, source = found[0]
    others = [f"{utc_text(when)} in {other}" for when, other in found[1:] if when != due]
    said = f"due date of {assignment}: {utc_text(due)}, from {source}"
    said += f" (not {' or '.join(others)})" if others else ""
    said += f"; {len(extensions)} extension{'s' * (len(extensions) != 1)} from gradebook.db" if extensions else ""
    extended = {student: due + extra for student, extra in extensions.items()}
    return DueDate(due, extended, said + _ignored(assignment, configured))


def _ignored(assignment: str, configured: str | None) -> str:
    """The due-date line's note on a db_assignments duedate in nbgrader_config.py, which nbgrader ignores."""
    if not configured:
        return ""
    return (f"; nbgrader_config.py's db_assignments duedate {configured!r} is ignored, as nbgrader ignores it "
            f"(to use it: nbgrader db assignment add {assignment} --duedate {shlex.quote(configured)})")
