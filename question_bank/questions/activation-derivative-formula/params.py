"""g'(z) for the sigmoid or tanh, written with g itself (the form backprop reuses from the forward pass)."""

from mlptutor.reference.derivatives import sigmoid_derivative, tanh_derivative

FORMULAS = {"sigmoid": sigmoid_derivative, "tanh": tanh_derivative}
DEFINITIONS = {
    "sigmoid": r"\sigma(z) = \frac{1}{1 + e^{-z}}",
    "tanh": r"\tanh(z) = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}",
}


def generate(rng):
    """The sigmoid or tanh, with equal chance."""
    activation = sorted(FORMULAS)[int(rng.integers(len(FORMULAS)))]
    return {"activation": activation, "definition": DEFINITIONS[activation]}


def solve(params):
    formula = FORMULAS[params["activation"]]()
    return {"answers": {"derivative": formula}, "steps": {"formula": formula}}
