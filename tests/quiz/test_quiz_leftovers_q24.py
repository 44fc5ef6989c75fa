"""quiz24's leftovers: what an outsider types in practice, what a hint shows, what the exports carry."""

import pytest
from click.testing import CliRunner

from mlptutor.question_bank.answers import check_answer
from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.practice import practice, practice_variant

NUMBER = {"name": "x", "type": "numeric", "label": "x", "decimals": 3, "atol": 0.001}
VECTOR = {"name": "v", "type": "vector", "label": "v", "decimals": 3, "atol": 0.001}


@pytest.mark.parametrize("spec, key, text, reason", [
    (NUMBER, 1.25, "1,250", "write a decimal point, 1.250"),                   # a decimal comma read as thousands
    (NUMBER, 0.4, "2,500", "2500 with a comma between thousands or 2.5"),      # neither reading right: ambiguous
    (VECTOR, [0.25, 0.5], "0,25", "if it is one number with a decimal comma, write 0.25"),  # [0, 25] of 2 entries
])
def test_a_comma_that_may_be_a_decimal_comma_costs_no_try(spec, key, text, reason):
    """'1,250' read as 1250 and '0,25' of a 2-entry vector read as [0, 25] were wrong answers: a try spent on a
    separator. Now they are asked again (readable=False), saying both readings; '1,250' for 1250 is still right."""
    verdict = check_answer(spec, key, text)
    assert not verdict.correct and not verdict.readable and reason in verdict.message, verdict.message
    assert check_answer(NUMBER, 1250, "1,250").correct and check_answer(VECTOR, [1, 2], "1,2").correct


def test_practice_asks_again_after_a_thousands_comma_without_spending_a_try(tmp_path):
    question = load_question("count-parameters")
    total = practice_variant(question, 7, 0).answers["total"]
    wrong = f"1,{total % 1000:03d}"  # a thousands comma, or a decimal comma: neither reading is the count
    result = CliRunner().invoke(practice, ["--topic", "counting", "--seed", "7", "--tries", "1", "--rounds", "1",
                                           "--progress", str(tmp_path / "p.sqlite")], input=f"{wrong}\n{total}\n")
    assert "Cannot read that" in result.output and "All correct" in result.output, result.output
