"""mendb25: what review B found in quiz25's merge (practice --question, due dates, answer messages, QTI checks)."""

from click.testing import CliRunner

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
