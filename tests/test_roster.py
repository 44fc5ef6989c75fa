"""mlptutor.roster: one reader for quiz sheets and bulk grading (header styles, BOM, bad rows,
duplicates, hostile names), and what each side does with a problem."""

import json
import os
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from mlptutor.roster import Roster, RosterError, Student, read_roster
from mlptutor.question_bank.commands import quiz as quiz_command
from mlptutor.question_bank.numbered import numbered_students
from mlptutor.question_bank.variants import build_quiz, quiz_to_json


@pytest.fixture
def write(tmp_path):
    def _write(text: str | bytes, name: str = "roster.csv"):
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8", newline="")
        return path

    return _write


# --- header styles ---------------------------------------------------------------------------------

def test_quiz_style_header_gives_names_in_file_order(write):
    roster = read_roster(write("id,name,email\nb2,Bo Li,b@x\na1,Ann,a@x\n"))
    assert roster.students == [Student("b2", "Bo Li", email="b@x"), Student("a1", "Ann", email="a@x")]
    assert roster.problems == [] and roster.named


def test_bulk_style_header_with_bom_and_capitals_joins_first_and_last_name(write):
    roster = read_roster(write("\ufeffStudent,First_Name,LAST_NAME,Email\r\nada,Ada,Lovelace,ada@x\r\nbob,,,\r\n"))
    ada, bob = roster.students
    assert (ada.id, ada.name, ada.first_name, ada.last_name, ada.email) == ("ada", "Ada Lovelace", "Ada", "Lovelace", "ada@x")
    assert bob.name == "bob"  # no name at all: the id is printed
    assert roster.named and roster.problems == []


@pytest.mark.parametrize("header, expected", [
    ("username,id", "i1"), ("id,student_id", "s1"), ("id,student", "s1"), ("username", "u1"),
])
def test_id_column_priority_is_student_student_id_id_username(write, header, expected):
    cells = {"username": "u1", "id": "i1", "student_id": "s1", "student": "s1"}
    row = ",".join(cells[c] for c in header.split(","))
    assert read_roster(write(f"{header}\n{row}\n")).students[0].id == expected


def test_name_column_wins_over_first_and_last_and_falls_back_to_them(write):
    roster = read_roster(write("id,name,first_name,last_name\na1,Ann Smith-Jones,Ann,Smith\nb2,,Bo,Li\n"))
    assert [s.name for s in roster.students] == ["Ann Smith-Jones", "Bo Li"]


def test_an_id_only_roster_is_fine_for_grading_but_not_for_sheets(write):
    roster = read_roster(write("student\nalice\ncarol\n"))
    assert not roster.named and roster.strict_students() == [Student("alice", "alice"), Student("carol", "carol")]
    with pytest.raises(RosterError, match=r"roster.csv row 1: missing column 'name' \(the header needs name"):
        roster.strict_students(need_names=True)


# --- bad rows: one line each, naming the row -------------------------------------------------------

BAD = ("id,name\n"
       "a1,Ann\n"         # row 2
       ",Nobody\n"        # row 3: empty id
       "a/1,Slash\n"      # row 4
       "a1,Again\n"       # row 5: duplicate
       "A1,Shouty\n"      # row 6: duplicate ignoring case
       "b2\n"             # row 7: too few fields
       "c3,Smith, John\n"  # row 8: an unquoted comma
       "\n"               # row 9: blank, skipped silently
       "d4,Dee,,\n")      # row 10: trailing empty cells are padding


def test_bad_rows_are_left_out_with_one_line_each(write):
    path = write(BAD)
    roster = read_roster(path)
    assert [s.id for s in roster.students] == ["a1", "d4"]
    assert roster.problems == [
        f"{path} row 3: empty id",
        f"{path} row 4: id 'a/1' may hold only ASCII letters, digits, '.', '_', '-', '@' and '+',"
        " start with a letter or digit, at most 100 characters (no space)",
        f"{path} row 5: duplicate id 'a1' (first on row 2)",
        f"{path} row 6: duplicate id 'A1' (first on row 2 as 'a1', ids differing only in case name one file)",
        f"{path} row 7: 1 field, the header has 2",
        f"{path} row 8: 3 fields, the header has 2",
    ]


def test_sheets_refuse_a_roster_with_any_problem_grading_skips_the_rows(write):
    roster = read_roster(write(BAD))
    with pytest.raises(RosterError) as error:
        roster.strict_students(need_names=True)
    assert str(error.value).endswith("row 3: empty id (and 5 more problems)")
    assert all(line.endswith("; row skipped") for line in roster.skipped()) and len(roster.skipped()) == 6


@pytest.mark.parametrize("student_id", [
    "../etc", ".hidden", "-rf", "a b", "zoë", "a\\b", "x" * 101, "C:", "a\x00b", "=1+1",
])
def test_ids_that_are_not_plain_file_names_are_problems(write, student_id):
    roster = read_roster(write(f'id,name\n"{student_id}",X\nok,Y\n'))
    assert [s.id for s in roster.students] == ["ok"]
    assert len(roster.problems) == 1 and "row 2: id " in roster.problems[0]
    assert "\n" not in roster.problems[0] and "\x00" not in roster.problems[0]


def test_longest_allowed_id_and_inner_dots_dashes_underscores_pass(write):
    ids = ["x" * 100, "s.smith-2_b", "007"]
    assert [s.id for s in read_roster(write("id,name\n" + "".join(f"{i},N\n" for i in ids))).students] == ids


# --- hostile names ---------------------------------------------------------------------------------

def test_names_become_one_printable_line(write):
    text = ('id,name,email\n'
            'a1,"Ann\nEvil\tTwin",a@x\n'           # a quoted newline: still row 2
            'c3,"\u202eevil\u202c Cy",c@x\n'       # a bidi override
            'd4,"Zoe\u0301 O\'Neil, <b>&",d@x\n')  # decomposed accent; markup stays (renderers escape it)
    roster = read_roster(write(text))
    assert [s.name for s in roster.students] == ["Ann Evil Twin", "evil Cy", "Zoé O'Neil, <b>&"]
    assert unicodedata.is_normalized("NFC", roster.students[2].name)
    assert roster.problems == []


@pytest.mark.parametrize("cell, column, code", [
    ("Bo\x00", "name", "0000"), ("Bo\x1b[31mRed", "name", "001B"), ("Bo\x7f", "first_name", "007F"),
    ("b\x85@x", "email", "0085"), ("Sec\x0b1", "section", "000B"),
])
def test_a_control_character_in_a_kept_cell_is_a_problem_naming_row_and_line(write, cell, column, code):
    # they were dropped from the name without a word (a NUL, a terminal escape: a damaged or forged file)
    cells = {"first_name": "B", "name": "Bo", "email": "b@x", "section": "S", column: cell}
    path = write('id,first_name,name,email,section\na1,A,"Ann\nLee",a@x,S\n'
                 f'b2,{cells["first_name"]},"{cells["name"]}",{cells["email"]},{cells["section"]}\n')
    roster = read_roster(path)
    assert [s.id for s in roster.students] == ["a1"]
    assert roster.problems == [f"{path} row 3 (line 4): column {column!r} holds the control character U+{code}; "
                               "delete it and export the roster again"]
    with pytest.raises(RosterError, match="row 3 \\(line 4\\)"):
        roster.strict_students(need_names=True)


def test_a_bad_row_after_a_multiline_cell_is_named_by_its_spreadsheet_row(write):
    roster = read_roster(write('id,name\na1,"two\nlines"\n,empty\n'))
    assert [p.split(": ")[1] for p in roster.problems] == ["empty id"] and "row 3" in roster.problems[0]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab1._-/,"\n\r \x00\u202eéA'), max_size=60))
def test_any_text_gives_file_safe_unique_ids_or_one_line_errors(tmp_path_factory, body):
    path = tmp_path_factory.mktemp("r") / "roster.csv"
    path.write_text("id,name\n" + body, encoding="utf-8", newline="")
    roster = read_roster(path)
    ids = [s.id for s in roster.students]
    assert len({i.casefold() for i in ids}) == len(ids)
    assert all(i[0].isascii() and i[0].isalnum() and set(i) <= set("ab1._-A") for i in ids)
    assert all("\n" not in s.name and "\x00" not in s.name and "\u202e" not in s.name for s in roster.students)
    assert all("\n" not in p and "\r" not in p for p in roster.problems)


# --- files that cannot be used at all --------------------------------------------------------------

@pytest.mark.parametrize("content, message", [
    ("name,email\nAnn,a@x\n", "row 1: no id column (one of student, student_id, id, username) in the header"),
    ("", ": empty; the first row must name the columns"),
    (",,\na,b,c\n", ": empty; the first row must name the columns"),
    (b"\xff\xfe\x00\xd8", ": cannot be read as UTF-8 text; save it as CSV UTF-8"),  # UTF-16 BOM, broken text
    (b"id,name\n\xe9l\xe8ve,A\n", ": cannot be read as UTF-8 text; save it as CSV UTF-8"),  # Excel's cp1252
    # Moodle's grade export as Excel or OpenDocument: it read 'cannot be read as UTF-8 text', of a file never text
    (b"PK\x03\x04\x14\x00" + bytes(range(256)), ": a spreadsheet workbook (.xlsx, .ods or .xls), not CSV text"),
    ('id,name\na1,"' + "x" * 200_000 + '"\n', "line 2: not valid CSV (field larger than field limit"),
])
def test_unusable_files_raise_one_line(write, content, message):
    with pytest.raises(RosterError) as error:
        read_roster(write(content))
    assert message in str(error.value) and "\n" not in str(error.value)


def test_missing_file_and_header_only_roster(write, tmp_path):
    with pytest.raises(RosterError, match=r"nope.csv: cannot be read \(No such file or directory\)"):
        read_roster(tmp_path / "nope.csv")
    roster = read_roster(write("id,name\n\n"))
    assert roster.students == [] and roster.problems == []
    with pytest.raises(RosterError, match="no students"):
        roster.strict_students()


@pytest.mark.timeout(20)
def test_a_fifo_or_a_device_is_refused_unread(tmp_path):
    # --roster /dev/zero read on forever, a FIFO waited for a writer
    os.mkfifo(tmp_path / "roster.csv")
    for path in (tmp_path / "roster.csv", Path("/dev/zero")):
        with pytest.raises(RosterError, match=rf"^{re.escape(str(path))}: cannot be read \(not a regular file\)$"):
            read_roster(path)


def test_compare_lists_missing_and_unknown_students():
    roster = Roster(Path("r.csv"), [Student("alice"), Student("carol")], [], named=False)
    assert roster.compare(["alice", "zed"]) == ["1 on the roster, no submission: carol",
                                               "zed: submitted, not on the roster (graded anyway)"]
    assert roster.by_id()["carol"] == Student("carol")


# --- the quiz side ---------------------------------------------------------------------------------

def test_quiz_sheets_from_a_bulk_style_roster(tmp_path, write):
    path = write("student,first_name,last_name,email\nada,Ada,Lovelace,ada@x\nbob,Bob,Li,bob@x\n")
    result = CliRunner().invoke(quiz_command, ["--questions", "iterations-per-epoch", "--roster", str(path),
                                               "--seed", "s", "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "Ada Lovelace" in (tmp_path / "o" / "html" / "sheets" / "ada.html").read_text(encoding="utf-8")
    assert "ada@x" not in (tmp_path / "o" / "variants.json").read_text(encoding="utf-8")


def test_variants_json_keeps_only_id_and_name():
    quiz = build_quiz([], [Student("a1", "Ann", first_name="Ann", email="a@x")], "q")
    assert json.loads(quiz_to_json(quiz))["students"] == [{"id": "a1", "name": "Ann"}]


def test_numbered_students_sort_as_files():
    assert [s.id for s in numbered_students(10)][:2] == ["variant-01", "variant-02"]
    assert numbered_students(100)[-1] == Student("variant-100", "Variant 100")
    with pytest.raises(ValueError, match="at least 1"):
        numbered_students(0)
