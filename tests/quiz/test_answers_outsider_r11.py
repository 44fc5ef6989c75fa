"""r11 outsider round: answers typed the way students write them on paper or keyboards.

Right answers in other notations are accepted; wrong ones are refused with a reason that names the slip;
hostile numbers are refused in one line, fast, without an exception.
"""

import time

import pytest

from mlptutor.question_bank.answers import AnswerFormatError, check_answer, parse_number
from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.notation import to_formula
from mlptutor.question_bank.render.keyformat import tolerance_text

NUMBER = {"name": "x", "type": "numeric", "rtol": 0, "atol": 0.001, "decimals": 3}
VECTOR = {"name": "v", "type": "vector", "rtol": 0, "atol": 0.001, "decimals": 3}
MATRIX = {"name": "m", "type": "matrix", "rtol": 0, "atol": 0.01, "decimals": 2}
CHOICE = {"name": "c", "type": "choice"}
OPTIONS = {"options": {"a": r"leaky ReLU with slope $\alpha = 0.1$ for $z < 0$", "b": r"the hyperbolic tangent $\tanh(z)$",
                       "c": r"the logistic sigmoid $\sigma(z)$", "d": r"ReLU, $\max(0, z)$"}}


@pytest.mark.parametrize("text, value", [
    ("0.302.", 0.302), ("≈ 0.318", 0.318), ("= -0.5", -0.5), ("1.2×10^-3", 1.2e-3), ("1.2 · 10^(-3)", 1.2e-3),
    ("-3.4*10**-2", -0.034), ("1.2x10⁻³", 1.2e-3), ("1 275", 1275), ("1\u202f275", 1275), ("- 1.5", -1.5),
    ("1 / 4", 0.25), ("109,386.", 109386), ("w = 1.09", 1.09), ("dL/dw1 = -9.556", -9.556), ("½", 0.5),
    ("\u20130.5", -0.5), ("\u20110.5", -0.5), ("\uff0d0.5", -0.5),
])
def test_paper_numbers_are_read(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text, reason", [
    ("1e999", "too large to be an answer"), ("1e999/1", "too large to be an answer"),
    ("1/1e-999", "divides by zero"), ("12.5 %", "is a percentage: write the plain number, 0.125"),
    ("1 2", "is 2 numbers: the question asks for one"), ("=1+1", "is not a number"), ("1½", "is not a number"), ("1 1/2", "is not a number"),
    ("sqrt(2/300)", "is a calculation: work it out"), ("√(2/50)", "is a calculation"),
])
def test_hostile_numbers_are_refused_in_one_line(text, reason):
    with pytest.raises(AnswerFormatError, match=reason):
        parse_number(text)


def test_a_huge_exponent_in_a_fraction_is_refused_at_once():
    # exact Fractions built the 10-million-digit integer: 13 s for one cell, and 1e999/1 raised OverflowError
    start = time.perf_counter()
    with pytest.raises(AnswerFormatError, match="too large"):
        parse_number("1e9999999/3")
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("spec, key, text", [
    (VECTOR, [0.5, -0.25], "{0.500, -0.250}"),
    (VECTOR, [0.5, -0.25], "[0.500, −0.250]."),
    (VECTOR, [0.5, -0.25], "(0.500, -0.250)ᵀ"),
    (VECTOR, [0.5, -0.25], "[0.500, -0.250]^T"),
    (MATRIX, [[1, 2], [3, 4]], "[[1, 3], [2, 4]]^T"),
    (MATRIX, [[1, 2], [3, 4]], "[1, 2], [3, 4]"),
    (MATRIX, [[1, 2], [3, 4]], "J = array([[1., 2.], [3., 4.]])"),
    (VECTOR, [0.5, 0.25], "z ≈ ⟨½, ¼⟩"),
    (NUMBER, 1.95, "1.950."),
    (NUMBER, 0.0012, "1.2×10⁻³"),
])
def test_right_answers_in_other_notations_are_accepted(spec, key, text):
    assert check_answer(spec, key, text).correct


def test_a_vector_that_cannot_be_read_is_told_how_to_write_a_vector():
    verdict = check_answer(VECTOR, [0.5, -0.25], "[0.5, -0.25] [1]x")
    assert not verdict.correct and "write numbers like [0.5, -1.2]" in verdict.message


@pytest.mark.parametrize("spec, key, text, reason", [
    (NUMBER, 1.9225, "1.92", "rounded to 2 decimals; the question asks for 3"),
    (VECTOR, [0.625, 0.925], "[0.625, 0.93]", "entry 2 = 0.93 is too large: rounded to 2 decimals; the question asks for 3"),
    (NUMBER, 1.95, "1,950", "'1,950' reads as 1950, with a comma between thousands: write a decimal point, 1.950"),
])
def test_too_much_rounding_and_a_thousands_comma_are_named(spec, key, text, reason):
    verdict = check_answer(spec, key, text)
    assert not verdict.correct and verdict.message.endswith(reason)


def test_a_wrong_answer_with_few_decimals_is_not_called_rounding():
    assert "rounded" not in check_answer(VECTOR, [0.625, 0.925], "[0.625, 0.8]").message


@pytest.mark.parametrize("text", ["b", "B", "(b)", "b.", "option b", "Answer: b", "b - the hyperbolic tangent",
                                  "(b) the hyperbolic tangent tanh(z)"])
def test_an_option_is_read_with_its_words(text):
    assert check_answer(CHOICE, "b", text, params=OPTIONS).correct


@pytest.mark.parametrize("text, reason", [
    ("b, a", "names 2 options: answer with one option letter"),
    ("a or c", "names 2 options"),
    ("b - leaky ReLU", "its letter and its words name different options"),
    ("e", "is not an option"),
])
def test_several_or_mismatched_options_are_refused(text, reason):
    verdict = check_answer(CHOICE, "b", text, params=OPTIONS)
    assert not verdict.correct and reason in verdict.message


@pytest.mark.parametrize("text, variables, formula", [
    ("1-tanh^2(z)", ["z"], "1-tanh^2(z)"),  # left for the judge, which reads f^n(x) as f(x)^n (one rule for both)
    ("sech²(z)", ["z"], "sech**2(z)"),
    ("s_i*(1-s_i).", ["s_i"], "s_i*(1-s_i)"),
    ("si(1-si)", ["s_i"], "s_i*(1-s_i)"),
    ("-si*sj", ["s_i", "s_j"], "-s_i*s_j"),
    ("g'(z) = 1 - tanh(z)^2", ["z"], "1-tanh(z)^2"),
    ("σ'(z)=σ(z)[1-σ(z)]", ["z"], "sigmoid(z)*(1-sigmoid(z))"),
    ("ds_i/dz_i = s_i(1-s_i)", ["s_i"], "s_i*(1-s_i)"),
    ("−sᵢsⱼ", ["s_i", "s_j"], "-s_i*s_j"),
    ("-s_{i}s_{j}", ["s_i", "s_j"], "-s_i*s_j"),
    ("S_i(1-S_i)", ["s_i"], "s_i*(1-s_i)"),
    ("Sigmoid(z)", ["z"], "sigmoid(z)"),
    ("z == 1", ["z"], "z==1"),
])
def test_paper_formulas_are_rewritten(text, variables, formula):
    assert to_formula(text, variables) == formula


def test_the_key_says_either_option_when_two_are_right():
    assert tolerance_text(CHOICE, ["a", "c"]) == "accepted: either of these options"
    assert tolerance_text(CHOICE, "a") == "accepted: this option only"


@pytest.mark.parametrize("question, params, name, wrong, mistake", [
    ("batch-norm", {"X": [[-1.9, 0.0], [2.5, 3.9], [-1.8, 0.7], [2.5, 2.2]], "gamma": [1.3, 1.2], "beta": [-0.2, -0.3],
                    "running_mean": [-0.4, -0.7]}, "var", "[6.309, 2.993]", "batchnorm-sample-variance"),
    ("cross-entropy-loss", {"p": [0.06, 0.63, 0.24, 0.07], "label": 2}, "loss", "0.462", "ce-classes-from-one"),
    ("init-std", {"n_in": 300, "n_out": 256}, "he", "0.0600", "init-he-like-xavier"),
    ("mse-bce-losses", {"y_hat": [2.7, -1.7, 1.7], "y": [2.3, 1.9, 0.6], "p": [0.9, 0.39, 0.2], "labels": [0, 1, 1]},
     "bce", "4.854", "loss-sum-not-mean"),
])
def test_common_mistakes_of_a_question_are_named(question, params, name, wrong, mistake):
    q = load_question(question)
    spec = next(s for s in q.answers if s["name"] == name)
    key = q.solve(params)["answers"][name]
    assert check_answer(spec, key, wrong).mistake is None  # without the question's mistakes: unnamed
    verdict = check_answer(spec, key, wrong, params=params, mistakes=q.mistakes)
    assert not verdict.correct and verdict.mistake == mistake
