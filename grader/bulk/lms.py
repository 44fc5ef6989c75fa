"""Gradebook import CSVs of four learning management systems: one assignment's final scores.

Each file has the columns the system's grade import documents; identity
columns come from the roster (mlptutor/roster.py: name, first_name,
last_name, email, login, sis_id, lms_id, section; `login` defaults to the
mlptutor id). The score is the final one (after a late penalty), written at
full precision, but Canvas's at 2 decimals: Canvas saves and shows a grade so, and a difference in a later decimal
read as no change in its import's preview.

- canvas: `Student, ID, SIS User ID, SIS Login ID, Section, <assignment>`, where the
  assignment column is `<name> (<Canvas assignment id>)` with `--lms-item-id` (else Canvas
  creates a new assignment of that name; a name itself ending in "(2024)" is read as assignment 2024, one holding
  "Final Grade" (or another of Canvas's total columns' names) is passed over, one line each), then a "Points
  Possible" row as Canvas exports it; grades a late penalty took points from are one line (Canvas's Late Submission
  policy deducts again from an imported late grade), and a student Canvas's export read as roster marks in that
  column has no row (one line per mark): EX (excused: a grade imported would replace the mark), N/A (not assigned to
  them, or anonymous grades not posted: the import drops it);
- moodle: `First name, Last name, ID number, Username, Email address, <assignment>`; the
  import maps one of ID number / Username / Email address to the user field of that name
  ("Map from" / "Map to") and the assignment column to the grade item; a row whose mapped cell is empty keeps the
  user of the row before, so a column empty in some rows only is one line naming one filled in every row; the file
  carries no maximum, so one line names the maximum to give the grade item (Moodle reads a grade on the item's scale);
- moodle-worksheet: the assignment's offline grading worksheet (Assignment > View all submissions >
  Upload grading worksheet): `Identifier, Full name, Email address, Grade, Maximum Grade, Last modified (grade)`,
  the three columns its import requires being Identifier ("Participant <id>", the roster's lms_id when the
  roster is the worksheet Moodle downloads), Grade and Last modified (grade), left empty (no time, as Moodle's
  own "-"): a grade already in Moodle is kept unless the upload is told to overwrite it.
  A student without a participant id has no row (one line: read the worksheet as the roster). With the
  worksheet as the roster, the headers are its own language's (Moodle's import looks for the uploading teacher's
  language's Identifier, Grade and Last modified (grade)) and each Identifier is written as the worksheet wrote it
  (the import cuts the id out by that language's prefix length: "Teilnehmer/in123456"); students Moodle holds a
  grade of already (the worksheet's Last modified (grade)) are one line: the upload keeps those grades unless told;
  so are those whose grade it says cannot be changed (Grade can be changed: No, locked or overridden in the
  gradebook), which the upload skips;
- blackboard: `Last Name, First Name, Username, Student ID, <name> [Total Pts: <max> Score] |<column id>`
  (the column id with `--lms-item-id`, else Blackboard adds a column: a text column worth 0 points, as its upload
  documentation says, which is one line; a '|' in the name is written '/', the upload reading the id after '|'),
  every cell in quotes as Blackboard's upload requires of a comma-delimited file;
- brightspace: `OrgDefinedId, Username, <name> Points Grade, End-of-Line Indicator` (`#`); each
  OrgDefinedId and Username starts with '#' as in Brightspace's own export (not part of the value:
  it keeps a student number's leading zeros when the file passes through a spreadsheet); an identity the roster lacks
  is empty (its import needs either), the Username too when the roster is Brightspace's export by OrgDefinedId alone.

Every text cell goes through the CSV formula guard (grader.feedback.escape.csv_cell). Every file is
UTF-8 without a BOM (but Brightspace's holding a letter outside ASCII, a username 'josé.núñez' or '李明': with one,
as Brightspace's own grade export is written, so that Excel, opening it before the upload, reads UTF-8 and not
its local code page, which saved 'josÃ©.nÃºÃ±ez' back, a user Brightspace does not have), LF line ends, RFC 4180 quoting (a name holding a comma is quoted), points (never a
percentage). A graded student the roster lacks keeps a row (one line; none in the worksheet, nor in Moodle's file, whose
import stops at a row whose user it cannot find, or one outside the importing teacher's group in separate groups
mode, importing nothing: grade/import/csv/classes/load_data.php); a roster student
without a grade has no row, so the LMS keeps the grade it holds (one line each: an instructor who scores a
missing submission 0 enters it there). Students the import would take for one user (one login; for Canvas one ID,
else SIS User ID, else SIS Login ID, its importer's order: an off-roster row's login that is a roster student's takes
that student even where their own row is found by ID) have no row either, one line each group: the LMS would
keep the last row's grade. A Moodle worksheet read as roster whose Maximum Grade is not mlptutor's
maximum is one line: Moodle's import reads Grade on its own scale and ignores the file's Maximum Grade. So is a
Canvas, Blackboard or Brightspace export read as roster whose column of the assignment (Canvas's and Blackboard's of
`--lms-item-id`, Brightspace's of the assignment's name) is worth other points than mlptutor's maximum (`item_scale`):
Canvas and Blackboard record the points as written (17.5 of a 4-point assignment is 437%), Brightspace caps them at
the item's maximum; an `--lms-item-id` no column of such a roster holds is one line too, as is, without one, a
column named like the assignment (its id is the one to give), and, when no column is the assignment's, the export's
assignment columns (the import adds a new one, named after the class folder unless --assignment named it). Canvas's file from another system's export (a Moodle
worksheet: its participant ids), or the worksheet from a Canvas export (its user ids), is refused (`foreign_ids`):
both imports find a row's student by that id first, so each grade would go to whoever holds that number there.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

from mlptutor.grader.bulk.download_names import ANONYMOUS
from mlptutor.grader.bulk.exports import csv_text, number_text, ungraded_line
from mlptutor.grader.bulk.late import Late
from mlptutor.grader.model import SubmissionReport
from mlptutor.lms_rosters import WORKSHEET_HEADERS
from mlptutor.roster import Roster, Student, counted, read_table

FORMATS = ("canvas", "moodle", "moodle-worksheet", "blackboard", "brightspace")


def _canvas(assignment, item_id, maximum):
    # with its id the column's title is only a label: one Canvas would take for a total column is written in lower case
    column = f"{_CANVAS_TOTALS.sub(lambda found: found[0].lower(), assignment)} ({item_id})" if item_id else assignment
    header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", column]
    before = [["    Points Possible", "", "", "", "", number_text(maximum)]]
    return header, before, lambda s, score: [s.name, s.lms_id, s.sis_id, s.login, s.section, score]


def _moodle(assignment, item_id, maximum):
    header = ["First name", "Last name", "ID number", "Username", "Email address", assignment]
    return header, [], lambda s, score: [s.first_name, s.last_name, s.sis_id, s.login, s.email, score]


def _moodle_worksheet(assignment, item_id, maximum, names=WORKSHEET_HEADERS["en"]):
    email = "email" in names  # a worksheet in a language whose email header is unknown: none
    header = [names["lms_id"], names["name"], *([names["email"]] if email else []), names["grade"], names["maximum"],
              names["modified"]]
    return header, [], lambda s, score: [s.lms_label or f"Participant {s.lms_id}", s.name, *([s.email] * email),
                                         score, number_text(maximum), ""]


def _blackboard(assignment, item_id, maximum):
    column = f"{_blackboard_name(assignment)} [Total Pts: {number_text(maximum)} Score]" + (f" |{item_id}" if item_id
                                                                                           else "")
    header = ["Last Name", "First Name", "Username", "Student ID", column]
    return header, [], lambda s, score: [s.last_name, s.first_name, s.login, s.sis_id, score]


def _brightspace(assignment, item_id, maximum):
    header = ["OrgDefinedId", "Username", f"{assignment} Points Grade", "End-of-Line Indicator"]
    return header, [], lambda s, score: [_marked(s.sis_id), _marked(s.login), score, "#"]


def _marked(value: str) -> str:
    """A Brightspace identity as its export writes it, '#' before it; an empty one stays empty."""
    return f"#{value}" if value else ""


def _scale_differs(fmt: str, students, maximum: float) -> list[str]:
    """One line when the Moodle worksheet read as the roster says the assignment's Maximum Grade is not mlptutor's:
    Moodle's import reads each Grade as points on its own scale, and ignores the file's Maximum Grade."""
    theirs = {s.lms_max for s in students if s.lms_max and s.lms_max != "-"}
    try:
        scales = {float(value.replace(",", ".")) for value in theirs}
    except ValueError:
        return [f"the worksheet's Maximum Grade {sorted(theirs)[0]!r} is not a number; check the scale in Moodle"]
    if fmt != "moodle-worksheet" or not scales or scales == {maximum}:
        return []
    # the upload skips a grade above the assignment's maximum as out of range, with no word (mod/assign/feedback/
    # offline/importgradesform.php)
    skipped = f" (the upload skips each grade above {number_text(max(scales))}, unsaid)" if max(scales) < maximum else ""
    return [f"Moodle's Maximum Grade is {number_text(max(scales))} (the worksheet), mlptutor's {number_text(maximum)}: "
            f"the grades are points out of {number_text(maximum)}{skipped}; set the assignment's maximum grade in "
            f"Moodle to {number_text(maximum)} before uploading"]


# the assignment's column in the LMS's own gradebook export, as (its key: item id or name, its points possible)
_ITEM_COLUMNS = {
    "Canvas": re.compile(r"(?P<name>.*?)\s*\((?P<key>[0-9]+)\)"),  # "HW3 (4411)": its points in the Points Possible row
    # "HW3 [Total Pts: 4 Score] |7240", or a column without its points ("Homework 1 |12345"): the upload finds a column
    # by the id after '|' alone
    "Blackboard": re.compile(r"(?P<name>.*?)\s*(?:\[Total Pts: (?:up to )?(?P<points>[0-9.,]+)[^]]*\])?\s*\|\s*"
                             r"(?P<key>\S+)"),
    "Brightspace": re.compile(r"(?P<key>(?P<name>.+?)) Points Grade\s*"
                              r"(?:<[^>]*\bMaxPoints:(?P<points>[0-9.,]+)[^>]*>)?"),
}
# what Canvas's importer takes for its own total columns and passes over: any header holding one of these
# (GradebookImporter::NON_ASSIGNMENT_COLUMN_HEADERS, matched anywhere, in this letter case), "Unposted" ones too
_CANVAS_TOTALS = re.compile("(?:Current|Final) (?:Score|Points|Grade)|Override (?:Score|Grade|Status)")


def _item_column(system: str, cell: str) -> re.Match | None:
    """The match of an assignment's column header in `system`'s gradebook export, or None (Canvas's total columns,
    "Current Score (2024)" of a grading period named 2024, are none, as its importer reads them)."""
    if system == "Canvas" and _CANVAS_TOTALS.search(cell):
        return None
    return _ITEM_COLUMNS[system].fullmatch(cell.strip())


_TAKES = {"Canvas": "records the points as written (over 100%)", "Blackboard": "records the points as written",
          "Brightspace": "caps each grade at the item's maximum unless it Can Exceed"}


def item_scale(fmt: str, roster: Roster, assignment: str, item_id: str, maximum: float) -> list[str]:
    """The lines about the assignment's column in `fmt`'s import (_column_lines); for Blackboard without `item_id`
    one line at least, since its upload makes that column a text column worth 0 points: the export's column to give
    when the roster is Blackboard's export, else the column to create (one line, not one of each: lms21); for Moodle's
    file, which carries no maximum (nor does the grade export it is made from), the maximum to set (_moodle_scale)."""
    if fmt == "moodle":
        return _moodle_scale(assignment, maximum)
    if fmt == "moodle-worksheet":
        return _worksheet_on_scale(roster, maximum)
    lines = _column_lines(fmt, roster, assignment, item_id, maximum)
    if fmt == "blackboard" and not item_id and not lines:
        lines = [f"no --lms-item-id: Blackboard's upload adds a column without a Column ID as {_TEXT_COLUMN} (its "
                 f"[Total Pts] is not read): create the {assignment} column ({number_text(maximum)} points) in the "
                 "Grade Center and export again with --lms-item-id <its Column ID>"]
    return lines + _name_lines(fmt, assignment, item_id)


# Canvas's importer reads a column header "<title> (<digits>)" as that assignment id (Assignment.title_and_id)
_CANVAS_TITLE_ID = re.compile(r"(?P<title>.*)\s\((?P<id>[0-9]+)\)")


def _name_lines(fmt: str, assignment: str, item_id: str) -> list[str]:
    """One line when the assignment's name is read as something else in `fmt`'s column header: a Canvas name ending in
    "(2024)" without `item_id` is taken for assignment 2024 (and a new assignment is named without it), one holding
    "Final Grade" for a total column, passed over (written in lower case with `item_id`: _canvas); a '|' in a
    Blackboard name, where the upload reads the Column ID from, is written as '/' (_blackboard_name)."""
    if fmt == "canvas" and not item_id and (found := _CANVAS_TITLE_ID.fullmatch(assignment)):
        return [f"the assignment's name {assignment!r} ends in '({found['id']})', which Canvas's import reads as "
                f"assignment id {found['id']} (a new assignment would be named {found['title']!r}): give --lms-item-id "
                "<its id> (the number after /assignments/ in its address)"]
    if fmt == "canvas" and (total := _CANVAS_TOTALS.search(assignment)):
        written = (f"the canvas file writes it {_canvas(assignment, item_id, 0)[0][-1]!r}, which Canvas finds by "
                   "its id" if item_id else
                   "its column in the canvas file would import nothing: give --lms-item-id <its id>")
        return [f"the assignment's name {assignment!r} holds {total[0]!r}, and Canvas's import passes over every "
                f"column whose header holds it (its own totals): {written}"]
    if fmt == "blackboard" and "|" in assignment:
        return [f"the assignment's name {assignment!r} holds '|', where Blackboard's upload reads a column's id from: "
                f"the blackboard file names it {_blackboard_name(assignment)!r}"]
    return []


def _blackboard_name(assignment: str) -> str:
    return assignment.replace("|", "/")


_TEXT_COLUMN = "a text column worth 0 points, left out of its totals"


def _worksheet_on_scale(roster: Roster, maximum: float) -> list[str]:
    """One line when the grading worksheet read as the roster has a Scale column where a points assignment's has
    Maximum Grade (mod/assign/gradingtable.php): the assignment is graded on a scale, and the upload keeps a grade only
    if it is one of the scale's words (mod/assign/feedback/offline/importgradesform.php), so points import nothing."""
    names = roster.layout.headers if roster.layout else {}
    if "scale" not in names or names["scale"].lower() not in (cell.strip().lower() for cell in read_table(
            roster.path)[0]):
        return []
    return [f"{roster.path} has a {names['scale']!r} column, not {names['maximum']!r}: the assignment is graded on a "
            "scale in Moodle, whose upload keeps only grades that are the scale's words, so these points would import "
            f"nothing; set its grade type to Point (maximum {number_text(maximum)}) and download the worksheet again"]


def _moodle_scale(assignment: str, maximum: float) -> list[str]:
    """One line: Moodle's CSV import reads each grade as points of the grade item it is mapped to (a new item's
    maximum is 100); a grade above that maximum makes Moodle 4.1 and later refuse the whole file (MDL-50650,
    grade/tests/behat/grade_import.feature), earlier releases cap it; a locked grade (grade_grade::is_locked: the
    item's or the student's) stops the import with 'gradelocked', importing nothing (grade/import/csv/classes/
    load_data.php, prepare_import_grade_data)."""
    points = number_text(maximum)
    return [f"the moodle file gives no maximum: its {assignment} grades are points out of {points}; set the maximum "
            f"grade of the grade item it goes to in Moodle to {points} before importing (Moodle reads each grade on "
            "that item's scale, and a grade above its maximum makes Moodle 4.1 and later refuse the whole file, "
            "earlier releases cap it unsaid), and unlock the item and its grades: the import stops at a locked grade "
            "(the item locked, or a student's grade locked by hand or by its 'Locked after' date), importing nothing"]


def _column_lines(fmt: str, roster: Roster, assignment: str, item_id: str, maximum: float) -> list[str]:
    """One line when the roster is `fmt`'s own gradebook export and the assignment's column there (Canvas's and
    Blackboard's of `item_id`, Brightspace's of the assignment's name) is worth other points than `maximum`, or
    when it has no column of `item_id` (a mistyped id: the LMS would add a column); else none."""
    system = roster.layout.system if roster.layout else ""
    key = assignment if system == "Brightspace" else item_id
    if system.lower() != fmt or system not in _ITEM_COLUMNS:  # Moodle's export: its columns are not read (lms21)
        return []
    header, *rows = read_table(roster.path)
    if not key:  # Canvas, Blackboard without an id: a column of the assignment's name is likely the one meant
        named = [(cell.strip(), found["key"]) for cell in header
                 if (found := _item_column(system, cell)) and found["name"].casefold() == assignment.casefold()]
        return [f"{system}'s column {cell!r} in {roster.path} is named like {assignment}: give --lms-item-id {id_} "
                "so that the import finds that column by its id" for cell, id_ in named] or _new_column(
            system, roster, header, assignment)
    possible = next((row for row in rows if row and row[0].strip().lower() == "points possible"), [])  # Canvas's
    for at, cell in enumerate(header):
        if not ((found := _item_column(system, cell)) and found["key"].strip() == key):
            continue
        readings = _point_readings(found.groupdict().get("points") or (possible[at] if at < len(possible) else ""))
        if not readings or maximum in readings:  # no points written (Brightspace's without MaxPoints), or the same
            return []
        theirs = readings[0]
        return [
            f"{system}'s column {cell.strip()!r} in {roster.path} is worth {number_text(theirs)} points, mlptutor's "
            f"{assignment} {number_text(maximum)}: {system} {_TAKES[system]}; set the assignment's points to "
            f"{number_text(maximum)} in {system} before importing (or grade with --exercises naming its exercises)"]
    if system == "Brightspace":
        return _new_column(system, roster, header, assignment)
    return [f"--lms-item-id {item_id}: no column of {roster.path} has that {system} id; check it (the import would add "
            "a new column)"]


def _point_readings(points: str) -> list[float]:
    """The values an export's points may stand for: '4.5'; '4,5' with a decimal comma (a German locale's); '1,000' a
    thousand or one with a decimal comma, the thousand first (read as 1.0 it was told 'worth 1 points' for a
    1000-point column); none when there is no number."""
    points = points.strip()
    readings = [float(points.replace(",", ""))] if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?", points) else []
    try:
        return readings + [float(points.replace(",", "."))]
    except ValueError:
        return readings


def _new_column(system: str, roster: Roster, header: list[str], assignment: str) -> list[str]:
    """One line when the export's assignment columns hold none the file fills: the import adds a column named after
    mlptutor's assignment (the class folder's name unless --assignment gave one), beside the one meant."""
    items = [found for cell in header if (found := _item_column(system, cell))]
    fix = ("grade with --assignment <its name> (Brightspace finds the item by name)" if system == "Brightspace"
           else "give --lms-item-id <its id>")
    added = f" ({_TEXT_COLUMN})" if system == "Blackboard" else ""
    return [f"{system}'s import adds a new column {assignment!r}{added}: {roster.path}'s assignment columns are "
            f"{', '.join(repr(found['name' if system == 'Brightspace' else 0]) for found in items)}; to fill one of "
            f"them, {fix}"] if items else []


# what Canvas's gradebook exporter writes in an assignment's cell instead of a score, and what its importer does with a
# grade given there (lib/gradebook_exporter.rb, app/models/gradebook_importer.rb)
_CANVAS_MARKS = {
    "EX": "excused in Canvas (EX in the roster's column {item}), graded here: no canvas row, so Canvas keeps them "
          "excused (an imported grade would replace the excused mark; enter it there to count it)",
    "N/A": "not gradable in Canvas (N/A in the roster's column {item}: the assignment is not assigned to them, or its "
           "anonymous grades are not posted), graded here: no canvas row, as Canvas's import drops such a grade unsaid "
           "(assign it to them, or post its grades, then export the gradebook again)",
}


def canvas_marks(fmt: str, roster: Roster, item_id: str) -> dict[str, str]:
    """{id (casefolded): its cell} of the students whose cell in the column of `item_id` is one of _CANVAS_MARKS when
    the roster is Canvas's gradebook export."""
    layout = roster.layout
    if fmt != "canvas" or not item_id or not layout or layout.system != "Canvas":
        return {}
    header, *rows = read_table(roster.path)
    names = [cell.strip().lower() for cell in header]
    at = next((at for at, cell in enumerate(header) if (found := _item_column("Canvas", cell))
               and found["key"] == item_id), None)
    return {} if at is None else {
        layout.student_id(layout.record(names, row)).casefold(): row[at].strip().upper() for row in rows
        if at < len(row) and row[at].strip().upper() in _CANVAS_MARKS}


def foreign_ids(fmt: str, roster: Roster) -> str | None:
    """Why `roster` cannot fill `fmt`'s file, or None: another system's export, whose lms_id is that system's user
    id (Canvas's user ID, a Moodle worksheet's participant id), which the Canvas import (by ID first) and the Moodle
    worksheet (by Identifier alone) would take for their own, giving each grade to whoever holds that number there.
    A roster in mlptutor's own columns is the instructor's word."""
    system = roster.layout.system if roster.layout else ""
    target = {"canvas": ("Canvas", "Canvas's gradebook export"),
              "moodle-worksheet": ("Moodle", "the assignment's grading worksheet from Moodle")}.get(fmt)
    if not system or not target or system.startswith(target[0]) or not any(s.lms_id for s in roster.students):
        return None
    return (f"{roster.path} is a {system} export, whose ids are that system's own: --format {fmt} would give each "
            f"grade to whoever holds that number in {target[0]}; give {target[1]} as --roster")


# what Canvas's GradebookImporter finds a row's user by: its ID, else its SIS User ID, else its SIS Login ID
_CANVAS_IDENTITIES = ("lms_id", "sis_id", "login")


def _identities(fmt: str, who: Student) -> list[tuple[str, str]]:
    """(kind, value) of each identity the LMS's import may find a user by in `who`'s row, the one it finds this
    row's user by first: Canvas's order; elsewhere the login; none in the worksheet (its participant ids are the
    roster's unique ids)."""
    kinds = () if fmt == "moodle-worksheet" else _CANVAS_IDENTITIES if fmt == "canvas" else ("login",)
    return [(kind, value.casefold()) for kind in kinds if (value := getattr(who, kind))]


def _one_row_per_user(fmt: str, rows: list[tuple[Student, list]]) -> tuple[list[list], list[str]]:
    """The rows but those of students the LMS would take for one user (a roster giving two students one login, or
    a graded student off the roster whose id is a roster student's login, even where that student's own row is
    found by its Canvas ID), and one line per such user: the LMS's import gives that user each row's grade in
    turn, the last one winning, with no word said."""
    holders: dict[tuple[str, str], list[str]] = {}  # identity -> the rows holding it
    for who, _ in rows:
        for identity in _identities(fmt, who):
            holders.setdefault(identity, []).append(who.id)
    shared: dict[tuple[str, str], list[str]] = {}  # the identity a row's user is found by -> the rows it may take
    for who, _ in rows:
        found = _identities(fmt, who)[:1]
        if found and len(holders[found[0]]) > 1:
            shared.setdefault(found[0], holders[found[0]])
    dropped = {student for ids in shared.values() for student in ids}
    lines = [f"{', '.join(ids)}: one {fmt} user ({value!r}), so no row for any of them (the LMS would keep the "
             "last row's grade); give each student their own LMS identity in the roster"
             for (_, value), ids in shared.items()]
    return [cells for who, cells in rows if who.id not in dropped], lines


_MOODLE_IDENTITIES = {"ID number": "sis_id", "Username": "login", "Email address": "email"}


def _moodle_user_columns(fmt: str, students: list[Student]) -> list[str]:
    """One line when the moodle file's user columns ("Map from" in Moodle's import) are not each filled in every row
    or in none, or its Username or Email address is in no row (the roster gives none: Moodle's grade export leaves
    the username out by default, a worksheet's ids are participant ids), naming the columns to map from: those filled
    in every row. Moodle's CSV import skips an empty user cell but keeps the user of the row before (grade/import/csv/
    classes/load_data.php sets its studentid only from a non-empty cell), so mapped from a column empty in some rows
    only, a row's grade goes to the student above it."""
    if fmt != "moodle" or not students:
        return []
    filled = {column: sum(bool(getattr(s, field)) for s in students) for column, field in _MOODLE_IDENTITIES.items()}
    partial = [column for column, count in filled.items() if 0 < count < len(students)]
    full = [column for column, count in filled.items() if count == len(students)]
    said = [f"{', '.join(partial)} is empty in some rows of the moodle file, and Moodle's import gives such a row's "
            "grade to the student of the row above when users are mapped from it"] if partial else []
    # Moodle finds a user by the mapped cell as written (an email in another letter case stops the import on
    # PostgreSQL), so an identity the roster lacks is left empty, never made up, and said
    said += [f"the roster gives no {what}, so the moodle file's {column} is empty"
             for column, what in (("Username", "Moodle username"), ("Email address", "email address"))
             if not filled[column]]
    if not said:
        return []
    use = f"map users from {' or '.join(full)}, filled in every row" if full else (
        "no user column is filled in every row: give each student's login, sis_id or email in the roster")
    return [f"{'; '.join(said)}: {use}"]


_LAYOUTS: dict[str, Callable] = {"canvas": _canvas, "moodle": _moodle, "moodle-worksheet": _moodle_worksheet,
                                 "blackboard": _blackboard, "brightspace": _brightspace}


# Canvas saves a grade at 2 decimals and shows it so: 4.333333 was saved as 4.33, and a regrade that moved a score in
# its 3rd decimal showed as no change in the import's preview yet changed the grade (4.333 -> 4.334, both 4.33). A
# teacher's report, not Canvas's docs (community.canvaslms.com/ideas/12138-option-to-eliminate-rounding-in-gradebook)
_PLACES = {"canvas": 2}


def _rounded(score: float, places: int) -> float:
    """`score` at `places` decimals, a half up as on paper: round() takes a half to even and reads the binary float
    (eighth-point credit 7.125 -> 7.12, 1.005 -> 1), where its shortest decimal (repr) is what grades.csv shows."""
    return float(Decimal(repr(score)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))


def lms_csv(fmt: str, assignment: str, reports: list[SubmissionReport], roster: dict[str, Student],
            lateness: dict[str, Late] | None = None, item_id: str = "",
            worksheet: dict[str, str] | None = None, marks: dict[str, str] | None = None) -> tuple[str, list[str]]:
    """(the CSV text, the lines to print: one for the graded students the roster lacks, counted): such a student keeps
    a row holding only their mlptutor id as the login, so nobody is dropped, but in the worksheet and Moodle's file
    (module docstring). `worksheet`: the headers of the Moodle grading worksheet read as the roster (its language),
    which the moodle-worksheet export writes back. `marks`: {id (casefolded): its cell} of the students Canvas holds
    excused or not gradable in this assignment (canvas_marks), given no row, one line per mark."""
    lateness = lateness or {}
    maximum = max((r.max_score for r in reports), default=0.0)
    layout = partial(_moodle_worksheet, names=worksheet) if fmt == "moodle-worksheet" and worksheet else _LAYOUTS[fmt]
    header, before, row = layout(assignment, item_id, maximum)
    marks = marks or {}
    rows, off, held = [], {}, {}  # off: what befalls graded students the roster lacks -> their ids
    for report in reports:
        who = roster.get(report.student)
        if mark := marks.get(report.student.casefold()):
            held.setdefault(mark, []).append(report.student)
            continue
        if fmt == "moodle-worksheet" and not (who and who.lms_id):
            off.setdefault("without a Moodle participant id, so no worksheet row (give the grading worksheet Moodle "
                           "downloads as the roster)", []).append(report.student)
            continue
        if who is None and fmt == "moodle":
            off.setdefault("not on the roster, so no moodle row: Moodle's import stops at a row whose user is not in "
                           "the course (or not in the importing teacher's group in separate groups mode), importing "
                           "nothing (add them to the roster)", []).append(report.student)
            continue
        if who is None:
            fix = ("Canvas's anonymous ids, which no class list holds: grade the download Canvas makes once the "
                   "grades are posted" if ANONYMOUS.fullmatch(report.student) else "add them to the roster")
            off.setdefault(f"not on the roster: their {fmt} rows have only the mlptutor id as the login ({fix})",
                           []).append(report.student)
            who = Student(report.student, report.student)
        # an id that is no username: a worksheet's participant id or the student's Email address (in any letter case:
        # graded under Gradescope's 'ann.lee@uni.edu', Moodle's 'Ann.Lee@Uni.edu'; said by _moodle_user_columns);
        # Brightspace's export by OrgDefinedId alone makes that the id: written as a Username it named no user
        # ('#0012345' both), and its import needs one of the two
        not_login = (fmt == "moodle" and (who.lms_id or who.id.casefold() == who.email.casefold())
                     or fmt == "brightspace" and who.id == who.sis_id)
        if not who.login and not not_login:
            who = replace(who, login=who.id)
        penalty = lateness.get(report.student, Late()).penalty
        rows.append((who, row(who, number_text(_rounded(report.score - penalty, _PLACES.get(fmt, 6))))))
    missing = [counted(ids, what) for what, ids in off.items()] + _moodle_user_columns(fmt, [who for who, _ in rows])
    missing += _graded_in_moodle(fmt, [who for who, _ in rows]) + _names_unsplit(fmt, [who for who, _ in rows])
    missing += _locked_in_moodle(fmt, [who for who, _ in rows])
    rows, clashes = _one_row_per_user(fmt, rows)
    missing += clashes
    graded = {r.student for r in reports}
    if ungraded := [key for key in roster if key not in graded]:
        missing.append(ungraded_line(ungraded, f"no {fmt} row, so the LMS keeps the grade it has (enter 0 there if a "
                                               "missing submission scores 0)"))
    missing += [counted(ids, _CANVAS_MARKS[mark].format(item=item_id)) for mark, ids in held.items()]
    missing += _scale_differs(fmt, roster.values(), maximum)
    missing += _penalised_twice(fmt, [r.student for r in reports if lateness.get(r.student, Late()).penalty])
    text = csv_text(header, before + rows, csv.QUOTE_ALL if fmt == "blackboard" else csv.QUOTE_MINIMAL)
    return ("\ufeff" if fmt == "brightspace" and not text.isascii() else "") + text, missing


def _names_unsplit(fmt: str, students: list[Student]) -> list[str]:
    """One line when Moodle's or Blackboard's first and last name cells are empty where the roster gives only a full
    `name` (as Canvas's export does): no rule splits 'Mary Ann van der Berg' into the two, and neither import reads
    them (Moodle maps a row by ID number, Username or Email address; Blackboard by Username), so they stay empty."""
    unsplit = [s.id for s in students if s.name and s.name != s.id and not (s.first_name or s.last_name)]
    if fmt not in ("moodle", "blackboard") or not unsplit:
        return []
    key = "ID number, Username or Email address" if fmt == "moodle" else "Username"
    whose = "1 student is" if len(unsplit) == 1 else f"{len(unsplit)} students are"
    return [f"the first and last name cells of {whose} empty: the roster gives only a full name, "
            f"which does not split reliably, and {fmt}'s import matches students by {key}, not by name (give "
            "first_name and last_name columns to fill them)"]


def _graded_in_moodle(fmt: str, students: list[Student]) -> list[str]:
    """One line when the worksheet read as the roster says Moodle holds a grade of some students written (its Last
    modified (grade) a time, not "-"): the upload skips a student whose grade in Moodle changed over a minute after
    the file's Last modified (grade), which the worksheet leaves empty (a time of 0), unless told to allow it
    (mod/assign/feedback/offline/locallib.php, process_import_grades): a regrade uploaded again changed nobody."""
    graded = [s.id for s in students if s.lms_graded not in ("", "-")]
    if fmt != "moodle-worksheet" or not graded:
        return []
    return [f"the worksheet says Moodle holds a grade of {len(graded)} of these students already: its upload skips "
            "each of them, unsaid, unless 'Allow updating records that have been modified more recently in Moodle "
            "than in the spreadsheet' is ticked"]


_NO = {"no", "nein", "non"}  # Moodle's 'no' in the worksheet's languages (WORKSHEET_HEADERS): en, es; de; fr


def _locked_in_moodle(fmt: str, students: list[Student]) -> list[str]:
    """One line when the worksheet read as the roster says some students' grades cannot be changed (its Grade can be
    changed: No, a grade locked or overridden in the gradebook): the worksheet's upload skips each ('The grade has
    been locked in the gradebook for ...', mod/assign/feedback/offline, gradelockedingradebook), their new grades
    unsaid; Moodle's CSV grade import (--format moodle) stops at the first, importing nothing (gradelocked)."""
    locked = [s.id for s in students if s.lms_changeable.casefold() in _NO]
    if fmt not in ("moodle", "moodle-worksheet") or not locked:
        return []
    effect = ("its upload skips them" if fmt == "moodle-worksheet"
              else "Moodle's grade import stops at the first of them, importing nothing")
    return [counted(locked, "with 'Grade can be changed: No' in the worksheet (their grade locked or overridden in "
                            f"Moodle's gradebook): {effect}, so unlock the grade (Grades > Grader report) before "
                            "uploading")]


def _penalised_twice(fmt: str, penalised: list[str]) -> list[str]:
    """One line when the Canvas file holds grades mlptutor's late penalty took points from: Canvas's Late Submission
    policy, when on, deducts from a late submission's grade as it is graded, an imported one too (Canvas's guide, "How
    do I apply a Late Submission policy in the Gradebook?"), so such a student would lose points twice."""
    if fmt != "canvas" or not penalised:
        return []
    return [f"the canvas file holds {len(penalised)} grade{'s' * (len(penalised) != 1)} after mlptutor's late penalty "
            "(the penalty column of grades.csv), and Canvas's Late Submission policy, if on for the course, deducts "
            "again from a late submission's imported grade: turn it off before importing, or grade without "
            "--late-penalty and let Canvas deduct"]


def student_rows(fmt: str, text: str) -> int:
    """How many students' rows a file lms_csv wrote in `fmt` holds: not its header, nor Canvas's Points Possible row."""
    return len(list(csv.reader(io.StringIO(text)))) - 1 - (fmt == "canvas")
