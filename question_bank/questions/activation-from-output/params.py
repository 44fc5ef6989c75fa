"""Recognise an activation from one (z, a) pair with z < 0, where sigmoid, tanh, ReLU and leaky ReLU all differ."""

from mlptutor.question_bank.answers import AnswerMistake, option_key
from mlptutor.reference.activations import leaky_relu, relu, sigmoid, tanh

ALPHA = 0.1
# option text -> the reference function it names
ACTIVATIONS = {
    "the logistic sigmoid $\\sigma(z) = 1/(1 + e^{-z})$": sigmoid,
    "the hyperbolic tangent $\\tanh(z)$": tanh,
    "ReLU, $\\max(0, z)$": relu,
    f"leaky ReLU with slope $\\alpha = {ALPHA}$ for $z < 0$": lambda z: leaky_relu(z, alpha=ALPHA),
}
KEYS = "abcd"


def generate(rng):
    """z in [-3, -0.5] (for z > 0 ReLU and leaky ReLU would agree), options in a random order."""
    z = round(float(rng.uniform(-3.0, -0.5)), 2)
    names = [list(ACTIVATIONS)[i] for i in rng.permutation(len(ACTIVATIONS))]
    chosen = names[int(rng.integers(len(names)))]
    a = round(float(ACTIVATIONS[chosen](z)), 4)
    return {"z": z, "a": a, "options": dict(zip(KEYS, names))}


def solve(params):
    z = params["z"]
    outputs = {key: float(ACTIVATIONS[name](z)) for key, name in params["options"].items()}
    answer = min(outputs, key=lambda key: abs(outputs[key] - params["a"]))
    return {"answers": {"activation": answer}, "steps": {"outputs": outputs}}


def _wrongly_chosen(index):
    """The mistake's answers: the key of option ACTIVATIONS[index] when it is not the one that maps z to a."""
    def answers(params):
        key = option_key(params["options"], list(ACTIVATIONS)[index])
        return {} if key in (None, solve(params)["answers"]["activation"]) else {"activation": key}
    return answers


MISTAKES = [
    AnswerMistake("from-output-sigmoid", "the sigmoid, which is never negative or 0",
            "The sigmoid lies in (0, 1), below 0.5 for z < 0 but never 0 or negative: an a of 0 or below rules it out.",
            _wrongly_chosen(0)),
    AnswerMistake("from-output-tanh", "tanh, which is not a's value at this z",
            "tanh(z) is negative for z < 0, close to z only near 0 and to -1 below -2: compute it and compare.",
            _wrongly_chosen(1)),
    AnswerMistake("from-output-relu", "ReLU, which is 0 for every negative z",
            "max(0, z) = 0 for z < 0: a nonzero a rules it out.", _wrongly_chosen(2)),
    AnswerMistake("from-output-leaky-relu", "leaky ReLU, which is 0.1 z for negative z",
            "Leaky ReLU scales a negative z by its slope 0.1: compute 0.1 z and compare it with a.", _wrongly_chosen(3)),
]
