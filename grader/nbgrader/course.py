"""An nbgrader course folder as nbgrader itself configures it: its gradebook.db URL and course id.

The course's `nbgrader_config.py` (if any) is the instructor's own nbgrader
configuration; it is loaded the way nbgrader loads it (traitlets), so a
`CourseDirectory.db_url` or `course_id` set there is honoured. The root is
always the folder given.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from mlptutor.grader.bulk.late import parse_time
from mlptutor.grader.nbgrader.api import NbgraderMissing


EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class CourseError(ValueError):
    """The nbgrader course folder cannot be used (the message is one line)."""


@dataclass(frozen=True)
class Course:
    root: Path
    db_url: str
    course_id: str


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
    return Course(root.resolve(), coursedir.db_url, coursedir.course_id or "default_course")


def due_dates(root: Path, assignment: str) -> tuple[datetime | None, dict[str, datetime]]:
    """The due date nbgrader's gradebook.db holds for `assignment` (UTC; None when there is none) and
    the later one of each student nbgrader granted an extension (`nbgrader`'s grant_extension).

    The database is read with a read-only SQLite connection, so a course without one is not given
    one; its location follows nbgrader_config.py when nbgrader is installed, else <root>/gradebook.db.
    """
    try:
        url = open_course(root).db_url
    except NbgraderMissing:
        url = f"sqlite:///{(root / 'gradebook.db').resolve()}"
    if not url.startswith("sqlite:///"):
        return None, {}  # a database server: nbgrader's own tools know its due dates
    path = Path(url[len("sqlite:///"):])
    if not path.is_file():
        return None, {}
    try:
        db = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT duedate FROM assignment WHERE name = ?", (assignment,)).fetchone()
            extensions = db.execute(
                "SELECT s.student_id, s.extension FROM submitted_assignment s JOIN assignment a "
                "ON a.id = s.assignment_id WHERE a.name = ? AND s.extension IS NOT NULL", (assignment,)).fetchall()
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise CourseError(f"{path}: cannot read nbgrader's due date ({exc})") from None
    if not row or not row[0]:
        return None, {}
    due = parse_time(str(row[0]))
    # SQLAlchemy keeps an Interval in SQLite as the moment that far after the epoch
    return due, {student: due + (parse_time(str(extension)) - EPOCH) for student, extension in extensions}
