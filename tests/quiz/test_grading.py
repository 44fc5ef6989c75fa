import csv

import pytest
from click.testing import CliRunner

from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.roster import Student
from mlptutor.question_bank.grading import ResponsesError, grade, grade_quiz, read_responses
from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.variants import build_quiz, save_quiz

QUESTIONS = ("softmax-probabilities", "count-parameters", "weight-decay-step")


@pytest.fixture(scope="module")
def quiz():
    students = [Student("alice", "Alice"), Student("bob", "Bob"), Student("carol", "Carol")]
    return build_quiz([load_question(q) for q in QUESTIONS], students, "midterm")


def _write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["student", "question", "answer", "response"])
        writer.writerows(rows)
    return path


def _typed(value):
    return " ".join(f"{v:.3f}" for v in value) if isinstance(value, list) else f"{value:.4f}"


def _responses(quiz):
    """alice answers her own key; bob forgets the decay and types alice's softmax; carol is absent."""
    rows = [("alice", v.question, name, _typed(value))
            for v in quiz.for_student("alice") for name, value in v.answers.items()]
    bob = {v.question: v for v in quiz.for_student("bob")}
    decay = bob["weight-decay-step"].params
    rows.append(("bob", "weight-decay-step", "w_new", f"{decay['w'] - decay['eta'] * decay['grad']:.4f}"))
    rows.append(("bob", "softmax-probabilities", "p", _typed(quiz.for_student("alice")[0].answers["p"])))
    return rows


def test_each_student_is_graded_against_their_own_variant(quiz, tmp_path):
    reports = {r.student: r for r in grade_quiz(quiz, read_responses(_write(tmp_path / "r.csv", _responses(quiz)), quiz))}
    assert reports["alice"].score == reports["alice"].max_score == 6
    bob = {c.function: c for c in reports["bob"].checks}
    assert not bob["softmax-probabilities"].passed  # alice's numbers are not bob's key
    assert bob["weight-decay-step"].mistake == "decay-forgotten" and bob["weight-decay-step"].hint
    assert bob["count-parameters"].message == "no answer"
    assert reports["carol"].score == 0 and len(reports["carol"].checks) == 3
    assert {(c.exercise, c.kind) for r in reports.values() for c in r.checks} == {("quiz", "value")}


def test_grade_command_records_into_the_gradebook(quiz, tmp_path):
    save_quiz(quiz, tmp_path / "quiz" / "variants.json")
    responses = _write(tmp_path / "responses.csv", _responses(quiz))
    result = CliRunner().invoke(grade, [str(responses), "--quiz-dir", str(tmp_path / "quiz"),
                                        "--gradebook", str(tmp_path / "gb.sqlite")])
    assert result.exit_code == 0, result.output
    assert "alice: 6 / 6" in result.output
    book = Gradebook(tmp_path / "gb.sqlite")
    assert book.assignments() == ["quiz:midterm"]
    reports = book.reports("quiz:midterm")
    assert [r.student for r in reports] == ["alice", "bob", "carol"]
    assert [c.check for c in reports[0].checks] == ["p", "total", "w_new"]
    book.close()
    # grading again replaces the rows instead of adding to them
    assert CliRunner().invoke(grade, [str(responses), "--quiz-dir", str(tmp_path / "quiz"),
                                      "--gradebook", str(tmp_path / "gb.sqlite")]).exit_code == 0
    with Gradebook(tmp_path / "gb.sqlite") as again:
        assert len(again.reports("quiz:midterm")[1].checks) == 3


@pytest.mark.parametrize("row, message", [
    (("dave", "count-parameters", "total", "26"), "student 'dave' is not in the quiz"),
    (("alice", "xor", "label", "1"), "question 'xor' is not in the quiz"),
    (("alice", "count-parameters", "count", "26"), "question count-parameters has no answer 'count'"),
])
def test_bad_rows_are_reported_with_their_line(quiz, tmp_path, row, message):
    good = ("bob", "count-parameters", "total", "26")
    read = read_responses(_write(tmp_path / "r.csv", [row, good]), quiz)
    (problem,) = read.problems
    assert problem.line == 2 and message in problem.message
    assert read.by_key == {("bob", "count-parameters", "total"): "26"}


def test_repeated_rows_are_reported_and_missing_columns_refused(quiz, tmp_path):
    row = ("alice", "count-parameters", "total", "26")
    read = read_responses(_write(tmp_path / "r.csv", [row, (*row[:3], "27")]), quiz)
    assert read.by_key[row[:3]] == "26"
    assert [(p.line, p.student) for p in read.problems] == [(3, "alice")]
    assert "line 2 is kept" in read.problems[0].message
    (tmp_path / "wide.csv").write_text("student,count-parameters\nalice,26\n")
    with pytest.raises(ResponsesError, match="no column 'question'"):
        read_responses(tmp_path / "wide.csv", quiz)


def test_command_errors_are_one_line(tmp_path):
    result = CliRunner().invoke(grade, [str(tmp_path / "r.csv"), "--quiz-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert "variants.json not found" in result.output and "Traceback" not in result.output


def test_symbolic_answers_are_judged_and_recorded_as_symbolic(tmp_path):
    quiz = build_quiz([load_question("softmax-jacobian")], [Student("ana", "Ana")], "formulas")
    rows = [("ana", "softmax-jacobian", "diagonal", "s_i - s_i**2"),
            ("ana", "softmax-jacobian", "off_diagonal", "s_i*s_j")]
    report, = grade_quiz(quiz, read_responses(_write(tmp_path / "r.csv", rows), quiz))
    checks = {c.check: c for c in report.checks}
    assert checks["diagonal"].kind == "symbolic" and checks["diagonal"].passed
    assert checks["off_diagonal"].kind == "symbolic" and not checks["off_diagonal"].passed
    assert checks["jacobian"].kind == "value" and checks["jacobian"].message == "no answer"
    assert report.max_score == 4 and report.score == pytest.approx(4 / 3)


def test_feedback_shortens_a_long_response_and_every_file_ends_its_last_line(quiz, tmp_path):
    save_quiz(quiz, tmp_path / "quiz" / "variants.json")
    long = "1" * 4000 + "<b>" + "2" * 997  # 5,000 characters
    responses = _write(tmp_path / "responses.csv", [("alice", "count-parameters", "total", long)])
    result = CliRunner().invoke(grade, [str(responses), "--quiz-dir", str(tmp_path / "quiz")])
    assert result.exit_code == 0, result.output
    results = tmp_path / "quiz" / "results"
    for suffix in ("md", "html"):
        text = (results / "feedback" / f"alice.{suffix}").read_text()
        assert "1" * 200 in text and "1" * 201 not in text and "2" * 10 not in text
        assert "shortened: 5,000 characters" in text
    for path in [results / "grades.csv", *(results / "feedback").iterdir()]:
        text = path.read_text()
        assert text.endswith("\n") and not text.endswith("\n\n"), path.name
