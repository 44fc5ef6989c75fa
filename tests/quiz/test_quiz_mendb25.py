"""mendb25: what review B found in quiz25's merge (practice --question, due dates, answer messages, QTI checks)."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from mlptutor.grader.bulk.late import Late, Policy, due_time
from mlptutor.question_bank.answers import check_answer

from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.practice import practice


def _practise(tmp_path, args, lines):
    return CliRunner().invoke(practice, [*args, "--progress", str(tmp_path / "p.sqlite")],
                              input="".join(f"{line}\n" for line in lines))


def test_practice_asks_every_named_question_of_one_topic_in_turn(tmp_path):
    """'--question a,b' of one topic asked only the one whose difficulty is nearest the rating (8 rounds of
    activation-derivative-formula, never softmax-jacobian): each named question is now asked in turn."""
    names = ["activation-from-output", "prelu-alpha-gradient"]  # both 'activations', difficulties 1 and 2
    result = _practise(tmp_path, ["--question", ",".join(names), "--seed", "3", "--rounds", "4"], ["next"] * 4)
    assert result.exit_code == 0, result.output
    assert [result.output.count(f"== {load_question(n).title}") for n in names] == [2, 2], result.output


def test_practice_refuses_an_empty_question_in_one_line_and_takes_a_name_twice_as_once(tmp_path):
    """'--question ""' (an unset shell variable) practised every question, silently; 'a,a' was refused."""
    empty = _practise(tmp_path, ["--question", ""], [])
    assert empty.exit_code == 1 and "--question '' names none" in empty.output, empty.output
    twice = _practise(tmp_path, ["--question", "activation-from-output,activation-from-output", "--rounds", "1"],
                      ["next"])
    assert twice.exit_code == 0 and twice.output.count("== ") == 1, twice.output


@pytest.mark.parametrize("text, utc", [
    ("2026-12-20 Europe/Paris", datetime(2026, 12, 20, 22, 59, 59, tzinfo=timezone.utc)),  # was 00:00 Paris
    ("20261220", datetime(2026, 12, 21, 5, 59, 59, tzinfo=timezone.utc)),  # compact ISO: was 00:00 UTC
    ("2026-04-04", datetime(2026, 4, 5, 3, 59, 59, tzinfo=timezone.utc)),  # Santiago's 23:59:59 twice: was the first
])
def test_every_date_alone_is_the_end_of_that_day(text, utc):
    """A date written with its zone or in compact ISO was its 00:00 (the whole day late); the later of two 23:59:59
    of a day whose clocks go back at midnight (America/Santiago, 2026-04-04: -03 then -04) was the first, an hour
    early. Chicago is the class's zone of the roster's examples; Santiago's own day is read in Santiago."""
    zone = ZoneInfo("America/Santiago" if text == "2026-04-04" else "America/Chicago")
    assert due_time(text, "--due", zone) == utc


def test_work_of_the_due_days_last_second_is_on_time_and_at_midnight_late():
    """The docstring said late 'from 11:59:01 pm' of a due 23:59:59: on time through 23:59:59, late after it."""
    due = due_time("2026-12-20", "--due")
    assert [Late.judge(due + timedelta(seconds=s), due, Policy.parse("zero"), 5, 5).late for s in (-30, 0, 1)] == [
        False, False, True]


NUMBER = {"name": "x", "type": "numeric", "label": "the loss", "decimals": 3, "atol": 0.001}
VECTOR = {"name": "v", "type": "vector", "label": "v", "decimals": 3, "atol": 0.001}


@pytest.mark.parametrize("spec, key, text, said", [
    # split on every comma, decimal commas counted twice: '0,624 0,1' was 'is 4 numbers'
    (NUMBER, 0.624, "0,624 0,1", "is 2 numbers, '0,624' with a decimal comma (0.624): the question asks for one"),
    (NUMBER, 0.624, "0,624; 0,1", "is 2 numbers, '0,624' with a decimal comma"),
    (NUMBER, 0.624, "1,250 3", "'1,250 3' is 2 numbers: the question"),  # a thousands group is no decimal comma
    # a unicode minus lost its sign in the hint: 'write decimal points, 0.25'
    (VECTOR, [-0.25, 0.75], "\u22120,25 0,75", "write decimal points, -0.25"),
])
def test_several_numbers_and_decimal_commas_are_said_as_typed(spec, key, text, said):
    verdict = check_answer(spec, key, text)
    assert not verdict.readable and said in verdict.message, verdict.message


def test_a_long_vector_of_percentages_names_its_first_six():
    """20,000 percentages made a 120 KB message, every entry written out: now the first 6 and an ellipsis."""
    verdict = check_answer(VECTOR, [0.1] * 20000, " ".join(["10%"] * 20000))
    assert not verdict.readable and verdict.message.endswith("numbers, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, ..."), \
        verdict.message[-200:]


def test_a_remade_quiz_names_a_question_taken_out(tmp_path):
    """The remade-quiz note named the questions whose variants changed, never one removed: a quiz of two questions
    made again with one said every sheet differs 'in' no question at all."""
    from mlptutor.question_bank.commands import quiz

    def make(questions):
        args = ["--questions", questions, "--variants", "2", "--seed", "b25", "--format", "md", "--out", str(tmp_path)]
        return CliRunner().invoke(quiz, args)

    assert make("cross-entropy-loss,count-parameters").exit_code == 0
    again = make("cross-entropy-loss")
    assert "differs from those made before (variant-01, variant-02) without count-parameters, no longer asked" in \
        again.output, again.output
