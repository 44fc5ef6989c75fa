"""Who gets a sheet: a class roster CSV, or N anonymous variants.

A roster is a CSV with a header row holding at least the columns `id` and
`name` (other columns are ignored). Ids become file names, so they may hold
only letters, digits, '.', '_' and '-'; names are free text (escaped per
output format when printed). Every problem is a RosterError naming the row:

    roster.csv row 4: duplicate id 's102' (first on row 2)
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["RosterError", "Student", "read_roster", "numbered_students"]

_ID = re.compile(r"[A-Za-z0-9._-]+")


class RosterError(ValueError):
    """The roster file is unusable (message is one line naming the row)."""


@dataclass(frozen=True)
class Student:
    """One sheet's owner: `id` seeds the variants and names the files; `name` is printed."""

    id: str
    name: str


def read_roster(path: str | Path) -> list[Student]:
    """Students of a roster CSV, in file order."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise RosterError(f"{path}: cannot be read ({exc.strerror})") from None
    rows = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(rows, [])]
    for column in ("id", "name"):
        if column not in header:
            raise RosterError(f"{path} row 1: missing column {column!r} (the header must name id and name)")
    id_at, name_at = header.index("id"), header.index("name")
    students: list[Student] = []
    first_row: dict[str, int] = {}
    for row in rows:
        number = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        cells = row + [""] * (len(header) - len(row))
        student_id, name = cells[id_at].strip(), cells[name_at].strip()
        if not student_id:
            raise RosterError(f"{path} row {number}: empty id")
        if not _ID.fullmatch(student_id):
            raise RosterError(
                f"{path} row {number}: id {student_id!r} may hold only letters, digits, '.', '_' and '-'"
            )
        if student_id in first_row:
            first = first_row[student_id]
            raise RosterError(f"{path} row {number}: duplicate id {student_id!r} (first on row {first})")
        first_row[student_id] = number
        students.append(Student(student_id, name or student_id))
    if not students:
        raise RosterError(f"{path}: no students (one row per student under the header id,name)")
    return students


def numbered_students(count: int) -> list[Student]:
    """`count` anonymous sheets: variant-01, variant-02, ... (zero-padded so files sort)."""
    if count < 1:
        raise RosterError(f"--variants must be at least 1, got {count}")
    width = max(2, len(str(count)))
    return [Student(f"variant-{i:0{width}d}", f"Variant {i}") for i in range(1, count + 1)]
