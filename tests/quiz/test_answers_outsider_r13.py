"""Outsider round 13: typed quiz answers as students write them on keyboards, phones and from paper.

Written from the course notes, the README's "Quiz sheets" section and the rendered sheets (quiz r13,
variant-01, and the course's worked examples) before reading the checker. Every key below was worked
out by hand first and matches the sheet's key. Three groups: right answers in other notations (accepted),
wrong answers with a realistic slip (refused, with a reason naming the slip where one is known), and
malformed or hostile input (refused in one line, fast, never an exception but AnswerFormatError's own).
Right answers that stay refused by a decision (a unit the label does not name, 1½, rows between bars) are
noted in comments where they would stand, not asserted either way.
"""

import functools
import time

import numpy as np
import pytest

from mlptutor.question_bank.answers import check_answer, formula_sandbox
from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.variants import make_variant

# (question, variant: a [[fixed]] worked example or a student of quiz r13) -> the hand-worked key
KEYS = {
    ("gradient-descent-step", "course"): {"w_new": 3.4},
    ("weight-decay-step", "course"): {"w_new": 3.996},
    ("count-parameters", "course-mnist"): {"total": 109386},
    ("count-parameters", "course-3-4-2"): {"total": 26},
    ("cross-entropy-loss", "course"): {"loss": 0.417},
    ("scalar-backprop-chain", "course"): {"y_hat": 1.5, "dw2": -1.5, "dw1": -4.5},
    ("softmax-probabilities", "course"): {"p": [0.659, 0.242, 0.099]},
    ("dense-forward", "course"): {"z": [0.7, 0.7], "a": [0.7, 0.7]},
    ("layer-norm", "course"): {"mean": 2.5, "var": 1.25, "out": [-1.342, -0.447, 0.447, 1.342]},
    ("vanishing-gradient-product", "variant-01"): {"derivative_product": 0.0022979, "grad": -0.0016214},
    ("init-std", "variant-01"): {"he": 0.1768, "xavier": 0.1104},
    ("iterations-per-epoch", "variant-01"): {"iterations": 147, "last_batch": 42, "total": 2793},
    ("early-stopping-epoch", "variant-01"): {"best_epoch": 3, "stop_epoch": 6},
    ("three-way-split", "variant-01"): {"sizes": [2472, 1236, 1236]},
    ("perceptron-update", "variant-01"): {"w": [-0.72, -0.35], "b": 0.8},
    ("xor-network", "variant-01"): {"h": [0.999, 0.182], "z_out": -1.592, "label": 0},
    ("softmax-jacobian", "variant-01"): {"jacobian": [[0.127, -0.090, -0.037], [-0.090, 0.239, -0.149],
                                                      [-0.037, -0.149, 0.185]]},
    ("batch-norm", "variant-01"): {"out": [[-2.44, -1.50], [0.32, 2.53], [0.45, -0.64], [-1.93, 2.82]]},
    ("activation-from-output", "variant-01"): {"activation": "a"},   # z = -0.63, a = -0.063: leaky ReLU
    ("fitting-diagnosis", "variant-01"): {"diagnosis": "a"},         # 0.61 / 0.64: underfitting
    ("loss-activation-pairing", "variant-01"): {"pairing": "a"},     # a house price: linear + MSE
}
SIGMOID, TANH = ("activation-derivative-formula", "s1"), ("activation-derivative-formula", "variant-01")
SOFTMAX = ("softmax-jacobian", "variant-01")


@functools.cache
def _variant(question, which):
    q = load_question(question)
    fixed = which if not which.startswith(("variant-", "s")) else None
    return q, make_variant(q, "r13", "x" if fixed else which, fixed=fixed)


def _judge(where, name, text, sandbox=None):
    q, v = _variant(*where)
    spec = next(s for s in v.answer_specs if s["name"] == name)
    return check_answer(spec, v.answers[name], text, params=v.params, mistakes=q.mistakes, sandbox=sandbox)


@pytest.fixture(scope="module")
def sandbox():
    with formula_sandbox() as box:
        yield box


def test_the_hand_worked_keys_are_the_sheets_keys():
    for (question, which), key in KEYS.items():
        v = _variant(question, which)[1]
        for name, value in key.items():
            if isinstance(value, str):
                assert v.answers[name] == value, (question, name)
            else:
                assert np.allclose(v.answers[name], value, atol=5e-3, rtol=1e-3), (question, name)
    assert _variant(*SIGMOID)[1].params["activation"] == "sigmoid"
    assert _variant(*TANH)[1].params["activation"] == "tanh"


JAC_ROWS = ["0.127 -0.090 -0.037", "-0.090 0.239 -0.149", "-0.037 -0.149 0.185"]
BN_ROWS = ["-2.44 -1.50", "0.32 2.53", "0.45 -0.64", "-1.93 2.82"]

RIGHT_NUMBERS = [
    # scientific notation, every way it is typed
    (("gradient-descent-step", "course"), "w_new", "3.4e0"),
    (("gradient-descent-step", "course"), "w_new", "34e-1"),
    (("gradient-descent-step", "course"), "w_new", "0.34E+1"),
    (("gradient-descent-step", "course"), "w_new", "+3.400"),
    (("gradient-descent-step", "course"), "w_new", "3.400\u00a0"),                # a phone's no-break space
    (("gradient-descent-step", "course"), "w_new", "\u200b3.400"),                # a zero-width space pasted along
    (("gradient-descent-step", "course"), "w_new", "\uff13.\uff14\uff10\uff10"),  # full-width digits (CJK IME)
    (("gradient-descent-step", "course"), "w_new", "$3.400$"),                    # LaTeX inline maths
    (("gradient-descent-step", "course"), "w_new", "w \\approx 3.400"),
    (("gradient-descent-step", "course"), "w_new", "3.400."),                     # a sentence's full stop
    (("weight-decay-step", "course"), "w_new", "3996e-3"),
    (("weight-decay-step", "course"), "w_new", "3.9960"),
    (("cross-entropy-loss", "course"), "loss", "4.17e-1"),
    (("cross-entropy-loss", "course"), "loss", "4.17E-01"),
    (("cross-entropy-loss", "course"), "loss", "4.17 \u00b7 10\u207b\u00b9"),     # 4.17 · 10⁻¹
    (("cross-entropy-loss", "course"), "loss", "4.17 x 10^-1"),
    (("cross-entropy-loss", "course"), "loss", "4.17*10^(-1)"),
    (("cross-entropy-loss", "course"), "loss", "4.17 \\times 10^{-1}"),            # LaTeX
    (("cross-entropy-loss", "course"), "loss", "L = 0.417"),
    # a unit the label does not name ("0.417 nats") is refused: only the label's own words may stand beside
    # the number, so that "2 percent" or "3 thousand" never read as 2 or 3
    (("vanishing-gradient-product", "variant-01"), "derivative_product", "2.298e-3"),
    (("vanishing-gradient-product", "variant-01"), "derivative_product", "2.2979e\u22123"),   # e−3, unicode minus
    (("vanishing-gradient-product", "variant-01"), "derivative_product", "2.2979 \u00d7 10\u207b\u00b3"),
    (("vanishing-gradient-product", "variant-01"), "derivative_product", "2.2979\u22c510^-3"),  # ⋅ dot operator
    (("vanishing-gradient-product", "variant-01"), "derivative_product", "2.2979*10**-3"),
    (("vanishing-gradient-product", "variant-01"), "derivative_product", "2.2979E-03"),
    (("vanishing-gradient-product", "variant-01"), "derivative_product", ".0022979"),
    (("vanishing-gradient-product", "variant-01"), "grad", "\u22121.621e\u22123"),
    (("count-parameters", "course-3-4-2"), "total", "2.6e+1"),
    (("count-parameters", "course-3-4-2"), "total", "2.6E1"),
    (("weight-decay-step", "course"), "w_new", "3.996e-0"),
    (("vanishing-gradient-product", "variant-01"), "grad", "-1.6214 \\cdot 10^{-3}"),
    # the superscript lost in typing: a signed exponent right after the 10 is read as the power
    (("vanishing-gradient-product", "variant-01"), "grad", "-1.6214x10-3"),
    (("vanishing-gradient-product", "variant-01"), "grad", "-1.6214\u00d710-3"),
    (("vanishing-gradient-product", "variant-01"), "grad", "-1.6214 x 10^-3"),
    (("vanishing-gradient-product", "variant-01"), "derivative_product", "2.2979x10^-3"),
    (("count-parameters", "course-3-4-2"), "total", "2.6x10+1"),
    # thousands separators that cannot be decimals
    (("count-parameters", "course-mnist"), "total", "109\u202f386"),   # SI thin space
    (("count-parameters", "course-mnist"), "total", "109'386"),        # Swiss
    (("count-parameters", "course-mnist"), "total", "1.09386e5"),
    (("count-parameters", "course-mnist"), "total", "109386 parameters"),
    (("count-parameters", "course-3-4-2"), "total", "26 parameters"),
    (("iterations-per-epoch", "variant-01"), "iterations", "147 iterations"),
    (("iterations-per-epoch", "variant-01"), "total", "2,793 updates"),
    (("early-stopping-epoch", "variant-01"), "best_epoch", "epoch 3"),
    (("early-stopping-epoch", "variant-01"), "stop_epoch", "after epoch 6"),
    # signs and fractions from paper
    (("scalar-backprop-chain", "course"), "dw1", "- 4.5"),
    (("scalar-backprop-chain", "course"), "dw1", "(-4.5)"),
    (("scalar-backprop-chain", "course"), "dw2", "\u22123/2"),
    (("scalar-backprop-chain", "course"), "dw2", "\\frac{-3}{2}"),
    (("scalar-backprop-chain", "course"), "dw2", "-\\frac{3}{2}"),
    # 1½ (1.5 on paper) stays refused as r11 decided: "1 1/2" and "1½" read alike, and "1 1/2" may be two numbers
    (("perceptron-update", "variant-01"), "b", "b = 0.80"),
    # vectors
    (("softmax-probabilities", "course"), "p", "0.659;0.242;0.099"),
    (("softmax-probabilities", "course"), "p", "0.659\t0.242\t0.099"),              # pasted from a spreadsheet
    (("softmax-probabilities", "course"), "p", "\u27e80.659, 0.242, 0.099\u27e9"),  # ⟨ ⟩
    (("softmax-probabilities", "course"), "p", "[.659 .242 .099]"),
    (("softmax-probabilities", "course"), "p", "[0.659,\n 0.242,\n 0.099]"),
    (("softmax-probabilities", "course"), "p", "\\begin{bmatrix} 0.659 & 0.242 & 0.099 \\end{bmatrix}"),
    (("softmax-probabilities", "course"), "p", "\\left(0.659, 0.242, 0.099\\right)"),
    (("softmax-probabilities", "course"), "p", "p = (0.659, 0.242, 0.099)"),
    (("dense-forward", "course"), "z", "0.700\n0.700"),                              # a column, line by line
    (("dense-forward", "course"), "z", "[0.700 0.700]^T"),
    (("layer-norm", "course"), "out", "\u22121.342 \u22120.447 0.447 1.342"),
    (("layer-norm", "course"), "out", "(-1.342, -.447, .447, 1.342)"),
    (("perceptron-update", "variant-01"), "w", "w = (-0.72, -0.35)"),
    (("xor-network", "variant-01"), "h", "(0.999, 0.182)"),
    (("three-way-split", "variant-01"), "sizes", "2472, 1236, 1236"),
    (("three-way-split", "variant-01"), "sizes", "2472 1236 1236"),
    # matrices typed row by row
    (("softmax-jacobian", "variant-01"), "jacobian", "\n".join(JAC_ROWS)),
    (("softmax-jacobian", "variant-01"), "jacobian", "; ".join(JAC_ROWS)),
    (("softmax-jacobian", "variant-01"), "jacobian", "\n".join(f"[{r}]" for r in JAC_ROWS)),
    # rows between bars (|0.127 -0.090 -0.037|, a determinant's notation) are refused: not tried here
    (("softmax-jacobian", "variant-01"), "jacobian",
     "\\begin{bmatrix}" + " \\\\ ".join(r.replace(" ", " & ") for r in JAC_ROWS) + "\\end{bmatrix}"),
    (("softmax-jacobian", "variant-01"), "jacobian",
     "\\begin{pmatrix}\n" + " \\\\\n".join(r.replace(" ", " & ") for r in JAC_ROWS) + "\n\\end{pmatrix}"),
    (("softmax-jacobian", "variant-01"), "jacobian", ", ".join(f"({r.replace(' ', ', ')})" for r in JAC_ROWS)),
    (("softmax-jacobian", "variant-01"), "jacobian", "\n".join(JAC_ROWS).replace("-", "\u2212")),
    (("batch-norm", "variant-01"), "out", "\n".join(BN_ROWS)),
    (("batch-norm", "variant-01"), "out", "\n".join(r.replace(" ", ", ") for r in BN_ROWS)),
    # choices by the option's text
    (("fitting-diagnosis", "variant-01"), "diagnosis", "A"),
    (("fitting-diagnosis", "variant-01"), "diagnosis", "a)"),
    (("fitting-diagnosis", "variant-01"), "diagnosis",
     "underfitting: the model is too simple to fit even the training data"),
    (("fitting-diagnosis", "variant-01"), "diagnosis", "Underfitting"),
    (("fitting-diagnosis", "variant-01"), "diagnosis", "(a) underfitting"),
    (("loss-activation-pairing", "variant-01"), "pairing", "linear (identity) output with mean squared error"),
    (("loss-activation-pairing", "variant-01"), "pairing", "Linear (identity) output with mean squared error."),
    (("activation-from-output", "variant-01"), "activation", "leaky ReLU"),
    (("activation-from-output", "variant-01"), "activation", "Leaky ReLU with slope \u03b1 = 0.1 for z < 0"),
]


@pytest.mark.parametrize("where, name, text", RIGHT_NUMBERS)
def test_right_answers_in_other_notations_are_accepted(where, name, text):
    verdict = _judge(where, name, text)
    assert verdict.correct, verdict.message


# (where, answer, text, a phrase the reason should hold, or None when any refusal will do)
WRONG_NUMBERS = [
    (("gradient-descent-step", "course"), "w_new", "4.6", "wrong-sign"),          # w + eta grad: the slip named
    (("gradient-descent-step", "course"), "w_new", "-2", "learning rate"),        # w - grad
    (("vanishing-gradient-product", "variant-01"), "derivative_product", "2.2979e3", "10^6"),  # the exponent's sign
    (("vanishing-gradient-product", "variant-01"), "derivative_product", "2.2979e-4", "10^-1"),  # one power of ten
    (("vanishing-gradient-product", "variant-01"), "grad", "1.6214e-3", "sign"),
    (("vanishing-gradient-product", "variant-01"), "grad", "-1,6214e-3", "decimal comma"),
    (("vanishing-gradient-product", "variant-01"), "grad", "-1.6214x10 3", "ambiguous"),   # 10^3, or 10 and 3?
    (("vanishing-gradient-product", "variant-01"), "grad", "-1.6214x103", "-1.6214e3"),    # 10^3, or 103?
    (("vanishing-gradient-product", "variant-01"), "grad", "-1.6214*10-3", "ambiguous"),  # in code: -16.214 - 3
    (("vanishing-gradient-product", "variant-01"), "grad", "-10^-3", None),         # the mantissa left out
    (("cross-entropy-loss", "course"), "loss", "0.181", "logarithm"),             # log10
    (("count-parameters", "course-3-4-2"), "total", "20", "bias"),                # no biases
    (("count-parameters", "course-3-4-2"), "total", "29", "input"),               # input biases
    (("count-parameters", "course-mnist"), "total", "109,368", None),             # two digits swapped
    (("count-parameters", "course-mnist"), "total", "109.386", "between thousands"),  # German grouping
    (("scalar-backprop-chain", "course"), "dw1", "-9", None),                     # the 1/2 forgotten
    (("scalar-backprop-chain", "course"), "dw1", "-4,5", "decimal"),              # decimal comma: a hint
    (("iterations-per-epoch", "variant-01"), "iterations", "146", None),          # floor, not ceil
    (("iterations-per-epoch", "variant-01"), "iterations", "146.42", None),
    (("iterations-per-epoch", "variant-01"), "total", "2774", None),
    (("early-stopping-epoch", "variant-01"), "best_epoch", "4", "counted from 1"),
    (("init-std", "variant-01"), "he", "0.0313", "variance"),
    (("init-std", "variant-01"), "he", "0.1414", "fan-out"),
    (("softmax-probabilities", "course"), "p", "0.242, 0.659, 0.099", None),       # two entries swapped
    (("softmax-probabilities", "course"), "p", "0,659; 0,242; 0,099", "decimal"),  # decimal commas
    (("perceptron-update", "variant-01"), "w", "-0.68, -0.45", None),              # x subtracted the wrong way
    (("perceptron-update", "variant-01"), "b", "1.0", None),
    (("softmax-jacobian", "variant-01"), "jacobian", "\n".join(JAC_ROWS[:2]), "3x3"),
    (("softmax-jacobian", "variant-01"), "jacobian", "0.127 0 0\n0 0.239 0\n0 0 0.185", "diagonal"),
    (("batch-norm", "variant-01"), "out", "-2.44 -1.50 / 0.32 2.53 / 0.45 -0.64 / -1.93 2.82", None),
    (("fitting-diagnosis", "variant-01"), "diagnosis", "overfitting", None),
    (("fitting-diagnosis", "variant-01"), "diagnosis", "a or b", None),           # hedging: two options
    (("fitting-diagnosis", "variant-01"), "diagnosis", "a, b", None),
    (("activation-from-output", "variant-01"), "activation", "ReLU", None),       # names option c, not leaky ReLU
    (("activation-from-output", "variant-01"), "activation", "relu", None),
    (("loss-activation-pairing", "variant-01"), "pairing", "sigmoid output with binary cross-entropy", None),
    # what reading words, LaTeX and option texts must not let through
    (("fitting-diagnosis", "variant-01"), "diagnosis", "a good fit", None),       # option c's words, not option a
    (("loss-activation-pairing", "variant-01"), "pairing", "sigmoid output", None),  # starts two options
    (("count-parameters", "course-3-4-2"), "total", "26 thousand", None),         # a word the label does not have
    (("count-parameters", "course-3-4-2"), "total", "2.6 percent", None),
    (("count-parameters", "course-3-4-2"), "total", "26 parameters or 20", None),
    (("scalar-backprop-chain", "course"), "dw2", "\\frac{3}{2}", "wrong sign"),
    (("cross-entropy-loss", "course"), "loss", "4.17 \\times 10^{1}", None),
    (("softmax-probabilities", "course"), "p", "\\begin{bmatrix} 0.659 & 0.242 \\end{bmatrix}", "expected 3"),
    # several answers in one cell
    (("cross-entropy-loss", "course"), "loss", "0.417 or 0.418", None),
    (("cross-entropy-loss", "course"), "loss", "0.417; 0.181", None),
    (("gradient-descent-step", "course"), "w_new", "3.4 3.6", None),
]


@pytest.mark.parametrize("where, name, text, reason", WRONG_NUMBERS)
def test_wrong_answers_are_refused_with_the_slip_named(where, name, text, reason):
    verdict = _judge(where, name, text)
    assert not verdict.correct
    assert "\n" not in verdict.message
    if reason:
        assert reason in f"{verdict.message} {verdict.mistake or ''} {verdict.hint or ''}"


HOSTILE = [
    "1e999999", "-1e309", "1e-999999999999", "9" * 5000, "1" * 4400, "0." + "0" * 5000 + "1",
    "nan", "NaN", "-inf", "Infinity", "0x1p-3", "1_000", "1e", "e-3", "1e-3e-3", "3..4", "3.4.5", "--3",
    "9**9**9**9", "10^10^10", "1/0", "0/0", "=1+1", "@SUM(A1)", "<script>alert(1)</script>",
    "__import__('os').system('id')", "\x00", "3.4\x00", "\u202e4.3", "3.4" * 2000, "(" * 3000 + "3.4" + ")" * 3000,
    "[" * 3000 + "3.4" + "]" * 3000, " ".join(["3.4"] * 3000), ";" * 5000, "\n" * 5000,
    # LaTeX nested past what is unwrapped, and LaTeX's own characters alone
    "\\frac{" * 2000 + "1" + "}{2}" * 2000, "\\sqrt{" * 3000 + "2" + "}" * 3000, "^{" * 3000, "\\" * 5000,
    "$" * 5000, "\\begin{bmatrix}" * 1000, "\u200b" * 5000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:20]))
@pytest.mark.parametrize("where, name", [(("gradient-descent-step", "course"), "w_new"),
                                         (("softmax-probabilities", "course"), "p"),
                                         (("softmax-jacobian", "variant-01"), "jacobian"),
                                         (("fitting-diagnosis", "variant-01"), "diagnosis")])
def test_hostile_answers_are_refused_in_one_line_fast(where, name, text):
    start = time.perf_counter()
    verdict = _judge(where, name, text)
    assert time.perf_counter() - start < 0.5
    assert not verdict.correct
    assert "\n" not in verdict.message and len(verdict.message) < 400


RIGHT_FORMULAS = [
    (SIGMOID, "sigmoid(z)*(1 - sigmoid(z))"),
    (SIGMOID, "\\sigma(z)(1-\\sigma(z))"),
    (SIGMOID, "\\sigma(z)\\left(1-\\sigma(z)\\right)"),
    (SIGMOID, "\u03c3(z)\u00b7(1 \u2212 \u03c3(z))"),           # σ(z)·(1 − σ(z))
    (SIGMOID, "\u03c3(z) \u00d7 (1 \u2212 \u03c3(z))"),          # ×
    (SIGMOID, "sigmoid(z) - sigmoid(z)\u00b2"),
    (SIGMOID, "e^(-z)/(1+e^(-z))^2"),
    (SIGMOID, "e^{-z}/(1+e^{-z})^2"),
    (SIGMOID, "\\frac{e^{-z}}{(1+e^{-z})^2}"),
    (SIGMOID, "sigmoid(z)*sigmoid(-z)"),
    (SIGMOID, "g'(z) = sigmoid(z)(1 - sigmoid(z))"),
    (TANH, "1-tanh^2(z)"),
    (TANH, "1 \u2212 tanh\u00b2(z)"),
    (TANH, "1 - \\tanh^2(z)"),
    (TANH, "1-\\tanh^{2}(z)"),
    (TANH, "1 - tanh(z)tanh(z)"),
    (TANH, "(1-tanh(z))(1+tanh(z))"),
    (TANH, "1/cosh(z)^2"),
    (TANH, "4/(e^z+e^-z)^2"),
    (TANH, "1 - ((exp(z) - exp(-z))/(exp(z) + exp(-z)))^2"),
    (SOFTMAX, "s_i - s_i^2"),
    (SOFTMAX, "s\u1d62(1\u2212s\u1d62)"),                        # sᵢ(1−sᵢ)
    (SOFTMAX, "s_{i}(1-s_{i})"),
    (SOFTMAX, "s_i\\cdot(1-s_i)"),
    (SOFTMAX, "-s_i^2+s_i"),
    # the derivative asked for copied as the left side, in plain notation: taken off, the right side judged
    (TANH, "d/dz tanh(z) = 1 - tanh(z)^2"),
    (TANH, "d tanh(z)/dz = 1 - tanh(z)^2"),
    (TANH, "\\frac{d}{dz}\\tanh(z) = 1-\\tanh^2(z)"),
    (SIGMOID, "d\u03c3/dz = \u03c3(z)(1-\u03c3(z))"),
    (SOFTMAX, "\\frac{\\partial s_i}{\\partial z_i} = s_i(1-s_i)"),
]
RIGHT_OFF_DIAGONAL = ["-s_i s_j", "\u2212s\u1d62s\u2c7c", "-s_j*s_i", "-s_{i}s_{j}", "-(s_i)(s_j)", "0 - s_i*s_j",
                      "-s_i \\cdot s_j", "-s_i\u00b7s_j"]


def _formula(where, text, sandbox):
    name = "diagonal" if where == SOFTMAX else "derivative"
    return _judge(where, name, text, sandbox)


@pytest.mark.parametrize("where, text", RIGHT_FORMULAS)
def test_right_formulas_in_other_notations_are_accepted(sandbox, where, text):
    verdict = _formula(where, text, sandbox)
    assert verdict.correct, verdict.message


@pytest.mark.parametrize("text", RIGHT_OFF_DIAGONAL)
def test_right_off_diagonal_formulas_are_accepted(sandbox, text):
    verdict = _judge(SOFTMAX, "off_diagonal", text, sandbox)
    assert verdict.correct, verdict.message


WRONG_FORMULAS = [
    (SIGMOID, "sigmoid(z)(1 + sigmoid(z))"),
    (SIGMOID, "1 - sigmoid(z)^2"),                      # tanh's form for the sigmoid
    (SIGMOID, "e^-z/(1+e^-z)"),                         # the square forgotten
    (TANH, "1 - tanh(z)"),
    (TANH, "1 + tanh(z)^2"),
    (TANH, "tanh(z)(1 - tanh(z))"),                     # sigmoid's form for tanh
    (TANH, "1 - tanh(z^2)"),
    (TANH, "1 - tanh^-1(z)"),                           # ambiguous: an inverse or a reciprocal
    (SOFTMAX, "s_i(1+s_i)"),
    (SOFTMAX, "-s_i^2"),
    (SOFTMAX, "s_i(1-s_i), -s_i s_j"),                  # both answers in one cell
    (SIGMOID, "\\frac{e^{-z}}{1+e^{-z}}"),                # LaTeX, the square forgotten
    (TANH, "1 - \\tanh(z)"),
]


@pytest.mark.parametrize("where, text", WRONG_FORMULAS)
def test_wrong_formulas_are_refused(sandbox, where, text):
    verdict = _formula(where, text, sandbox)
    assert not verdict.correct and "\n" not in verdict.message


# paper notation that is no answer: refused as unreadable, in the student's terms (never "non-ASCII character")
NOT_AN_ANSWER = [
    (TANH, "d/dz tanh(z)", "names the derivative asked for"),               # the left side alone is never judged
    (SIGMOID, "\u03c3'(z)", "names the derivative asked for"),
    (TANH, "g(z) = 1 - tanh(z)^2", "'g(z)' before '=' is not the derivative asked for"),
    (TANH, "1 - tanh(z)^2 = d/dz tanh(z)", "without '= d/dz tanh(z)'"),
    # a left side naming another derivative than the one asked for is never taken off unsaid
    (TANH, "d/dx tanh(z) = 1 - tanh(z)^2", "'d/dx tanh(z)' is taken with respect to x: the question asks for g'(z)"),
    (TANH, "d/dz sigmoid(z) = 1 - tanh(z)^2", "'d/dz sigmoid(z)' is the derivative of sigmoid: the question asks for "
                                              "g'(z), the derivative of tanh"),
    (SIGMOID, "tanh'(z) = sigmoid(z)(1 - sigmoid(z))", "the derivative of tanh: the question asks for g'(z), the "
                                                       "derivative of sigmoid"),
    (TANH, "g'(x) = 1 - tanh(z)^2", "taken with respect to x"),
    (SOFTMAX, "ds_i/dz_j = s_i(1-s_i)", "with respect to z_j: the question asks for ds_i/dz_i, with respect to z_i"),
    (SIGMOID, "\\sigma_i(1-\\sigma_i)", "'\u03c3_i' is not a name in this answer (an index"),
    (SOFTMAX, "\\sigma_i(1-\\sigma_i)", "write the formula in s_i"),
]


@pytest.mark.parametrize("where, text, reason", NOT_AN_ANSWER)
def test_notation_that_is_no_answer_is_told_in_the_students_terms(sandbox, where, text, reason):
    verdict = _formula(where, text, sandbox)
    assert not verdict.correct and not verdict.readable
    assert reason in verdict.message and "non-ASCII" not in verdict.message and "\n" not in verdict.message


def test_the_off_diagonal_sign_slip_is_refused(sandbox):
    assert not _judge(SOFTMAX, "off_diagonal", "s_i s_j", sandbox).correct
    assert not _judge(SOFTMAX, "off_diagonal", "s_i(1 - s_j)", sandbox).correct


HOSTILE_FORMULAS = [
    "__import__('os').system('id')", "().__class__.__bases__", "lambda z: 1", "z**z**z**z**z**z",
    "9**9**9**9", "exp(exp(exp(exp(exp(z)))))", "(" * 3000 + "z" + ")" * 3000, "+".join(["tanh(z)"] * 3000),
    "1 - tanh(z)^2; import os", "1 - tanh(z)^2\n1 - tanh(z)^2", "\x00", "z" * 5000, "'1 - tanh(z)^2'",
    "\\frac{1}{" * 500 + "z" + "}" * 500, "1 - \\tanh^{" * 300 + "2" + "}(z)" * 300, "\\__import__('os')",
]


@pytest.mark.parametrize("text", HOSTILE_FORMULAS, ids=lambda t: repr(t[:20]))
def test_hostile_formulas_are_refused_in_one_line(sandbox, text):
    start = time.perf_counter()
    verdict = _formula(TANH, text, sandbox)
    assert time.perf_counter() - start < 5
    assert not verdict.correct
    assert "\n" not in verdict.message and len(verdict.message) < 400


def test_a_functions_power_is_read_by_one_rule_in_the_quiz_and_the_exercises(sandbox):
    """f^n(x) = f(x)^n for a whole n, f^-1(x) refused as ambiguous: the quiz (paper notation first) and the
    derivatives exercise (the judge alone) read the same text the same way."""
    from mlptutor.grader.checks.symbolic import judge_formula

    variables = {"z": [-3.0, 3.0]}
    for text in ("1 - tanh^2(z)", "1-tanh**2(z)"):
        assert _formula(TANH, text, sandbox).correct
        assert judge_formula(text, "1 - tanh(z)**2", variables, sandbox=sandbox).status == "equivalent"
    for text in ("1 - tanh^-1(z)", "1 - tanh\u207b\u00b9(z)", "1 - tanh^(-1)(z)"):
        assert "ambiguous" in _formula(TANH, text, sandbox).message, text
    assert "ambiguous" in judge_formula("1 - tanh^-1(z)", "1 - tanh(z)**2", variables, sandbox=sandbox).message


@pytest.mark.parametrize("text, value", [("10^-3", 1e-3), ("10^(-3)", 1e-3), ("10\u207b\u00b3", 1e-3), ("10**-3", 1e-3),
                                         ("-10^2", -100.0), ("10^{-3}", 1e-3)])
def test_a_bare_power_of_ten_is_a_number(text, value):
    """The notes write 0.25^10 ~ 10^-6: a power of ten alone is scientific notation with the mantissa 1."""
    spec = {"name": "x", "type": "numeric", "rtol": 0.01, "atol": 0.0, "decimals": 7, "label": "x"}
    assert check_answer(spec, value, text).correct
    assert not check_answer(spec, value, "2^-3").correct
