from click.testing import CliRunner

from question_bank.loader import load_question
from question_bank.practice import practice, practice_variant


def _run(args, lines):
    return CliRunner().invoke(practice, args, input="".join(f"{line}\n" for line in lines))


def test_a_session_with_right_wrong_hint_and_solution():
    question = load_question("count-parameters")  # the only counting question: every round poses it
    first = practice_variant(question, 7, 0).answers["total"]
    second = practice_variant(question, 7, 1)
    no_biases = second.answers["total"] - sum(second.params["widths"][1:])
    result = _run(["--topic", "counting", "--seed", "7"],
                  ["26 parameters", str(first), "hint", str(no_biases), "solution", "quit"])
    out = result.output
    assert result.exit_code == 0, out
    assert "Cannot read that: '26 parameters' is not a number" in out
    assert "Correct." in out and "All correct, well done!" in out
    assert "Hint: Every unit of a layer also has one bias" in out
    assert "looks like the weights without the biases" in out
    assert "Worked solution:" in out and "Adding the layers" in out
    assert "counting: 1/3" in out and "total: 1/3" in out
    assert "$" not in out and "\\frac" not in out  # plain text, no raw LaTeX


def test_next_skips_and_end_of_input_quits():
    result = _run(["--topic", "softmax", "--seed", "1"], ["next", "next"])
    assert result.exit_code == 0
    assert result.output.count("== Softmax") == 3
    assert "softmax: 0/2" in result.output  # the third question was left untouched


def test_unknown_topic_is_one_line():
    result = _run(["--topic", "astrology"], [])
    assert result.exit_code != 0
    assert "unknown topic 'astrology'" in result.output and "Traceback" not in result.output
