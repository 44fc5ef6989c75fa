"""The SQLite gradebook: every graded submission of every assignment, one row per check.

Three tables, written only by the coordinating process:

    submissions(assignment, student, content_hash, grader_version, isolation,
                seconds, problems JSON, output, graded_at,
                submitted_at, due_at, late_seconds, penalty, late_rule,
                render_version, files)                      one row per (assignment, student)
    checks(assignment, student, position, exercise, function, check_name, kind,
           points, max_points, passed, message, mistake, hint, output)
                                                            one row per check, in report order
    due_dates(assignment, due_at)                           the class's due date of the last run (NULL: none);
                                                            a student's own is the due_at of their submission

`record` replaces a student's rows for an assignment in one transaction, so a
crash or a `kill -9` leaves either the old submission or the new one, never a
mix. WAL journaling with synchronous=NORMAL keeps one commit per submission
cheap (no fsync per commit; a power cut may lose the last commits, never
corrupt the file) and lets readers (exports, `mlptutor quiz grade`) work while
a run writes.

Schema version 2 added the late-work columns of `submissions`
(`submitted_at` and `due_at`, ISO UTC or NULL when unknown, `late_seconds` 0
when on time, `penalty` the points the late policy took); a version-1 gradebook gets them
(NULL, 0, 0) when opened, so old gradebooks stay readable. `late_rule` is the late
policy's text (shown in the student's feedback; NULL: not recorded) and `render_version`
the RENDER_VERSION (grader/versioning.py) the submission's feedback files were
written with (NULL: rewritten once), `files` the files each exercise was read from
when not `<exercise>.py` (SubmissionReport.files, JSON, {} for none; NULL: not recorded, a row of before it, whose
names a rerun takes as they are, not as a rename to grade again); a gradebook without them gets them when
opened. They are nullable and written by name, so an mlptutor that does not know them
reads and writes the gradebook as before: they need no new schema version.
`due_dates` is made when a gradebook without it is opened for writing (CREATE TABLE IF NOT EXISTS);
only `mlptutor grade` reads it, so a read-only gradebook needs none.

A gradebook is recognised before anything is written: its SQLite header
carries mlptutor's application_id (a gradebook of an earlier version, with
application_id 0, is recognised by its two tables, read with a read-only,
immutable connection that leaves no -wal/-shm files, and then stamped). Any
other file (another application's SQLite database, a text file, a folder) is
refused with one line and left exactly as it was. A missing or empty
(0-byte) file is a new gradebook: SQLite itself reads a 0-byte file as an
empty database, so nothing is lost, and a run killed just after creating the
file resumes. A new gradebook is created with mode 0600 (it holds grades), as
are its -wal/-shm files (SQLite gives them the database's mode); an existing
one others may read (earlier versions made it 0644) is made 0600 when opened,
with one line on stderr.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from mlptutor.grader.bulk.late import Late
from mlptutor.grader.bulk.rows import FIELDS, values_of
from mlptutor.grader.model import CheckResult, SubmissionReport

APPLICATION_ID = 0x6D6C7074  # "mlpt", in the SQLite header at offset 68 (PRAGMA application_id)
SCHEMA_VERSION = 2  # PRAGMA user_version
_SQLITE_MAGIC = b"SQLite format 3\x00"
# stamped before WAL is switched on, so the mark is in the main file's header at once (not in the -wal)
_STAMP = f"PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION};"
SCHEMA = """
CREATE TABLE IF NOT EXISTS submissions (
    assignment     TEXT NOT NULL,
    student        TEXT NOT NULL,
    content_hash   TEXT NOT NULL,
    grader_version TEXT NOT NULL,
    isolation      TEXT NOT NULL,
    seconds        REAL NOT NULL,
    problems       TEXT NOT NULL,
    output         TEXT NOT NULL,
    graded_at      TEXT NOT NULL,
    submitted_at   TEXT,
    due_at         TEXT,
    late_seconds   REAL NOT NULL DEFAULT 0,
    penalty        REAL NOT NULL DEFAULT 0,
    late_rule      TEXT,
    render_version TEXT,
    files          TEXT,
    PRIMARY KEY (assignment, student)
);
CREATE TABLE IF NOT EXISTS checks (
    assignment TEXT NOT NULL,
    student    TEXT NOT NULL,
    position   INTEGER NOT NULL,
    exercise   TEXT NOT NULL,
    function   TEXT NOT NULL,
    check_name TEXT NOT NULL,
    kind       TEXT NOT NULL,
    points     REAL NOT NULL,
    max_points REAL NOT NULL,
    passed     INTEGER NOT NULL,
    message    TEXT NOT NULL,
    mistake    TEXT,
    hint       TEXT,
    output     TEXT NOT NULL,
    PRIMARY KEY (assignment, student, position)
);
CREATE TABLE IF NOT EXISTS due_dates (
    assignment TEXT PRIMARY KEY,
    due_at     TEXT
);
"""

# CheckResult field -> checks column, for every field in field order (rows are written and read positionally)
_CHECK_COLUMNS = {
    "exercise": "exercise", "function": "function", "check": "check_name", "kind": "kind",
    "points": "points", "max_points": "max_points", "passed": "passed", "message": "message",
    "mistake": "mistake", "hint": "hint", "output": "output",
}
assert tuple(_CHECK_COLUMNS) == FIELDS
_PASSED = FIELDS.index("passed")  # stored as 0/1
_ROW_VALUES = 3 + len(_CHECK_COLUMNS)  # assignment, student, position, then the CheckResult fields
_ROWS_PER_INSERT = 500  # at most: SQLite builds before 3.32 allow only 999 parameters per statement


def _insert_checks(rows: int) -> str:
    """One INSERT of `rows` check rows: a quarter cheaper than executemany, which steps once per row."""
    row = f"({', '.join('?' * _ROW_VALUES)})"
    return (f"INSERT INTO checks (assignment, student, position, {', '.join(_CHECK_COLUMNS.values())}) "
            f"VALUES {', '.join([row] * rows)}")


_LATE_COLUMNS = {"submitted_at": "TEXT", "due_at": "TEXT", "late_seconds": "REAL NOT NULL DEFAULT 0",
                 "penalty": "REAL NOT NULL DEFAULT 0"}
# since version 1, filled in by _migrate; `files` is SubmissionReport.files as JSON (NULL: not recorded)
_ADDED_COLUMNS = {**_LATE_COLUMNS, "late_rule": "TEXT", "render_version": "TEXT", "files": "TEXT"}
_SUBMISSION_COLUMNS = ("assignment, student, content_hash, grader_version, isolation, seconds, problems, output, "
                       "graded_at, " + ", ".join(_ADDED_COLUMNS))


# SQL's lower(), which record matches ids by: ASCII letters only ('İ'.casefold() is 'i̇', lower('İ') is 'İ')
_SQL_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def same_id(student: str) -> str:
    """`student` as Gradebook.record matches ids: SQL's lower(), ASCII letters only."""
    return student.translate(_SQL_LOWER)


def _files_of(column: str | None) -> dict[str, tuple[str, ...]] | None:
    """SubmissionReport.files from the `files` column (JSON; NULL: not recorded, None: read as {}, a row of before
    the column was told a rename under --regrade)."""
    return None if column is None else {name: tuple(paths) for name, paths in json.loads(column).items()}


def _late_values(late: Late) -> tuple:
    at, due = (when.isoformat() if when else None for when in (late.submitted_at, late.due))
    return at, due, float(late.seconds), float(late.penalty), late.rule or None


class GradebookError(Exception):
    """A gradebook file that cannot be opened or written (message is one line)."""


_REFUSED = "nothing was changed; give the path of a mlptutor gradebook, or a new one"


def _is_legacy(path: Path) -> bool:
    """True when the SQLite file at `path` (application_id 0) has exactly the gradebook's two tables."""
    uri = f"file:{quote(os.path.abspath(path))}?mode=ro&immutable=1"  # immutable: no locks, no -shm, no -wal
    try:
        db = sqlite3.connect(uri, uri=True)
        try:
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            columns = {row[1] for row in db.execute("PRAGMA table_info(checks)")}
        finally:
            db.close()
    except sqlite3.Error:
        return False
    return tables == {"submissions", "checks"} and set(_CHECK_COLUMNS.values()) <= columns


def _writable(path: Path) -> bool:
    """Whether SQLite may write the gradebook at `path` and make its -wal and -shm files beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _existing(path: Path) -> bool:
    """True for a mlptutor gradebook at `path`, False when there is none yet (no file, or an empty one);
    GradebookError (one line) for anything else. Nothing is written."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return False
    except IsADirectoryError:
        raise GradebookError(f"gradebook {path} is a folder, not a file; {_REFUSED}") from None
    except OSError as exc:
        raise GradebookError(f"cannot read gradebook {path}: {exc.strerror or exc}") from None
    if not header:
        return False
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise GradebookError(f"{path} is not a SQLite file, so not a mlptutor gradebook; {_REFUSED}")
    application = int.from_bytes(header[68:72], "big")
    if application == APPLICATION_ID or (application == 0 and _is_legacy(path)):
        return True
    raise GradebookError(f"{path} is a SQLite database of another application, not a mlptutor gradebook; {_REFUSED}")


class Gradebook:
    """A gradebook file; `Gradebook(path)` creates it (mode 0600) and its schema if missing,
    `Gradebook(path, create=False)` only opens an existing one. Any other file is refused
    untouched (GradebookError, see above).

    Usable as a context manager (closes the connection on exit).
    """

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = Path(path)
        self._files = "files"  # the column, or NULL for a read-only gradebook of before it (_read_only)
        if _existing(self.path):
            if not create and not _writable(self.path):
                self._db = self._read_only()
                return
            self._make_private()
        elif not create:
            raise GradebookError(f"no gradebook at {self.path}: run `mlptutor grade` first or give --gradebook")
        else:
            self._create_file()
        try:
            # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE in record)
            self._db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            if self._db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                self._db.executescript(_STAMP)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(SCHEMA)
            self._migrate()
            parameters = self._db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
            self._rows_per_insert = min(_ROWS_PER_INSERT, parameters // _ROW_VALUES)
        except (sqlite3.Error, OSError) as exc:
            raise GradebookError(f"cannot open gradebook {self.path}: {exc} (is it a mlptutor gradebook on a writable disk?)") from None

    def _read_only(self) -> sqlite3.Connection:
        """The gradebook read where nothing can be written beside it (a read-only disk or folder: `export` only
        reads, and failed there, as the read-write open makes -wal and -shm files). Without a -wal file, every
        commit is in the main file, which cannot change then: read as immutable (no -shm needed). A -wal left
        there (a killed run) holds commits it alone has: read through it, or one line; no migration either."""
        shared = os.path.exists(f"{self.path}-wal")
        uri = f"file:{quote(os.path.abspath(self.path))}?mode=ro" + ("" if shared else "&immutable=1")
        try:
            db = sqlite3.connect(uri, uri=True, isolation_level=None)
            have = {row[1] for row in db.execute("PRAGMA table_info(submissions)")}
        except sqlite3.Error as exc:
            raise GradebookError(f"cannot read gradebook {self.path} where it cannot be written ({exc}): copy its "
                                 "folder to a writable disk") from None
        # `files` (since 2026-12-07) is only read: a gradebook without it is one of files named after their modules
        self._files = "files" if "files" in have else "NULL AS files"
        if not set(_ADDED_COLUMNS) - {"files"} <= have:
            db.close()
            raise GradebookError(f"gradebook {self.path} is of an earlier mlptutor and cannot be brought up to date "
                                 "where it is (it cannot be written): copy its folder to a writable disk")
        return db

    def _create_file(self) -> None:
        """An empty file at self.path with mode 0600, so SQLite's file and its -wal/-shm hold grades privately."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600))
        except OSError as exc:
            raise GradebookError(f"cannot create gradebook {self.path}: {exc.strerror or exc}") from None

    def _make_private(self) -> None:
        """Mode 0600 for a gradebook others may read, said once (the next open finds it private)."""
        mode = stat.S_IMODE(os.stat(self.path).st_mode)
        if mode & 0o077:
            try:
                os.chmod(self.path, 0o600)
            except OSError as exc:
                raise GradebookError(f"gradebook {self.path} is readable by others (mode {mode:04o}) and cannot be "
                                     f"made private: {exc.strerror or exc}; chmod 600 it") from None
            print(f"gradebook {self.path} was readable by others (mode {mode:04o}); made private (0600)",
                  file=sys.stderr)

    def _migrate(self) -> None:
        """Bring an older gradebook to this schema: the late-work columns, filled as 'unknown, on time', and
        render_version (NULL: the feedback files are rewritten once)."""
        have = {row[1] for row in self._db.execute("PRAGMA table_info(submissions)")}
        for column, declaration in _ADDED_COLUMNS.items():
            if column not in have:
                self._db.execute(f"ALTER TABLE submissions ADD COLUMN {column} {declaration}")
        if self._db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Gradebook:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE, then COMMIT, or ROLLBACK on any error; SQLite's operational errors become one line: a full disk's
        'database or disk is full' ended `mlptutor grade` in a traceback (red21). What was committed before stays."""
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:  # the disk's or another run's (a bug's errors are others)
            raise GradebookError(f"cannot write gradebook {self.path}: {exc}; what it held before is kept: fix that "
                                 "(a full disk?), then run the same command to continue") from None

    def record(self, assignment: str, report: SubmissionReport, late: Late = Late(),
               render_version: str | None = None) -> list[str]:
        """Replace `report.student`'s rows for `assignment` with `report` (its lateness, and the version of the
        renderers that wrote its feedback files, if any), atomically, and those of the student's id in another letter
        case, returned: ids differing only in case name one student (mlptutor/roster.py), and a gradebook graded
        before Gradescope's emails took the roster's spelling held 'ann.lee@uni.edu' beside 'Ann.Lee@Uni.edu', one
        student exported twice (SQL's lower() is ASCII's, as ids are)."""
        key = (assignment, report.student)
        submission = (*key, report.content_hash, report.grader_version, report.isolation,
                      float(report.seconds), json.dumps(list(report.problems)), report.output,
                      datetime.now(timezone.utc).isoformat(timespec="seconds"), *_late_values(late), render_version,
                      None if report.files is None else
                      json.dumps({name: list(paths) for name, paths in report.files.items()}))
        rows = [(*key, i, *values_of(c)) for i, c in enumerate(report.checks)]
        with self._transaction() as db:
            spelled = [name for (name,) in db.execute(  # the assignment's submissions, not its many checks, scanned
                "SELECT student FROM submissions WHERE assignment = ? AND student <> ? AND lower(student) = lower(?)",
                (*key, report.student))]
            for name in spelled:
                db.execute("DELETE FROM submissions WHERE assignment = ? AND student = ?", (assignment, name))
            for name in (report.student, *spelled):
                db.execute("DELETE FROM checks WHERE assignment = ? AND student = ?", (assignment, name))
            db.execute(f"INSERT OR REPLACE INTO submissions ({_SUBMISSION_COLUMNS}) "
                       f"VALUES ({', '.join('?' * len(submission))})", submission)
            for start in range(0, len(rows), self._rows_per_insert):
                chunk = rows[start:start + self._rows_per_insert]
                db.execute(_insert_checks(len(chunk)), [v for row in chunk for v in row])
        return spelled

    def holds(self, assignment: str, report: SubmissionReport) -> bool:
        """Whether the gradebook's grade of `report.student` for `assignment` is `report` (its files, grader, time and
        rows): after a stop inside `record`, whether its commit landed first (a Ctrl-C during COMMIT is raised once
        it returns)."""
        return any((s.student, s.content_hash, s.grader_version, s.seconds, s.checks) == (
            report.student, report.content_hash, report.grader_version, float(report.seconds), report.checks)
            for s in self.reports(assignment, [report.student], output=False))

    def graded(self, assignment: str, grader_version: str) -> dict[str, str]:
        """Student -> content hash of every submission of `assignment` graded by this grader version
        (one query for a whole class: a submission is graded when its hash is the one on record)."""
        return dict(self._db.execute(
            "SELECT student, content_hash FROM submissions WHERE assignment = ? AND grader_version = ?",
            (assignment, grader_version)))

    def files(self, assignment: str) -> dict[str, dict[str, tuple[str, ...]]]:
        """Student -> the files their recorded modules of `assignment` were read from when not `<module>.py`
        (SubmissionReport.files; {}: none), for the students whose rows record them (not those of before the
        column: a notebook graded then is no rename now)."""
        return {student: _files_of(files) for student, files in self._db.execute(
            f"SELECT student, {self._files} FROM submissions WHERE assignment = ? AND files IS NOT NULL",
            (assignment,))}

    def exercises(self, assignment: str) -> dict[str, frozenset[str]]:
        """Student -> the exercises their recorded grade of `assignment` is out of."""
        found: dict[str, set[str]] = {}
        for student, exercise in self._db.execute("SELECT DISTINCT student, exercise FROM checks WHERE assignment = ?",
                                                  (assignment,)):
            found.setdefault(student, set()).add(exercise)
        return {student: frozenset(names) for student, names in found.items()}

    def rendered(self, assignment: str) -> dict[str, str | None]:
        """Student -> the render version of their feedback files for `assignment` (None: unknown)."""
        return dict(self._db.execute("SELECT student, render_version FROM submissions WHERE assignment = ?",
                                     (assignment,)))

    def set_rendered(self, assignment: str, students: list[str], render_version: str) -> None:
        """Record that these students' feedback files were rewritten with `render_version` (grades untouched)."""
        with self._transaction() as db:
            db.executemany("UPDATE submissions SET render_version = ? WHERE assignment = ? AND student = ?",
                           [(render_version, assignment, student) for student in students])

    def reports(self, assignment: str, students: Iterable[str] | None = None,
                output: bool = True) -> list[SubmissionReport]:
        """Every student's report for `assignment`, sorted by student; of `students` only (ids in any letter case,
        as `record` matches them) when given; without the printed output (up to 64 KB each) unless `output`."""
        where, values = "assignment = ?", [assignment]
        if students is not None:  # one JSON parameter, however many: no limit on a query's variables
            where += " AND lower(student) IN (SELECT lower(value) FROM json_each(?))"
            values.append(json.dumps(sorted(set(students))))
        printed = "output" if output else "''"
        subs = self._db.execute(
            f"SELECT assignment, student, content_hash, grader_version, isolation, seconds, problems, {printed}, "
            f"{self._files} FROM submissions WHERE {where} ORDER BY student", values).fetchall()
        checks: dict[str, list[CheckResult]] = {}
        fields = ", ".join(_CHECK_COLUMNS.values())
        for student, *row in self._db.execute(
            f"SELECT student, {fields} FROM checks WHERE {where} ORDER BY student, position", values
        ):
            row[_PASSED] = bool(row[_PASSED])
            checks.setdefault(student, []).append(CheckResult(*row))
        return [
            SubmissionReport(
                student=student, checks=checks.get(student, []), content_hash=content_hash, grader_version=version,
                isolation=isolation, seconds=seconds, problems=json.loads(problems), output=printed,
                files=_files_of(files))
            for _, student, content_hash, version, isolation, seconds, problems, printed, files in subs
        ]

    def set_late(self, assignment: str, lateness: dict[str, Late], due: datetime | None = None) -> None:
        """Set the lateness of submissions already recorded (a rerun with another due date or policy) and the class's
        due date `due` they were judged by (a student's own may differ)."""
        rows = [(*_late_values(late), assignment, student) for student, late in lateness.items()]
        with self._transaction() as db:
            db.executemany("UPDATE submissions SET submitted_at = ?, due_at = ?, late_seconds = ?, penalty = ?, "
                           "late_rule = ? WHERE assignment = ? AND student = ?", rows)
            db.execute("INSERT OR REPLACE INTO due_dates (assignment, due_at) VALUES (?, ?)",
                       (assignment, due.isoformat() if due else None))

    def class_due(self, assignment: str) -> datetime | None:
        """The class's due date of `assignment` the last set_late recorded; None: none, or not recorded (a gradebook
        of an earlier mlptutor)."""
        row = self._db.execute("SELECT due_at FROM due_dates WHERE assignment = ?", (assignment,)).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def lateness(self, assignment: str) -> dict[str, Late]:
        """Student -> when their submission of `assignment` came in, how late, and the penalty taken."""
        return {student: Late(*(datetime.fromisoformat(t) if t else None for t in (at, due)), late_seconds, penalty,
                              rule or "")
                for student, at, due, late_seconds, penalty, rule in self._db.execute(
                    "SELECT student, submitted_at, due_at, late_seconds, penalty, late_rule FROM submissions "
                    "WHERE assignment = ?",
                    (assignment,))}

    def assignments(self) -> list[str]:
        """Names of the assignments with at least one graded submission, sorted."""
        return [a for (a,) in self._db.execute("SELECT DISTINCT assignment FROM submissions ORDER BY assignment")]
