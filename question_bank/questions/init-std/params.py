"""Standard deviations sqrt(2 / n_in) (He) and sqrt(2 / (n_in + n_out)) (Xavier) of a layer's weights."""

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.reference.init import scheme_std

WIDTHS = [16, 32, 50, 64, 100, 128, 200, 256, 300, 512, 784, 1000]


def generate(rng):
    """Two different widths, so fan-in and fan-out cannot be confused unnoticed."""
    n_in, n_out = (int(w) for w in rng.choice(WIDTHS, size=2, replace=False))
    return {"n_in": n_in, "n_out": n_out}


def solve(params):
    n_in, n_out = params["n_in"], params["n_out"]
    he, xavier = scheme_std("he", n_in, n_out), scheme_std("xavier", n_in, n_out)
    return {"answers": {"he": he, "xavier": xavier}, "steps": {"he_var": he**2, "xavier_var": xavier**2}}


MISTAKES = [
    AnswerMistake("init-variance-not-std", "the variance instead of the standard deviation",
            "The formulas 2/n give the variance; the standard deviation is its square root.",
            lambda p: {k: v**2 for k, v in solve(p)["answers"].items()}),
    AnswerMistake("init-fan-out", "the fan-out used where the fan-in belongs",
            "He scales by the number of inputs of the layer, n_in.",
            lambda p: {"he": scheme_std("he", p["n_in"], p["n_out"], mode="fan_out")}),
    AnswerMistake("init-xavier-fan-in", "Xavier computed like He, with 2 / n_in",
            "Xavier/Glorot averages the two widths: variance 2 / (n_in + n_out).",
            lambda p: {"xavier": scheme_std("he", p["n_in"], p["n_out"])}),
    AnswerMistake("init-xavier-fan-in-only", "Xavier with the variance 1 / n_in of its fan-in form",
            "The notes give Xavier as 1 / n_in or 2 / (n_in + n_out); the question asks for the form that balances "
            "inputs and outputs: variance 2 / (n_in + n_out).",
            lambda p: {"xavier": scheme_std("lecun", p["n_in"], p["n_out"])}),
    AnswerMistake("init-he-like-xavier", "He computed like Xavier, with 2 / (n_in + n_out)",
            "He keeps the variance of a ReLU layer's output: variance 2 / n_in, the fan-in only.",
            lambda p: {"he": scheme_std("xavier", p["n_in"], p["n_out"])}),
]
