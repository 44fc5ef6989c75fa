"""The class roster: a CSV of students, to report who did not submit and who is unknown.

Columns (header row required, case-insensitive): `student` (or `student_id`,
`id`, `username`); optional `first_name`, `last_name`, `email` (used by the
nbgrader export). A row with no id, a duplicate id or a wrong number of
fields is reported as one line and skipped; the other rows still count.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

ID_COLUMNS = ("student", "student_id", "id", "username")


class RosterError(ValueError):
    """A roster that cannot be used at all (the message is one line)."""


@dataclass(frozen=True)
class Student:
    id: str
    first_name: str = ""
    last_name: str = ""
    email: str = ""


@dataclass
class Roster:
    students: dict[str, Student]
    problems: list[str]

    def compare(self, submitted: list[str]) -> list[str]:
        """One line per roster student without a submission and per submitter not on the roster."""
        missing = sorted(set(self.students) - set(submitted))
        unknown = sorted(set(submitted) - set(self.students))
        return ([f"{s}: on the roster, no submission" for s in missing]
                + [f"{s}: submitted, not on the roster (graded anyway)" for s in unknown])


def read_roster(path: Path) -> Roster:
    """Parse the roster at `path`; raises RosterError if it has no usable header."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RosterError(f"roster {path}: cannot be read as UTF-8 text ({exc.__class__.__name__}); export it as CSV UTF-8") from None
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        raise RosterError(f"roster {path} is empty: it needs a header row with a 'student' column")
    header = [h.strip().lower() for h in rows[0]]
    id_column = next((header.index(c) for c in ID_COLUMNS if c in header), None)
    if id_column is None:
        raise RosterError(f"roster {path}: no id column (one of {', '.join(ID_COLUMNS)}) in the header row")
    students: dict[str, Student] = {}
    problems: list[str] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        where = f"roster {path.name} line {line}"
        if len(row) != len(header):
            problems.append(f"{where}: {len(row)} fields, the header has {len(header)}; row skipped")
            continue
        record = dict(zip(header, (cell.strip() for cell in row)))
        student = record[header[id_column]]
        if not student:
            problems.append(f"{where}: no student id; row skipped")
        elif student in students:
            problems.append(f"{where}: {student} is listed twice; the first row is kept")
        else:
            students[student] = Student(student, record.get("first_name", ""), record.get("last_name", ""),
                                        record.get("email", ""))
    return Roster(students, problems)
