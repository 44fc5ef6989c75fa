"""Spec of exercises/activations.py: sigmoid, tanh, relu, leaky_relu and their derivatives."""

import numpy as np

from grader.checks.cases import Inputs
from grader.checks.hygiene import HygieneCheck
from grader.checks.shape import ShapeCheck
from grader.checks.value import ValueCheck
from grader.mistakes import Mistake
from grader.spec import ExerciseSpec, FunctionSpec
from grader.specs._draw import SIZES, cases, mixed_signs, sized
from reference import activations as ref

# fixed points: both sides of the kinks, the kink itself, and saturation; derivatives are never evaluated
# exactly at a kink (either one-sided value is right there), so theirs leave out 0
FIXED = np.array([[-3.0, -0.5, 0.0, 0.5, 3.0]])
FIXED_AWAY = np.array([[-3.0, -0.5, -1e-3, 1e-3, 0.5, 3.0]])
# far into saturation (sigmoid's exp(-z) overflows for z = -1000), with moderate entries beside them so that no
# derivative is 0 everywhere
EXTREME = np.array([[-1000.0, -40.0, -1.5, 2.0, 40.0, 1000.0]])


# hidden inputs of every check: a 1-D input and several batch sizes and widths, away from the kink at 0, both
# signs in each (relu of an all-negative input would be all zeros, what `return np.zeros_like(z)` gives)
INPUTS = Inputs("inputs", lambda rng: [*cases(mixed_signs((3,), 2.0, away_from_zero=0.05))(rng),
                                       *sized(lambda n, k, r: (mixed_signs((n, k), 2.0, away_from_zero=0.05)(r),),
                                              SIZES[1:])(rng)])


def _checks(*extra_fixed, fixed=FIXED):
    """Shape, values (fixed inputs too) and hygiene (no mutation, float32, extreme inputs) on shared inputs."""
    return (
        ShapeCheck("shape", 1.0, sizes=INPUTS),
        ValueCheck("value", 2.0, fixed=((fixed,), *extra_fixed), hidden=INPUTS),
        HygieneCheck("hygiene", 1.0, inputs=INPUTS, extreme=lambda rng: [(EXTREME,)]),
    )


def at_activation(forward, grad):
    """The derivative evaluated at the activation g(z) instead of at the pre-activation z."""
    return Mistake(
        f"{forward.__name__}-grad-at-activation",
        f"{forward.__name__}'(g(z)): the derivative taken at the activation instead of the pre-activation",
        "the derivative takes the pre-activation z; if you write it through the activation a = g(z), "
        "use the formula in a (e.g. a (1 - a)), do not apply g' to a.",
        lambda z, *args: grad(forward(z, *args), *args))


SIGMOID_Z = Mistake(
    "sigmoid-grad-z-not-s", "sigmoid'(z) written as z (1 - z)",
    "the formula s (1 - s) is in terms of s = sigmoid(z), not z: compute s first.",
    lambda z: z * (1 - z))
TANH_NO_SQUARE = Mistake(
    "tanh-grad-no-square", "tanh'(z) written as 1 - tanh(z)",
    "the derivative is 1 - tanh(z) squared.",
    lambda z: 1 - np.tanh(z))
LEAKY_NO_ALPHA = Mistake(
    "leaky-relu-grad-no-alpha", "leaky ReLU's derivative without the slope alpha on the negative side",
    "for z <= 0 the leaky ReLU is alpha z, so its derivative there is alpha, not 0.",
    lambda z, alpha=0.01: ref.relu_grad(z))

SPEC = ExerciseSpec("activations", (
    FunctionSpec("sigmoid", ref.sigmoid, _checks()),
    FunctionSpec("sigmoid_grad", ref.sigmoid_grad, _checks(),
                 (SIGMOID_Z, at_activation(ref.sigmoid, ref.sigmoid_grad))),
    FunctionSpec("tanh", ref.tanh, _checks()),
    FunctionSpec("tanh_grad", ref.tanh_grad, _checks(), (TANH_NO_SQUARE, at_activation(ref.tanh, ref.tanh_grad))),
    FunctionSpec("relu", ref.relu, _checks()),
    FunctionSpec("relu_grad", ref.relu_grad, _checks(fixed=FIXED_AWAY)),
    FunctionSpec("leaky_relu", ref.leaky_relu, _checks((FIXED, 0.2))),
    FunctionSpec("leaky_relu_grad", ref.leaky_relu_grad, _checks((FIXED_AWAY, 0.2), fixed=FIXED_AWAY),
                 (LEAKY_NO_ALPHA,)),
))
