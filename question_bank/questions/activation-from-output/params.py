"""Recognise an activation from one (z, a) pair with z < 0, where sigmoid, tanh, ReLU and leaky ReLU all differ."""

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
