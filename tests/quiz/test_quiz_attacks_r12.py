"""Attacks of the twelfth round on `quiz grade`: a student's response is hostile input."""

from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.responses import read_responses
from mlptutor.question_bank.variants import build_quiz
from mlptutor.roster import Student


def test_a_response_over_the_csv_field_limit_is_one_line_and_the_other_rows_are_read(tmp_path):
    quiz = build_quiz([load_question("count-parameters")], [Student("alice", "A"), Student("bob", "B")], "m1")
    path = tmp_path / "r.csv"
    # csv's field limit is 131,072 characters: guessing the line's student for its problem line raised csv.Error,
    # a traceback that stopped the whole file's grading
    path.write_text("student,question,answer,response\n"
                    f"alice,count-parameters,total,{' ' * 200_000}1\nbob,count-parameters,total,12\n", encoding="utf-8")
    read = read_responses(path, quiz)
    (problem,) = read.problems
    assert problem.line == 2 and "a field longer than 131,072 characters" in problem.message and problem.student == "alice"
    assert set(read.by_key) == {("bob", "count-parameters", "total")}
