"""`quiz grade` on malformed response files: every bad line is reported with its number, no row is lost."""

import csv

import pytest
from click.testing import CliRunner

from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.roster import Student
from mlptutor.question_bank.answers import check_answer, parse_number, AnswerFormatError
from mlptutor.question_bank.grading import grade, grade_quiz
from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.notation import to_formula
from mlptutor.question_bank.responses import ResponsesError, read_responses
from mlptutor.question_bank.variants import build_quiz, save_quiz

STUDENTS = [Student("alice", "Alice"), Student("bob", "Bob <b>"), Student("carol", "Carol")]
HEADER = "student,question,answer,response\n"


@pytest.fixture(scope="module")
def quiz():
    return build_quiz([load_question("count-parameters"), load_question("weight-decay-step")], STUDENTS, "m1")


def _total(quiz, student):
    return quiz.for_student(student)[0].answers["total"]


def _file(tmp_path, text, name="r.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_unclosed_quote_is_reported_and_does_not_swallow_later_rows(quiz, tmp_path):
    text = (HEADER + f'alice,count-parameters,total,"{_total(quiz, "alice")}\n'
            f"bob,count-parameters,total,{_total(quiz, 'bob')}\n"
            f"carol,count-parameters,total,{_total(quiz, 'carol')}\n")
    read = read_responses(_file(tmp_path, text), quiz)
    assert [(p.line, p.student) for p in read.problems] == [(2, "alice")]
    assert "not closed on this line" in read.problems[0].message
    assert set(read.by_key) == {("bob", "count-parameters", "total"), ("carol", "count-parameters", "total")}


def test_a_quoted_response_may_span_lines(quiz, tmp_path):
    """A spreadsheet's or a form's multi-line cell (a paragraph answer, a matrix row by row) is one response; a
    line that is a row of its own is never taken into it."""
    total = _total(quiz, "alice")
    text = (HEADER + f'alice,count-parameters,total,"{total}\n"\n'
            f'bob,count-parameters,total,"{_total(quiz, "bob")}\n\n(my final answer)"\n'
            f'carol,count-parameters,total,"{_total(quiz, "carol")}\n'
            f'alice,weight-decay-step,w_new,0.5\n')
    read = read_responses(_file(tmp_path, text), quiz)
    assert read.by_key[("alice", "count-parameters", "total")] == f"{total}\n"
    assert read.by_key[("bob", "count-parameters", "total")].startswith(f"{_total(quiz, 'bob')}\n")
    assert [(p.line, p.student) for p in read.problems] == [(7, "carol")]
    assert ("alice", "weight-decay-step", "w_new") in read.by_key


def test_a_fifo_of_responses_is_refused_unread(quiz, tmp_path):
    import os

    os.mkfifo(tmp_path / "r.csv")
    with pytest.raises(ResponsesError, match="cannot read it"):
        read_responses(tmp_path / "r.csv", quiz)


@pytest.mark.parametrize("line, expected", [
    ("alice,weight-decay-step,w_new,0,109", "looks like a decimal comma; write 0.109"),
    ("alice,weight-decay-step,w_new,1,2,3", "quote a response that holds commas"),
    ("alice,weight-decay-step,w_new", "no response"),
    ("alice,weight-decay-step", "no answer or response"),
    ('alice,weight-decay-step,"w_new"x,1', "quote the whole response"),
    ("alice,weight-decay-step,w_new," + "1" * 200_000, "longer than 131,072 characters: no answer is that long"),
])
def test_extra_and_missing_fields_are_reported_not_cut(quiz, tmp_path, line, expected):
    read = read_responses(_file(tmp_path, HEADER + "\n" + line + "\nbob,count-parameters,total,1\n"), quiz)
    (problem,) = read.problems
    assert problem.line == 3 and expected in problem.message and problem.student == "alice"
    assert list(read.by_key) == [("bob", "count-parameters", "total")]


def test_an_empty_response_field_is_no_answer_and_headers_ignore_case(quiz, tmp_path):
    text = " Student,QUESTION,Answer,Response,Comment\r\nalice,count-parameters,total,,late\r\n"
    read = read_responses(_file(tmp_path, text), quiz)
    assert not read.problems and read.by_key == {("alice", "count-parameters", "total"): ""}
    (report, *_) = grade_quiz(quiz, read)
    assert report.checks[0].message == "no answer"


def test_a_semicolon_separated_file_gets_a_hint(quiz, tmp_path):
    with pytest.raises(ResponsesError, match="separated by ';': save it as comma-separated CSV"):
        read_responses(_file(tmp_path, "student;question;answer;response\nalice;count-parameters;total;0,5\n"), quiz)


def test_a_decimal_comma_in_a_quoted_response_gets_a_hint_not_another_number():
    with pytest.raises(AnswerFormatError, match="decimal comma: write a decimal point, 0.109"):
        parse_number("0,109")
    assert parse_number("109,386") == 109386


def _run(quiz_dir, responses, gradebook):
    return CliRunner().invoke(
        grade, [str(responses), "--quiz-dir", str(quiz_dir), "--gradebook", str(gradebook)])


def test_the_command_grades_the_rest_records_it_and_exits_non_zero(quiz, tmp_path):
    save_quiz(quiz, tmp_path / "q" / "variants.json")
    text = HEADER + f"alice,count-parameters,total,{_total(quiz, 'alice')}\nbob,count-parameters,total,\"1\n"
    result = _run(tmp_path / "q", _file(tmp_path, text), tmp_path / "gb.sqlite")
    assert result.exit_code == 1
    assert "r.csv line 3: a quote opens here" in result.stderr and "1 line(s) skipped" in result.stderr
    with Gradebook(tmp_path / "gb.sqlite") as book:
        reports = {r.student: r for r in book.reports("quiz:m1")}
    assert reports["alice"].score == 2  # count-parameters is worth 2 points
    assert reports["bob"].problems == ["r.csv line 3: " + read_responses(_file(tmp_path, text), quiz).problems[0].message]


def test_a_second_batch_keeps_the_first_batchs_grades(quiz, tmp_path):
    save_quiz(quiz, tmp_path / "q" / "variants.json")
    alice = quiz.for_student("alice")
    decay = alice[1].answers["w_new"]
    first = _file(tmp_path, HEADER + f"alice,count-parameters,total,{_total(quiz, 'alice')}\n", "paper.csv")
    second = _file(tmp_path, HEADER + f"alice,weight-decay-step,w_new,{decay:.4f}\n"
                   f"bob,count-parameters,total,{_total(quiz, 'bob')}\n", "lms.csv")
    assert _run(tmp_path / "q", first, tmp_path / "gb.sqlite").exit_code == 0
    result = _run(tmp_path / "q", second, tmp_path / "gb.sqlite")
    assert result.exit_code == 0, result.output
    with Gradebook(tmp_path / "gb.sqlite") as book:
        scores = {r.student: r.score for r in book.reports("quiz:m1")}
    assert scores == {"alice": 4, "bob": 2, "carol": 0}
    rows = list(csv.DictReader((tmp_path / "q" / "results" / "grades.csv").open()))
    assert rows[0] == {"student": "alice", "name": "Alice", "count-parameters": "2", "weight-decay-step": "2",
                       "total": "4", "max_score": "4"}


def test_feedback_files_escape_the_students_text(quiz, tmp_path):
    save_quiz(quiz, tmp_path / "q" / "variants.json")
    hostile = '<script>alert(1)</script> *bold* $x$'
    responses = tmp_path / "r.csv"
    with responses.open("w", newline="") as handle:
        csv.writer(handle).writerows([["student", "question", "answer", "response"],
                                      ["bob", "count-parameters", "total", hostile]])
    _run(tmp_path / "q", responses, tmp_path / "gb.sqlite")
    page = (tmp_path / "q" / "results" / "feedback" / "bob.html").read_text()
    assert "<script>" not in page and "&lt;script&gt;" in page and "Bob &lt;b&gt;" in page
    markdown = (tmp_path / "q" / "results" / "feedback" / "bob.md").read_text()
    assert r"\*bold\*" in markdown and r"\$x\$" in markdown and "not a number" in markdown


@pytest.mark.parametrize("typed, variables, read_as", [
    ("s_i(1-s_i)", ["s_i"], "s_i*(1-s_i)"),
    ("2z", ["z"], "2*z"),
    ("σ(z)(1−σ(z))", ["z"], "sigmoid(z)*(1-sigmoid(z))"),
    ("1 − tanh(z)²", ["z"], "1-tanh(z)**2"),
    ("tanh²(z)", ["z"], "tanh**2(z)"),  # the judge reads f^n(x) as f(x)^n (grader.symbolic_worker)
    ("z⁻¹ · 3", ["z"], "z**(-1)*3"),
    ("σ(z)", ["σ"], "σ*(z)"),  # σ is the question's variable here, not the sigmoid
    ("2 3", ["z"], "2 3"),  # ambiguous: left for the judge to refuse
])
def test_paper_notation_is_read_where_unambiguous(typed, variables, read_as):
    assert to_formula(typed, variables) == read_as


def test_a_huge_formula_is_left_for_the_judge_to_refuse():
    text = "tanh²(" * 5000
    assert to_formula(text, ["z"]) == text


def test_paper_notation_is_graded_right():
    spec = {"name": "d", "type": "symbolic", "label": "d", "variables": {"s_i": [0.05, 0.95]}}
    assert check_answer(spec, "s_i*(1 - s_i)", "s_i(1−s_i)").correct
    assert not check_answer(spec, "s_i*(1 - s_i)", "s_i(1+s_i)").correct
    spec = {"name": "d", "type": "symbolic", "label": "d", "variables": {"z": [-3.0, 3.0]}}
    assert check_answer(spec, "sigmoid(z)*(1 - sigmoid(z))", "σ(z)(1−σ(z))").correct
    assert check_answer(spec, "1 - tanh(z)**2", "1 − tanh(z)²").correct


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_byte_order_mark_is_named_not_a_missing_column(quiz, tmp_path, encoding):
    """Its ASCII reads as UTF-8 with a NUL beside every letter: "no column 'student'" sent the teacher to the header."""
    path = tmp_path / "r.csv"
    path.write_bytes((HEADER + "alice,count-parameters,total,1\n").encode(encoding))
    with pytest.raises(ResponsesError, match="UTF-16 without its byte order mark.*save it as CSV UTF-8"):
        read_responses(path, quiz)


def test_a_nul_in_one_answer_is_that_answers_not_the_files(quiz, tmp_path):
    """Any NUL refused the whole file as UTF-16, so one student's answer stopped the class's grading."""
    path = tmp_path / "r.csv"
    path.write_text(HEADER + "alice,count-parameters,total,1\x00\n")
    read_responses(path, quiz)  # no ResponsesError
