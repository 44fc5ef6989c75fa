"""The class roster: one CSV of students for `mlptutor quiz`, `grade` and `export`.

A CSV (UTF-8, a leading BOM is fine; or UTF-16 with its BOM, as Blackboard downloads) with a
header row, separated by commas, or by semicolons or tabs when the header holds more of them
(a European spreadsheet's CSV), or by colons when it holds none of those (Moodle's grade export
offers them); column names are case-insensitive and other columns are ignored.
A class list exported by Canvas, Moodle, Blackboard or Brightspace is read by that system's
column names instead (mlptutor/lms_rosters.py). mlptutor's own columns:

- the id: the first of `student`, `student_id`, `id`, `username` present.
  Ids seed quiz variants and hidden inputs and name files; `id_problem` holds
  the one rule every reader of ids applies (this roster, submission folders,
  zips, flat files and notebooks of `mlptutor grade`, nbgrader's folders):
  ASCII letters, digits, '.', '_', '-', '@' and '+' (so e-mail-like ids such as
  ann.lee+1@uni.edu work), starting with a letter or digit, at most 100
  characters, no space; unique even ignoring case (a.html and A.html are one
  file on some disks);
- the display name: `name`, else `first_name` + ' ' + `last_name`, else the id;
- `first_name`, `last_name`, `email` (the nbgrader export's columns);
- for the LMS gradebook exports (`mlptutor export --format canvas|moodle|blackboard|brightspace`),
  all optional: `login` (the LMS username: Canvas's SIS Login ID, Moodle's and
  Blackboard's username, Brightspace's Username; default the id, but for Brightspace an id that is the
  OrgDefinedId), `sis_id`
  (the institution's student number: Canvas's SIS User ID, Moodle's ID number,
  Blackboard's Student ID, Brightspace's OrgDefinedId), `lms_id` (Canvas's own
  user ID) and `section`;
- `due`: the student's own due date when it is not the class's (an extension: Canvas shows one as an assignment
  override, "Assign to" a student with its own Due date, and its API lists them at
  /api/v1/courses/<course>/assignments/<assignment>/overrides as student_ids and due_at; its gradebook export
  holds none), e.g. `2024-03-04 17:00` (UTC unless a zone follows; `2024-03-04` alone is the end of that day, 23:59:59 in --lms-time-zone, as with --due)
  or Canvas's `2024-03-04T17:00:00Z`: `mlptutor grade --roster` judges that student's lateness by it when the class
  has a due date, so `--late-penalty` takes nothing from work within it (grader/bulk/run.py: none applied without a
  class date, a date earlier than the class's named);
- `group`: the student's group (Moodle's grading worksheet's Group column, Canvas's group set export's
  group_name), whose team submission in Moodle's or Canvas's download is graded once and gives each member the grade.

A row that is a header again (sections' exports appended one below another) is no student: the rows below it are
read by it.

Names are normalised for printing: Unicode NFC, any run of whitespace
(newlines too) becomes one space, bidi overrides are dropped. A row that cannot
be used (no id, a bad id, a repeated id, a different number of fields than the
header, an id a spreadsheet turned into a number such as 1.23E+05, a control
character other than tab, CR and newline in a cell kept, such as a NUL or a
terminal escape: a damaged or forged file) is left out and described as one
line naming the row (and the line of the file where a control character is):

    roster.csv row 4: duplicate id 's102' (first on row 2)
    roster.csv row 5 (line 6): column 'name' holds the control character U+0000; delete it and export the roster again

Callers choose what a problem means: quiz sheets refuse the roster
(`Roster.strict_students`; a row of someone not in the class, Canvas's test
student, Blackboard's preview user or a Gradescope staff row, which every such export holds, is left out
without a word), bulk grading reports the row and goes on
(`Roster.skipped`). Such a row's id is kept (`Roster.others`): Student View (Student Preview)
submits to Canvas's (Blackboard's) download as any student does, so that submission is graded, named for who it is,
and given no row by `mlptutor export` (`Roster.outside`). A file that cannot be read (a FIFO or a device: refused
unread) or has no id column raises RosterError.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from mlptutor.grader.bulk.folders import open_regular
from mlptutor.lms_rosters import Layout, lms_layout

__all__ = ["ID_COLUMNS", "ID_RULE", "LMS_COLUMNS", "RosterError", "Student", "Roster", "counted", "id_problem",
           "read_roster", "read_table"]

ID_COLUMNS = ("student", "student_id", "id", "username")
LMS_COLUMNS = ("login", "sis_id", "lms_id", "section")  # optional, for the LMS gradebook exports
# ASCII only: a roster's "zoë" (NFC) and a Mac zip's folder "zoë" (NFD) would be two students
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}")
ID_RULE = ("may hold only ASCII letters, digits, '.', '_', '-', '@' and '+', start with a letter or digit, "
           "at most 100 characters (no space)")


def id_problem(student_id: str) -> str | None:
    """Why `student_id` is not a usable student id (the rule above), or None when it is."""
    if _ID.fullmatch(student_id):
        return None
    if " " in student_id.strip():
        return f"{student_id!r} holds a space; a student id {ID_RULE}"
    return f"{student_id!r} {ID_RULE}"


_SCIENTIFIC = re.compile(r"[0-9](\.[0-9]+)?[eE]\+[0-9]+")  # how Excel shows a long number: 123456 -> 1.23E+05
# embedding, override and isolate controls: they reorder the text printed after them
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"))


# C0 and C1 controls and DEL, but the tab, CR and newline a multi-line cell holds (made one space): what a
# spreadsheet never writes in a cell
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# the text cells a Student keeps (_student); the id has its own rule (id_problem)
_KEPT = ("name", "first_name", "last_name", "email", "group", "lms_id_label", "submitted", "maximum", "modified", "due",
         "changeable",
         *LMS_COLUMNS)


class RosterError(ValueError):
    """The roster cannot be used (the message is one line naming the file, and the row if any)."""


@dataclass(frozen=True)
class Student:
    """One student: `id` seeds variants and names files, `name` is printed on sheets;
    first_name, last_name and email fill the nbgrader export; login, sis_id, lms_id and section
    the LMS exports (module docstring)."""

    id: str
    name: str = ""
    first_name: str = field(default="", kw_only=True)
    last_name: str = field(default="", kw_only=True)
    email: str = field(default="", kw_only=True)
    login: str = field(default="", kw_only=True)
    sis_id: str = field(default="", kw_only=True)
    lms_id: str = field(default="", kw_only=True)
    section: str = field(default="", kw_only=True)
    group: str = field(default="", kw_only=True)
    lms_label: str = field(default="", kw_only=True)  # the LMS's identifier cell as written (Moodle worksheet)
    submitted: str = field(default="", kw_only=True)  # the LMS's submission time as written (Moodle worksheet)
    lms_max: str = field(default="", kw_only=True)  # the LMS's maximum grade as written (Moodle worksheet)
    lms_graded: str = field(default="", kw_only=True)  # when the LMS's grade was last changed, as written ("-": never)
    lms_changeable: str = field(default="", kw_only=True)  # the worksheet's Grade can be changed, as written ("No")
    due: str = field(default="", kw_only=True)  # the student's own due date as written (an extension), "" for the class's


@dataclass(frozen=True)
class Roster:
    """The usable students of a roster file (file order) and one line per row left out."""

    path: Path
    students: list[Student]
    problems: list[str]
    named: bool  # the header has a name column (name, first_name or last_name)
    layout: Layout | None = None  # the LMS export it is, None for mlptutor's own columns
    # the problems about rows of people not in the class (Canvas's test student, Gradescope's staff): every real
    # export has one, so they never stop a quiz (strict_students), and bulk grading still names each
    outsiders: list[str] = field(default_factory=list)
    # such a row's id (casefolded) -> who it is: their own submission (Student View submits to the download as
    # any student does) is graded, never exported as a student's grade
    others: dict[str, str] = field(default_factory=dict)

    def by_id(self, graded: Iterable[str] = ()) -> dict[str, Student]:
        """{id: student}, a student keyed by the `graded` id that names them only ignoring letter case (ids are
        unique ignoring case) unless their own id is graded too: a class graded under Gradescope's 'ann.lee@uni.edu'
        is exported with Moodle's export, whose id is the Email address 'Ann.Lee@Uni.edu'."""
        graded = set(graded)
        spelled = {g.casefold(): g for g in sorted(graded)}
        return {s.id if s.id in graded else spelled.get(s.id.casefold(), s.id): s for s in self.students}

    def groups(self) -> dict[str, tuple[str, ...]]:
        """Group name -> the ids of its students (file order), for the students the roster gives a group."""
        found: dict[str, list[str]] = {}
        for student in self.students:
            if student.group:
                found.setdefault(student.group, []).append(student.id)
        return {name: tuple(ids) for name, ids in found.items()}

    def compare(self, submitted: list[str]) -> list[str]:
        """One line for the roster's students without a submission (counted), one per submitter not on the roster."""
        listed = {s.id for s in self.students}
        missing = sorted(listed - set(submitted))
        unknown = sorted(set(submitted) - listed)
        zeros = {s.lstrip("0"): s for s in missing}
        return (([counted(missing, "on the roster, no submission")] if missing else [])
                + [f"{s}: submitted, {self.others[s.casefold()]}: graded, given no row in the LMS and nbgrader exports"
                   if s.casefold() in self.others else
                   f"{s}: submitted, not on the roster (graded anyway)" + _zeros_lost(s, zeros) for s in unknown])

    def outside(self, reports: list) -> tuple[list, list[str]]:
        """(the reports but those of the roster's people not in the class, one line per report left out)."""
        students = {s.id.casefold() for s in self.students}  # a student's row wins over a staff row of the same id
        out = [r.student.casefold() in self.others and r.student.casefold() not in students for r in reports]
        return ([r for r, left in zip(reports, out) if not left],
                [f"{r.student}: {self.others[r.student.casefold()]}: no row" for r, left in zip(reports, out) if left])

    def skipped(self) -> list[str]:
        """The problems as report lines for a run that goes on without those rows."""
        return [f"{problem}; row skipped" for problem in self.problems]

    def strict_students(self, *, need_names: bool = False) -> list[Student]:
        """Every student, or RosterError with the first problem (and how many more): for
        outputs where a left-out row would go unnoticed, such as quiz sheets."""
        problems = [problem for problem in self.problems if problem not in self.outsiders]
        if need_names and not self.named:
            problems.insert(0, f"{self.path} row 1: missing column 'name' (the header needs name, "
                               "or first_name and last_name)")
        if problems:
            more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
            raise RosterError(problems[0] + more)
        if not self.students:
            raise RosterError(f"{self.path}: no students (one row per student under the header)")
        return list(self.students)


def counted(ids: list[str], what: str) -> str:
    """One line for students alike: how many, what holds of them, then every id, none left out (a class of 300 with
    40 missing read 40 lines)."""
    return f"{len(ids)} {what}: {', '.join(ids)}"


def _zeros_lost(submitted: str, missing: dict[str, str]) -> str:
    """A hint when the roster has this id without its leading zeros, as a spreadsheet writes it."""
    listed = missing.get(submitted.lstrip("0"))
    if listed is None or listed == submitted:
        return ""
    return (f"; the roster's {listed!r} may be this id with its leading zeros lost in a spreadsheet "
            "(format the id column as Text and export the roster again)")


def _clean(text: str) -> str:
    """`text` as one printable line: NFC, whitespace runs -> ' ', bidi overrides dropped (a cell holding any other
    control character is a row problem: _control)."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_BIDI).split())


def _read_text(path: Path) -> str:
    """UTF-8 (a BOM is fine), or UTF-16 with its BOM as Blackboard's Grade Center download is; a workbook (Moodle's
    grade export in Excel or OpenDocument) is refused in one line naming it. A FIFO or a device is refused unread
    (open_regular): reading --roster /dev/zero never ended, a FIFO waited for a writer."""
    try:
        with open_regular(path) as handle:
            data = handle.read()
        if data.startswith(_WORKBOOKS):
            raise RosterError(f"{path}: a spreadsheet workbook (.xlsx, .ods or .xls), not CSV text; download the class "
                              "list as CSV (Moodle's grade export: 'Plain text file') or save it as CSV UTF-8")
        return data.decode("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig")
    except OSError as exc:
        raise RosterError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise RosterError(f"{path}: cannot be read as UTF-8 text; save it as CSV UTF-8") from None


# how a workbook file starts: a zip (.xlsx, .ods: Moodle's grade export in Excel or OpenDocument) or an OLE2 file (.xls)
_WORKBOOKS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


_FIRST_LINE = re.compile(r"[^\r\n]*")
_QUOTED = re.compile(r'"[^"]*"')  # a quoted cell's text ("" inside it splits it in two, both matched)


def _delimiter(text: str) -> str:
    """The header line's separator: ',' unless it holds more ';' (a European spreadsheet's CSV) or tabs, counted
    outside quoted cells: a German Excel's Canvas export names an assignment "Quiz (a, b, c, d, e, f) (331)". The
    header line ends at CR too: a Mac Excel's "CSV (Macintosh)" ends lines with CR alone. ':' when the line holds
    none of them (Moodle's grade export offers it: a comma file's "Quiz: Week 1 (Real)" must not count)."""
    header = _QUOTED.sub("", _FIRST_LINE.match(text).group())
    return max(",;\t", key=header.count) if any(map(header.count, ",;\t")) or ":" not in header else ":"


def _excel_number(cells: dict[str, str]) -> str | None:
    """Why an identity a spreadsheet rewrote as a number cannot be trusted ({column: value}), or None."""
    for column, value in cells.items():
        if _SCIENTIFIC.fullmatch(value.strip()):
            return (f"{column} holds {value.strip()!r}, a number a spreadsheet wrote in scientific notation (its "
                    "digits are lost); format that column as Text and export the roster again")
    return None


def _identities(record: dict[str, str], student_id: str, layout: Layout | None) -> dict[str, str]:
    """{column name as the file writes it: value} of the id and the LMS identity columns."""
    named = layout.fields if layout else dict(zip(LMS_COLUMNS, LMS_COLUMNS))
    return {"the id": student_id, **{f"column {named[f]!r}": record.get(f, "") for f in LMS_COLUMNS if f in named}}


def _control(record: dict[str, str], layout: Layout | None) -> str | None:
    """Which kept cell of the row holds a control character, and which one, or None."""
    for key in _KEPT:
        if found := _CONTROL.search(record.get(key, "")):
            column = layout.fields.get(key.removesuffix("_label"), key) if layout else key
            return (f"column {column!r} holds the control character U+{ord(found.group()):04X}; delete it and export "
                    "the roster again")
    return None


def _id_column(path: Path, header: list[str]) -> int:
    for column in ID_COLUMNS:
        if column in header:
            return header.index(column)
    columns = ", ".join(repr(h) for h in header[:8]) + (", ..." if len(header) > 8 else "")
    email = next((h for h in header if "mail" in h), None)  # an export in a language not read: its email column
    fix = f"rename {email!r} (each student's email address) to 'id'" if email else "name the id column 'id'"
    raise RosterError(f"{path} row 1: no id column (one of {', '.join(ID_COLUMNS)}) in the header, nor the columns of "
                      f"a class list export mlptutor reads (it has {columns}; a Moodle grading worksheet is read in "
                      f"English, German, French or Spanish, as is a Moodle grade export): {fix}")


def _header_again(row: list[str], header: list[str], layout: Layout | None) -> tuple[list[str], Layout | None] | None:
    """(the header, its layout) when `row` is a header again, else None: sections' files appended one below another
    (the rows below it are that file's: its header, from the same system with other columns, or in mlptutor's own
    columns with another id column, which read them). It was read as a student: Canvas's 'ID', named 'Student', given
    a quiz sheet."""
    cells = [cell.replace("\ufeff", "").strip().lower() for cell in row]  # `cat a.csv b.csv` keeps b's BOM
    if cells[:len(header)] == header and not any(cells[len(header):]):
        return header, layout
    if layout is None:
        named = {"name", "first_name", "last_name", "email"} & set(cells)  # no student's name or email is one of these
        return (cells, None) if named and set(ID_COLUMNS) & set(cells) else None
    again = lms_layout(cells)
    return (cells, again) if again and again.system == layout.system else None


def _outsider(record: dict[str, str], layout: Layout | None) -> tuple[str, str] | None:
    """(who the row's person is, the fix) when not one of the class (a staff row of an export with roles, the LMS's
    test student), else None."""
    if layout and layout.roles and record.get("role", "").lower() not in layout.roles:
        return f"a {layout.system} {record.get('role') or 'role-less'} row (staff)", ""
    if layout and layout.is_test_student(record):
        return f"{layout.system}'s {layout.test_label}", ": delete the row"
    return None


def _student(record: dict[str, str], student_id: str) -> Student:
    first, last = _clean(record.get("first_name", "")), _clean(record.get("last_name", ""))
    name = _clean(record.get("name", "")) or f"{first} {last}".strip() or student_id
    lms = {key: _clean(record.get(key, "")) for key in LMS_COLUMNS}
    return Student(student_id, name, first_name=first, last_name=last, email=_clean(record.get("email", "")),
                   group=_clean(record.get("group", "")), lms_label=_clean(record.get("lms_id_label", "")),
                   submitted=_clean(record.get("submitted", "")), lms_max=_clean(record.get("maximum", "")),
                   lms_graded=_clean(record.get("modified", "")), due=_clean(record.get("due", "")),
                   lms_changeable=_clean(record.get("changeable", "")), **lms)


def read_table(path: str | Path) -> list[list[str]]:
    """Every row of the CSV file at `path` as its cells, the header first, read as rosters are (encoding, separator):
    for a caller that needs columns the roster does not keep (an LMS export's assignment columns, grader/bulk/lms.py).
    Raises RosterError when the file cannot be read or is not valid CSV."""
    path = Path(path)
    text = _read_text(path)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        return list(rows)
    except csv.Error as exc:
        raise RosterError(f"{path} line {rows.line_num}: not valid CSV ({exc})") from None


def read_roster(path: str | Path) -> Roster:
    """Parse the roster at `path` (rules in the module docstring); raises RosterError
    only when the file is unreadable, empty or has no id column."""
    path = Path(path)
    text = _read_text(path)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        header = [h.strip().lower() for h in next(rows, [])]
        if not any(header):
            raise RosterError(f"{path}: empty; the first row must name the columns, e.g. id,name,email")
        layout = lms_layout(header)
        id_at = None if layout else _id_column(path, header)
        students: list[Student] = []
        problems: list[str] = []
        outsiders: list[str] = []
        others: dict[str, str] = {}
        first_row: dict[str, tuple[int, str]] = {}  # casefolded id -> (row, id as written)
        end = rows.line_num  # the file's line the last row ended on: a quoted cell may span lines
        for number, row in enumerate(rows, start=2):  # spreadsheet row numbers, header = 1
            line, end = end + 1, rows.line_num
            while len(row) > len(header) and not row[-1].strip():
                row = row[:-1]  # trailing empty cells are a spreadsheet's padding
            if not any(cell.strip() for cell in row):
                continue
            if again := _header_again(row, header, layout):
                header, layout = again
                id_at = None if layout else _id_column(path, header)
                continue
            where = f"{path} row {number}"
            if len(row) != len(header):
                problems.append(f"{where}: {len(row)} field{'s' * (len(row) != 1)}, the header has {len(header)}")
                continue
            record = layout.record(header, row) if layout else dict(zip(header, row))
            if layout and layout.describes_columns(record):
                continue
            student_id = layout.student_id(record) if layout else row[id_at].strip()
            if outsider := _outsider(record, layout):
                who, fix = outsider
                if student_id:
                    others[student_id.casefold()] = who
                outsiders.append(f"{where}: {who}, not one of the class{fix}")
                problems.append(outsiders[-1])
            elif not student_id:
                problems.append(f"{where}: empty id" + (f" (the {layout.system} export's {layout.id_columns()})"
                                                       if layout else ""))
            elif problem := _excel_number(_identities(record, student_id, layout)):
                problems.append(f"{where}: {problem}")
            elif problem := id_problem(student_id):
                problems.append(f"{where}: id {problem}")
            elif student_id.casefold() in first_row:
                first, written = first_row[student_id.casefold()]
                case = "" if written == student_id else f" as {written!r}, ids differing only in case name one file"
                problems.append(f"{where}: duplicate id {student_id!r} (first on row {first}{case})")
            elif problem := _control(record, layout):
                problems.append(f"{where} (line {line}): {problem}")
            else:
                first_row[student_id.casefold()] = (number, student_id)
                students.append(_student(record, student_id))
    except csv.Error as exc:
        raise RosterError(f"{path} line {rows.line_num}: not valid CSV ({exc})") from None
    names = ("name", "first_name", "last_name")
    named = any((layout.fields.get(n) if layout else n) in header for n in names)
    return Roster(path, students, problems, named, layout, outsiders, others)
