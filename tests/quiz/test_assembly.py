"""Exam assembly: N questions per sheet by topic and difficulty, per-student shuffles, answer grid, preview."""

import csv
import io
from collections import Counter

import pytest
from click.testing import CliRunner

from mlptutor.roster import Student
from mlptutor.question_bank.render.answer_grid import answer_grid
from mlptutor.question_bank.answers import accepted_keys
from mlptutor.question_bank.assembly import assemble
from mlptutor.question_bank.commands import quiz as quiz_command
from mlptutor.question_bank.render.documents import render_solutions
from mlptutor.question_bank.grading import grade_quiz
from mlptutor.question_bank.loader import QuestionError, load_question, question_ids, select_questions
from mlptutor.question_bank.responses import read_responses
from mlptutor.question_bank.variants import build_quiz

STUDENTS = [Student(f"s{i:02d}", f"Student {i}") for i in range(1, 21)]


@pytest.fixture(scope="module")
def pool():
    return select_questions(topics=["all"])


@pytest.fixture(scope="module")
def exam(pool):
    return assemble(pool, STUDENTS, "final", count=8, shuffle=True)


def _slots(variants):
    return Counter((load_question(v.question).topic, load_question(v.question).difficulty) for v in variants)


def test_topics_all_is_every_question(pool):
    assert [q.id for q in pool] == question_ids()


def test_every_sheet_gets_count_distinct_questions_with_the_same_topics_and_difficulties(exam, pool):
    sheets = [exam.for_student(s.id) for s in STUDENTS]
    assert all(len(sheet) == 8 and len({v.question for v in sheet}) == 8 for sheet in sheets)
    assert len({tuple(sorted(_slots(sheet).items())) for sheet in sheets}) == 1
    assert len({len({load_question(v.question).topic for v in sheet}) for sheet in sheets}) == 1
    slots = _slots(sheets[0])
    if any(sum(1 for q in pool if (q.topic, q.difficulty) == slot) > 1 for slot in slots):
        assert len({frozenset(v.question for v in sheet) for sheet in sheets}) > 1  # students differ


def test_assembly_is_deterministic_and_shuffles_per_student(exam, pool):
    again = assemble(pool, STUDENTS, "final", count=8, shuffle=True)
    assert again.variants == exam.variants
    plain = assemble(pool, STUDENTS, "final", count=8)
    orders = {tuple(v.question for v in exam.for_student(s.id)) for s in STUDENTS}
    assert len(orders) > 1
    for student in STUDENTS:
        assert sorted(v.question for v in exam.for_student(student.id)) == \
            sorted(v.question for v in plain.for_student(student.id))


def test_shuffled_options_keep_the_right_text_as_the_key(pool):
    choice = [q for q in pool if any(a["type"] == "choice" for a in q.answers)]
    plain = build_quiz(choice, STUDENTS, "mc")
    mixed = assemble(choice, STUDENTS, "mc", shuffle=True)
    moved = 0
    for a, b in zip(plain.variants, (v for s in STUDENTS for q in choice for v in mixed.for_student(s.id)
                                     if v.question == q.id)):
        (spec,) = a.answer_specs
        key_a, key_b = accepted_keys(a.answers[spec["name"]]), accepted_keys(b.answers[spec["name"]])
        assert sorted(a.params["options"][k] for k in key_a) == sorted(b.params["options"][k] for k in key_b)
        assert sorted(a.params["options"].values()) == sorted(b.params["options"].values())
        moved += key_a != key_b
    assert moved > 0


def test_duplicates_and_too_large_counts_are_refused(pool):
    with pytest.raises(QuestionError, match="'count-parameters' is asked twice"):
        select_questions(ids=["count-parameters", "softmax-probabilities", "count-parameters"])
    with pytest.raises(QuestionError, match="--count 99 is more than the"):
        assemble(pool, STUDENTS[:1], "x", count=99)


def test_the_answer_grid_has_one_row_per_student_and_a_column_per_answer(exam):
    rows = list(csv.reader(io.StringIO(answer_grid(exam))))
    header, body = rows[0], rows[1:]
    assert [r[0] for r in body] == [s.id for s in STUDENTS]
    first = exam.for_student("s01")
    assert body[0][header.index("Q1")] == first[0].question
    spec = first[0].answer_specs[0]
    assert body[0][header.index("Q1.1")] != "" and spec["name"] in first[0].answers
    assert all(len(r) == len(header) for r in body)


def test_a_solution_sheet_holds_only_that_students_questions(exam):
    text = render_solutions(exam, STUDENTS[0], "md")
    assert STUDENTS[0].name in text and STUDENTS[1].name not in text
    assert text.count("Question ") == 8


def test_an_assembled_exam_is_graded_per_sheet(exam, tmp_path):
    mine = exam.for_student("s01")[0]
    others = {v.question for v in exam.variants} - {v.question for v in exam.for_student("s01")}
    spec = mine.answer_specs[0]
    other = next(v for v in exam.variants if v.question == sorted(others)[0])
    path = tmp_path / "r.csv"
    path.write_text(f"student,question,answer,response\ns01,{mine.question},{spec['name']},x\n"
                    f"s01,{other.question},{other.answer_specs[0]['name']},1\n")
    read = read_responses(path, exam)
    assert [p.line for p in read.problems] == [3]
    assert f"question {other.question} is not on the sheet of s01" in read.problems[0].message
    report = grade_quiz(exam, read)[0]
    assert {c.function for c in report.checks} == {v.question for v in exam.for_student("s01")}


def test_preview_shows_a_variant_with_key_and_solution():
    runner = CliRunner()
    first = runner.invoke(quiz_command, ["preview", "perceptron-update", "--seed", "3"])
    assert first.exit_code == 0, first.output
    assert "Key:" in first.output and "Worked solution:" in first.output and "$" not in first.output
    assert runner.invoke(quiz_command, ["preview", "perceptron-update", "--seed", "3"]).output == first.output
    unknown = runner.invoke(quiz_command, ["preview", "nope"])
    assert unknown.exit_code != 0 and "unknown question 'nope'" in unknown.output


def test_the_command_assembles_with_count_and_shuffle(tmp_path):
    result = CliRunner().invoke(quiz_command, ["--topics", "all", "--count", "3", "--shuffle", "--variants", "2",
                                               "--seed", "e1", "--format", "md", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "2 sheets x 3 questions" in result.output
    assert (tmp_path / "answer-grid.csv").is_file() and (tmp_path / "md" / "solutions" / "variant-01.md").is_file()
