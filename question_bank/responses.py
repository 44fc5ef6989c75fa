"""Reading RESPONSES.csv for `quiz grade` line by line, so no malformed line can take others with it.

The file has a header and one row per answer:

    student,question,answer,response
    alice,softmax-probabilities,p,"[0.659, 0.242, 0.099]"

Header names are matched case-insensitively and with spaces trimmed
(`Student,Question,Answer,Response` is fine), and so are student ids,
question ids and answer names (an LMS lowercases usernames; roster ids are
unique ignoring case). An optional column `variant`
names the student whose variant was answered, when an LMS handed one
variant to everyone (the Canvas export of a split question names it); empty
means the student's own. Further columns are ignored.
Each physical line is one row, but for a quoted response that spans lines
(a spreadsheet's or a form's multi-line cell) and closes within MAX_SPAN
lines, none of them a row of its own. A line that cannot be read is reported
with its line number and skipped, and every other line is still read:

- a quote opened and not closed there (a field spanning lines would
  otherwise swallow every later row),
- more fields than the header (an unquoted comma; `0,109` gets a hint to
  write a decimal point) or too few to reach the four columns (a missing
  response is reported, not graded as "no answer"; an empty response field
  is "no answer"; trailing optional columns may be left out),
- an unknown student, question or answer name, a second row for the same
  answer (the first is kept).

Only a file that cannot be read at all, or a header without the four
columns, raises ResponsesError.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from mlptutor.grader.bulk.folders import open_regular
from mlptutor.question_bank.variants import Quiz

__all__ = ["COLUMNS", "ResponsesError", "Problem", "Responses", "read_responses"]

COLUMNS = ("student", "question", "answer", "response")
_DIGITS = re.compile(r"\s*[+-]?\d+\s*")


class ResponsesError(ValueError):
    """RESPONSES.csv cannot be read at all (message is one line)."""


@dataclass(frozen=True)
class Problem:
    """A skipped line: `student` is the quiz student it seems to belong to, if any."""

    line: int
    message: str
    student: str | None = None


@dataclass(frozen=True)
class Responses:
    """(student, question, answer name) -> response text, and the lines that were skipped."""

    by_key: dict[tuple[str, str, str], str]
    problems: list[Problem] = field(default_factory=list)
    variant_of: dict[tuple[str, str], str] = field(default_factory=dict)  # (student, question) -> variant owner

    def of(self, student: str) -> dict[tuple[str, str], str]:
        return {(q, a): text for (s, q, a), text in self.by_key.items() if s == student}

    def students(self) -> set[str]:
        """Students with at least one row read or one skipped line."""
        return {s for s, _, _ in self.by_key} | {p.student for p in self.problems if p.student}


def _fields(line: str) -> list[str]:
    return next(csv.reader([line], strict=True))


def _header(line: str, path: Path) -> dict[str, int]:
    semicolons = ResponsesError(f"{path}: the columns are separated by ';': save it as comma-separated CSV with the "
                                f"header {','.join(COLUMNS)}")
    try:
        names = [name.strip().lower() for name in _fields(line)]
    except csv.Error as exc:  # '"student";"question";...', a spreadsheet quoting every cell, fails here
        unread = ResponsesError(f"{path} line 1: cannot read the header ({exc})")
        raise (semicolons if ";" in line else unread) from None
    missing = [c for c in COLUMNS if c not in names]
    if missing and len(names) == 1 and ";" in line:
        raise semicolons
    if missing:
        raise ResponsesError(f"{path}: no column {missing[0]!r}: the header must be {','.join(COLUMNS)}")
    repeated = sorted({n for n in names if n in COLUMNS and names.count(n) > 1})
    if repeated:
        raise ResponsesError(f"{path}: the column {repeated[0]!r} appears twice in the header; keep one")
    return {c: names.index(c) for c in (*COLUMNS, "variant") if c in names}


def _too_many(fields: list[str], width: int, response: int) -> str:
    extra = len(fields) - width
    message = f"{len(fields)} fields where the header has {width}"
    pair = fields[response:response + 2]
    if extra == 1 and len(pair) == 2 and all(_DIGITS.fullmatch(p) for p in pair):
        return f"{message}: {pair[0].strip()},{pair[1].strip()} looks like a decimal comma; write {pair[0].strip()}.{pair[1].strip()}"
    return f"{message}: quote a response that holds commas (\"0.5, 0.3\")"


def _row(line: str, columns: dict[str, int], width: int) -> tuple[dict[str, str] | None, str | None]:
    """The row's four values, or None and why the line is skipped."""
    try:
        fields = _fields(line)
    except csv.Error as exc:
        if "end of data" in str(exc):
            return None, (f"a quote opens here and is not closed on this line nor before the next row (or within "
                          f"{MAX_SPAN} lines): close the quoted response, doubling the quotes inside it")
        if "field limit" in str(exc):
            return None, f"a field longer than {csv.field_size_limit():,} characters: no answer is that long"
        return None, f"cannot read it as CSV ({exc}): quote the whole response and double the quotes inside it"
    if len(fields) > width:
        return None, _too_many(fields, width, columns["response"])
    missing = [c for c in COLUMNS if columns[c] >= len(fields)]
    if missing:
        return None, f"{len(fields)} fields where the header has {width}: no {' or '.join(missing)}"
    return {c: fields[i] for c, i in columns.items() if i < len(fields)}, None


MAX_SPAN = 20  # lines a quoted response may span (a form's paragraph answer, a matrix row by row)


def _record(line: str) -> list[str] | None:
    try:
        return _fields(line)
    except csv.Error:
        return None


def _records(lines: list[tuple[int, str]], width: int):
    """(first line number, text) of each CSV record: a line whose quote stays open joined with the lines that
    close it (a spreadsheet's or a form's multi-line cell) when they do within MAX_SPAN lines, none of them a row
    of its own, into a row of the header's width; else the line alone, whose problem is then said (a stray quote
    must not swallow the rows after it)."""
    i = 0
    while i < len(lines):
        span = 1
        if _record(lines[i][1]) is None:
            for end in range(i + 1, min(i + MAX_SPAN, len(lines))):
                own = _record(lines[end][1])
                if own is not None and len(own) >= width:  # a row of its own: the quote was a stray one
                    break
                joined = _record("\n".join(line for _, line in lines[i:end + 1]))
                if joined is not None:
                    span = end + 1 - i if len(joined) == width else 1
                    break
        yield lines[i][0], "\n".join(line for _, line in lines[i:i + span])
        i += span


def _guess_student(line: str, column: int, students: dict[str, str]) -> str | None:
    try:
        fields = next(csv.reader([line]), [])
    except csv.Error:  # the line's own problem, said already (a response over csv's field limit): split plainly
        fields = line.split(",")
    return students.get(fields[column].strip().casefold()) if column < len(fields) else None


def _named(text: str, names) -> str:
    """The one name of `names` that `text` is, ignoring case (an LMS lowercases usernames: Moodle's 'alice.smith'
    for the roster's 'Alice.Smith'); `text` itself when none or several are."""
    same = [name for name in names if name.casefold() == text.casefold()]
    return same[0] if len(same) == 1 else text


def read_responses(path: str | Path, quiz: Quiz) -> Responses:
    """Every readable row of RESPONSES.csv, checked against the quiz; every other line as a Problem."""
    path = Path(path)
    try:
        with open_regular(path) as handle:  # a FIFO or a device is refused unread, never waited on
            text = handle.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ResponsesError(f"{path}: not UTF-8 text; save it as CSV UTF-8") from None
    except OSError as exc:
        raise ResponsesError(f"{path}: cannot read it ({exc.strerror})") from None
    # UTF-16 without a BOM decodes as UTF-8, a NUL beside every ASCII letter of the header ("no column 'student'"); a
    # NUL in one student's answer is that answer's business, not the file's
    if "\x00" in text.split("\n", 1)[0]:
        raise ResponsesError(f"{path}: not UTF-8 text (NUL bytes: UTF-16 without its byte order mark?); "
                             "save it as CSV UTF-8")
    lines = [(n, line) for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1)
             if line.strip()]
    if not lines:
        raise ResponsesError(f"{path}: empty; the header must be {','.join(COLUMNS)}")
    columns = _header(lines[0][1], path)
    width = len(_fields(lines[0][1]))
    students = {s.id.casefold(): s.id for s in quiz.students}  # ids are unique ignoring case (mlptutor.roster)
    ids = set(students.values())
    answers = {v.question: [spec["name"] for spec in v.answer_specs] for v in quiz.variants}
    sheets = {(v.student, v.question) for v in quiz.variants}
    by_key: dict[tuple[str, str, str], str] = {}
    first_line: dict[tuple[str, str, str], int] = {}
    problems: list[Problem] = []
    variant_of: dict[tuple[str, str], str] = {}
    for number, line in _records(lines[1:], width):
        row, why = _row(line, columns, width)
        if row is None:
            problems.append(Problem(number, why, _guess_student(line, columns["student"], students)))
            continue
        student, question, answer = (row[c].strip() for c in COLUMNS[:3])
        student, question = students.get(student.casefold(), student), _named(question, answers)
        answer = _named(answer, answers.get(question, ()))
        known = student if student in ids else None
        if known is None:
            why = f"student {student!r} is not in the quiz (check the roster id)"
        elif question not in answers:
            why = f"question {question!r} is not in the quiz (questions: {', '.join(answers)})"
        elif answer not in answers[question]:
            why = f"question {question} has no answer {answer!r} (answers: {', '.join(answers[question])})"
        elif (student, question, answer) in by_key:
            why = f"a second response of {student} to {question}/{answer} (line {first_line[(student, question, answer)]} is kept)"
        owner = row.get("variant", "").strip() or student
        owner = students.get(owner.casefold(), owner)
        if not why and owner not in ids:
            why = f"variant {owner!r} is not a student of the quiz (the LMS item title names it)"
        elif not why and (owner, question) not in sheets:
            why = f"question {question} is not on the sheet of {owner}"
        elif not why and variant_of.get((student, question), owner) != owner:
            why = f"{student}'s {question} was already answered on the variant of {variant_of[(student, question)]}"
        if why:
            problems.append(Problem(number, why, known))
            continue
        variant_of[(student, question)] = owner
        by_key[(student, question, answer)] = row["response"]
        first_line[(student, question, answer)] = number
    return Responses(by_key, problems, variant_of)
