"""Spec of exercises/activations.py: every activation of the course and its derivative.

identity, step, sigmoid, tanh, ReLU, Leaky ReLU, PReLU (with d/dalpha) and
GELU (exact and tanh approximation). Derivatives are never judged exactly at
a kink: their fixed inputs leave out 0 and hidden inputs stay away from it.
PReLU is judged with a scalar slope and with one slope per unit, some above 1
(a learned slope may be), where max(z, alpha z) is not PReLU, and some negative.
"""

import numpy as np

from mlptutor.grader.checks.cases import Case, Inputs
from mlptutor.grader.checks.edge import EdgeCheck
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.shape import ShapeCheck
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.relations.terms import Term
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._draw import SIZES, cases, mixed_signs, sized
from mlptutor.grader.specs._networks import SIGMOID_BOUNDS
from mlptutor.reference import activations as ref
from mlptutor.reference.erf import erf

# fixed points: both sides of the kinks, the kink itself, and saturation; derivatives are never evaluated
# exactly at a kink (either one-sided value is right there), so theirs leave out 0
FIXED = np.array([[-3.0, -0.5, 0.0, 0.5, 3.0]])
FIXED_AWAY = np.array([[-3.0, -0.5, -1e-3, 1e-3, 0.5, 3.0]])
# far into saturation (sigmoid's exp(-z) overflows for z = -1000), with moderate entries beside them so that no
# derivative is 0 everywhere
EXTREME = np.array([[-1000.0, -40.0, -1.5, 2.0, 40.0, 1000.0]])
# where sigmoid is tiny but no float underflow: sigmoid(-20) = 2.1e-9, which a sigmoid clipped into [1e-7, 1 - 1e-7]
# (Keras's epsilon) or computed from z clipped at 10 or 15 gets wrong; the ordinary inputs stay within |z| < 8
SATURATING = np.array([[-20.0, -9.0, 9.0, 20.0]])
# an int array: "returns a float64 array" holds for it too (`return z`, np.zeros_like(z) or np.maximum(z, 0) would
# stay int); no entry at a kink. Every function's hygiene asks for a float result on it; identity's and step_grad's
# values (their catalogued mistakes return it as given) take it as a fixed case too
INTEGERS = np.array([[-3, -1, 2, 4]])
# "any shape" includes an empty batch: its answer is empty, what a do-nothing body gives, so it is an edge case
EMPTY = np.empty((0, 3))
# the slope passed by keyword, as the signature names it
LEAKY_BY_KEYWORD = Case((FIXED_AWAY,), {"alpha": 0.2})
# a whole-number slope (0: ReLU) is a number too: a derivative np.where(z > 0, 1, alpha) would be an int array
INT_SLOPE = (FIXED_AWAY, 0)


# hidden inputs of every check: a 1-D input and several batch sizes and widths, away from the kink at 0, both
# signs in each (relu of an all-negative input would be all zeros, what `return np.zeros_like(z)` gives); the 1-D
# input and the last size come twice with other values, so a result kept by the input's shape (a memo keyed by
# z.shape) shows on two calls, as a kept value needs to be named (relations/stale.py)
INPUTS = Inputs("inputs", lambda rng: [*cases(mixed_signs((3,), 2.0, away_from_zero=0.05), count=2)(rng),
                                       *sized(lambda n, k, r: (mixed_signs((n, k), 2.0, away_from_zero=0.05)(r),),
                                              (*SIZES[1:], SIZES[-1]))(rng)])


def _checks(*extra_fixed, fixed=(FIXED,), inputs=INPUTS, extreme=(EXTREME,)):
    """Shape, values (fixed cases too), hygiene (warnings, float32, extreme inputs, a float result of an int array) on
    shared inputs, and an empty batch (with the extreme case's other arguments) as an edge case."""
    return (
        ShapeCheck("shape", 1.0, sizes=inputs),
        ValueCheck("value", 2.0, fixed=(fixed, *extra_fixed), hidden=inputs),
        HygieneCheck("hygiene", 1.0, inputs=inputs, extreme=(extreme,), integers=((INTEGERS, *fixed[1:]),)),
        EdgeCheck("edge", 0.5, fixed=((EMPTY, *extreme[1:]),), what=("an empty batch of shape (0, 3)",)),
    )


def _prelu_case(n, k, rng):
    """z (n, k) away from the kink and one slope per unit, one of them above 1."""
    alpha = rng.uniform(0.05, 0.5, size=k)
    alpha[-1] = rng.uniform(1.2, 2.0)
    return mixed_signs((n, k), 2.0, away_from_zero=0.05)(rng), alpha


# per-unit slopes on more than one unit, batch size and width unequal: a slope per unit of a one-unit layer (3, 1),
# as SIZES has, is right along either axis, so alpha taken as a column (n, 1) scored there; on one example of three
# units it makes a (3, 3) result
PRELU_SIZES = ((1, 3), (5, 2))
# a scalar slope on a flat vector, then per-unit slopes at several sizes
PRELU_INPUTS = Inputs("inputs", lambda rng: [(mixed_signs((4,), 2.0, away_from_zero=0.05)(rng), float(rng.uniform(0.05, 0.5))),
                                             *sized(_prelu_case, PRELU_SIZES)(rng)])
PRELU_PER_UNIT = (np.array([[-2.0, -1.0, 1.0], [3.0, -0.5, -4.0]]), np.array([0.1, 0.5, 1.5]))
# a learned slope may turn negative, and alpha z > 0 for z < 0 then: a derivative read off the output (Trask's
# relu2deriv(output) = output > 0) takes those entries for the z > 0 side
PRELU_NEGATIVE_SLOPE = (np.array([[-2.0, 1.0, -0.5], [0.5, -3.0, 2.0]]), np.array([-0.25, 0.5, -1.5]))


def _prelu_checks():
    return _checks(PRELU_PER_UNIT, INT_SLOPE, PRELU_NEGATIVE_SLOPE, fixed=(FIXED_AWAY, 0.25), inputs=PRELU_INPUTS,
                   extreme=(EXTREME, 0.2))


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
    "the sigmoid's derivative is written in its output s = sigmoid(z), not in z: which value does your "
    "expression multiply?",
    lambda z: z * (1 - z))
SIGMOID_EPSILON_CLIP = Mistake(
    "sigmoid-clipped-to-epsilon", "the sigmoid's output clipped into [1e-7, 1 - 1e-7] (Keras's epsilon)",
    "a clip keeps a later log(s) finite, but it belongs in the loss, not in the sigmoid: sigmoid(-20) is 2e-9, "
    "not 1e-7. Return the sigmoid itself.",
    lambda z: np.clip(ref.sigmoid(z), 1e-7, 1 - 1e-7))
SIGMOID_GRAD_EXP_FORM = Mistake(
    "sigmoid-grad-exp-form-overflow", "sigmoid'(z) as exp(-z) / (1 + exp(-z))^2, which overflows for z below -709",
    "exp(-z) overflows to inf for very negative z and inf / inf is NaN: write the derivative through the sigmoid's "
    "own value, computed stably (try z = -1000).",
    lambda z: _exp_form(np.asarray(z, dtype=np.float64)))

# z clipped to keep exp from overflowing saturates too early: sigmoid(-20) = 2.1e-9 (SATURATING) shows it; mlp's
# spec catalogues the same slip inside a network
SIGMOID_Z_CLIPPED = tuple(Mistake(
    f"sigmoid-z-clipped-{bound}", f"the sigmoid computed on z clipped to [-{bound}, {bound}]",
    f"clipping z keeps exp from overflowing but saturates too early: sigmoid({bound}) is 1 - {np.exp(-bound):.1e}, "
    f"not 1. Compute it so that nothing overflows instead: exp(-|z|) in both branches.",
    lambda z, bound=bound: ref.sigmoid(np.clip(z, -bound, bound))) for bound in SIGMOID_BOUNDS)


# sigmoid'(z) on z clipped 'for numerical stability': sigmoid'(20) is 2.1e-9, not sigmoid'(10) = 4.5e-5; SATURATING
# shows it (the ordinary inputs stay within |z| < 8, where the clip changes nothing)
SIGMOID_GRAD_Z_CLIPPED = tuple(Mistake(
    f"sigmoid-grad-z-clipped-{bound}", f"sigmoid'(z) computed on z clipped to [-{bound}, {bound}]",
    f"clipping z keeps exp from overflowing but freezes the derivative beyond the bound: sigmoid'({bound + 5}) is "
    f"{ref.sigmoid_grad(bound + 5):.1e}, not sigmoid'({bound}) = {ref.sigmoid_grad(bound):.1e}. Compute the sigmoid "
    "so that nothing overflows instead (exp(-|z|) in both branches), and the derivative from it.",
    lambda z, bound=bound: ref.sigmoid_grad(np.clip(z, -bound, bound))) for bound in SIGMOID_BOUNDS)


def _exp_form(z):
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(-z)
        return e / (1 + e) ** 2


TANH_NO_SQUARE = Mistake(
    "tanh-grad-no-square", "tanh'(z) written as 1 - tanh(z)",
    "the derivative is 1 - tanh(z) squared.",
    lambda z: 1 - np.tanh(z))
TANH_Z = Mistake(
    "tanh-grad-z-not-t", "tanh'(z) written as 1 - z^2",
    "the tanh's derivative is written in its output t = tanh(z), not in z: which value does your expression square?",
    lambda z: 1 - np.asarray(z, dtype=np.float64) ** 2)
TANH_GRAD_TIMES_TWO = Mistake(
    "tanh-grad-two-tanh", "tanh'(z) written as 1 - 2 tanh(z), the square typed as a product by 2",
    "tanh(z) ** 2 squares tanh(z); tanh(z) * 2 doubles it: the derivative is 1 - tanh(z) squared.",
    lambda z: 1 - 2 * np.tanh(z))
TANH_GRAD_SQUARED_DIFFERENCE = Mistake(
    "tanh-grad-squared-difference", "tanh'(z) written as (1 - tanh(z))^2, the difference squared",
    "square tanh(z) alone and subtract that from 1: the square of the whole difference is not even in z, as "
    "the derivative of tanh (an odd function) must be.",
    lambda z: (1 - np.tanh(z)) ** 2)
LEAKY_NO_ALPHA = Mistake(
    "leaky-relu-grad-no-alpha", "leaky ReLU's derivative without the slope alpha on the negative side",
    "for z <= 0 the leaky ReLU is alpha z, so its derivative there is alpha, not 0.",
    lambda z, alpha=0.01: ref.relu_grad(z))


# defaults of other libraries' leaky ReLU (0.2, 0.3) or a rounder guess (0.1): only a call that leaves alpha out shows
OTHER_DEFAULTS = (0.1, 0.2, 0.3)


def _default_slopes(fn, what):
    return tuple(Mistake(
        f"{fn.__name__.replace('_', '-')}-default-{a:g}", f"{what} with the default slope alpha = {a:g} instead of the "
        "signature's 0.01",
        "right wherever alpha is passed, wrong where it is left out: the default slope is the one the signature "
        "gives, not another library's.",
        lambda z, alpha=a: fn(z, alpha)) for a in OTHER_DEFAULTS)


# the large inputs with a slope passed: the default slopes' rows are then told by calls that leave alpha out, and a
# slope hard-coded in the body (alpha ignored) is not taken for a wrong default on the large inputs' evidence alone
LEAKY_EXTREME = (EXTREME, 0.2)
LEAKY_DEFAULTS = _default_slopes(ref.leaky_relu, "leaky ReLU")
LEAKY_GRAD_DEFAULTS = _default_slopes(ref.leaky_relu_grad, "leaky ReLU's derivative")

# np.sign as the ReLU's slope: an APL/J habit (monadic x is the signum) and a guess at "the sign of z" alike
RELU_GRAD_SIGN = Mistake(
    "relu-grad-sign", "relu'(z) written as sign(z): -1 instead of 0 for negative z",
    "np.sign(z) is -1 below 0, but the ReLU is flat there (max(0, z) = 0), so its slope is 0; only z > 0 has slope 1.",
    lambda z: np.sign(np.asarray(z, dtype=np.float64)))
IDENTITY_GRAD_Z = Mistake(
    "identity-grad-returns-z", "identity'(z) returned as z instead of ones",
    "g(z) = z has slope 1 everywhere: the derivative is an array of ones of z's shape.",
    lambda z: np.array(z, dtype=float))
STEP_ZERO_AT_ZERO = Mistake(
    "step-zero-at-zero", "step(0) taken as 0 (z > 0 instead of z >= 0)",
    "the perceptron's step fires at the threshold itself: step(z) = 1 for z >= 0.",
    lambda z: (np.asarray(z) > 0).astype(float))
STEP_HALF_AT_ZERO = Mistake(
    "step-half-at-zero", "step(0) taken as 1/2 (np.heaviside(z, 0.5), or (sign(z) + 1) / 2)",
    "the perceptron's step fires at the threshold itself: step(z) = 1 for z >= 0 (np.heaviside's second argument "
    "is the value at 0).",
    lambda z: np.heaviside(np.asarray(z, dtype=np.float64), 0.5))
STEP_SIGN = Mistake(
    "step-sign", "the step written as sign(z), -1 or 1",
    "the course's step outputs 0 or 1, the class labels of the perceptron.",
    lambda z: np.where(np.asarray(z) >= 0, 1.0, -1.0))
STEP_GRAD_ONES = Mistake(
    "step-grad-ones", "step'(z) taken as 1, as if the step were the identity",
    "the step is flat on both sides of 0: its derivative is 0 wherever it exists (why it cannot be trained).",
    lambda z: np.ones(np.shape(z)))
STEP_GRAD_AS_STEP = Mistake(
    "step-grad-as-step", "step'(z) returned as the step itself",
    "the step is flat on both sides of 0: its derivative is 0 wherever it exists.",
    ref.step)
PRELU_MAX = Mistake(
    "prelu-as-max", "PReLU written as max(z, alpha z)",
    "max(z, alpha z) is PReLU only while alpha <= 1; a learned slope can exceed 1: choose by the sign of z.",
    lambda z, alpha: np.maximum(z, np.asarray(alpha) * z))
PRELU_POSITIVE_SIDE = Mistake(
    "prelu-slope-on-positive-side", "the slope alpha applied to positive z instead of negative z",
    "PReLU passes positive z unchanged and multiplies z <= 0 by alpha.",
    lambda z, alpha: np.where(np.asarray(z) > 0, np.asarray(alpha) * z, z))
PRELU_ZERO_NEGATIVE = Mistake(
    "prelu-as-relu", "PReLU with 0 on the negative side, as a plain ReLU",
    "for z <= 0 PReLU is alpha z, not 0: the slope is what it learns.",
    lambda z, alpha: ref.relu(z))


def alpha_along_batch(fn):
    """prelu or its derivative (`fn`, the reference's) computed on z.T (n, N), column-vector style, with the per-unit
    slopes alpha (n,) left flat, so that they broadcast along the examples."""
    return Mistake(
        f"{fn.__name__.replace('_', '-')}-alpha-along-batch", f"{fn.__name__} on z transposed to units x examples "
        "(n, N), the per-unit slopes alpha (n,) left flat",
        "a flat alpha (n,) lines up with the LAST axis: on z (N, n) that is the units, but on z.T (n, N) it is the "
        "examples (an (n, n) result for one example, a broadcasting error for other batch sizes): keep z as it is, "
        "or make alpha a column (n, 1) when you transpose.",
        lambda z, alpha: fn(np.asarray(z, dtype=np.float64).T, alpha).T)


PRELU_ALPHA_ON_TRANSPOSE = alpha_along_batch(ref.prelu)
PRELU_GRAD_ALPHA_ON_TRANSPOSE = alpha_along_batch(ref.prelu_grad)
PRELU_GRAD_NO_ALPHA = Mistake(
    "prelu-grad-no-alpha", "PReLU's derivative with 0 on the negative side",
    "for z <= 0 PReLU is alpha z, so its derivative there is alpha.",
    lambda z, alpha: ref.relu_grad(z))
PRELU_GRAD_AS_ALPHA_GRAD = Mistake(
    "prelu-grad-is-alpha-grad", "dg/dz written as dg/dalpha (z on the negative side)",
    "differentiate alpha z with respect to z: the slope alpha, not z.",
    lambda z, alpha: np.where(np.asarray(z) > 0, 1.0, z))
PRELU_GRAD_SWAPPED = Mistake(
    "prelu-grad-sides-swapped", "PReLU's derivative with alpha for z > 0 and 1 for z <= 0",
    "positive z pass unchanged (slope 1); the slope alpha belongs to z <= 0.",
    lambda z, alpha: np.where(np.asarray(z) > 0, alpha, 1.0) * np.ones(np.shape(z)))
PRELU_GRAD_FROM_OUTPUT = Mistake(
    "prelu-grad-from-output", "PReLU's derivative chosen by the sign of its output prelu(z) instead of z",
    "the slope is chosen by the sign of z: a negative slope alpha makes alpha z positive for z < 0, where the "
    "derivative is still alpha, not 1.",
    lambda z, alpha: np.where(ref.prelu(z, alpha) > 0, 1.0, alpha * np.ones(np.shape(z))))
ALPHA_GRAD_INDICATOR = Mistake(
    "prelu-alpha-grad-indicator", "dg/dalpha as 1 on the negative side instead of z",
    "g = alpha z for z <= 0, so dg/dalpha = z there (and 0 for z > 0).",
    lambda z: (np.asarray(z) <= 0).astype(float))
ALPHA_GRAD_WRONG_SIDE = Mistake(
    "prelu-alpha-grad-wrong-side", "dg/dalpha as z on the positive side",
    "alpha only multiplies z <= 0: dg/dalpha is z there and 0 for z > 0.",
    lambda z: np.where(np.asarray(z) > 0, z, 0.0))
ALPHA_GRAD_Z = Mistake(
    "prelu-alpha-grad-z-everywhere", "dg/dalpha as z everywhere",
    "for z > 0 the output z does not depend on alpha: dg/dalpha = 0 there.",
    lambda z: np.array(z, dtype=float))
ALPHA_GRAD_SUMMED = Mistake(
    "prelu-alpha-grad-summed-over-batch", "dg/dalpha summed over the batch, (n,), instead of elementwise in z's shape",
    "prelu_alpha_grad is elementwise, the shape of z: the sum over the batch (dL/dalpha = sum_n dA[n] * "
    "prelu_alpha_grad(Z)[n]) is the caller's, after multiplying by dA; summed first, dA cannot weigh each example.",
    lambda z: np.sum(np.where(np.asarray(z) > 0, 0.0, np.asarray(z, dtype=float)), axis=0))
GELU_SIGMOID = Mistake(
    "gelu-sigmoid-approximation", "GELU as z sigmoid(1.702 z), an approximation",
    "the exact GELU is z Phi(z) with the normal CDF Phi(z) = (1 + erf(z / sqrt 2)) / 2.",
    lambda z: np.asarray(z, dtype=float) * ref.sigmoid(1.702 * np.asarray(z, dtype=float)))
GELU_TANH_AS_EXACT = Mistake(
    "gelu-tanh-for-exact", "the exact GELU computed with the tanh approximation",
    "the approximation is off by up to ~1e-3: use erf for the exact z Phi(z).",
    ref.gelu_tanh)
GELU_NO_SQRT2 = Mistake(
    "gelu-erf-no-sqrt2", "GELU as z (1 + erf(z)) / 2, without dividing by sqrt 2",
    "Phi(z) = (1 + erf(z / sqrt 2)) / 2: the standard normal's CDF needs the sqrt 2.",
    lambda z: ref.gelu(np.asarray(z, dtype=float) * np.sqrt(2.0)) / np.sqrt(2.0))
GELU_GRAD_CDF = Mistake(
    "gelu-grad-cdf-only", "GELU's derivative as Phi(z) alone",
    "z Phi(z) is a product: its derivative is Phi(z) + z phi(z), with phi the normal density.",
    lambda z: ref.gelu_grad(z) - np.asarray(z, dtype=float) * np.exp(-np.square(z) / 2) / np.sqrt(2 * np.pi))
GELU_GRAD_NO_Z = Mistake(
    "gelu-grad-density-without-z", "GELU's derivative as Phi(z) + phi(z), without the factor z",
    "by the product rule the second term is z times the density phi(z).",
    lambda z: ref.gelu_grad(z) + (1 - np.asarray(z, dtype=float)) * np.exp(-np.square(z) / 2) / np.sqrt(2 * np.pi))
GELU_GRAD_DENSITY_NO_HALF = Mistake(
    "gelu-grad-density-no-half", "GELU's derivative with the density written exp(-z^2) / sqrt(2 pi), the /2 dropped",
    "the standard normal density is exp(-z^2 / 2) / sqrt(2 pi): the half in the exponent matters everywhere but 0.",
    lambda z: ref.gelu_grad(z) + np.asarray(z, dtype=float) * (np.exp(-np.square(z)) - np.exp(-np.square(z) / 2))
    / np.sqrt(2 * np.pi))
# u = sqrt(2/pi) (z + 0.044715 z^3), the argument of the tanh GELU's tanh, as slips write it: slip -> (u of float z,
# its code in the edits, the mistake's words after "the tanh GELU", why u is right)
U_SLIPS = {
    "square-for-cube": (lambda z: np.sqrt(2 / np.pi) * (z + 0.044715 * z**2), "np.sqrt(2 / np.pi) * (z + 0.044715 * z**2)",
                        "with 0.044715 z^2 inside u instead of z^3", "the correction term is cubic (odd, like z itself)"),
    "no-cubic": (lambda z: np.sqrt(2 / np.pi) * z, "np.sqrt(2 / np.pi) * z", "without the 0.044715 z^3 term",
                 "the cubic term is what makes the approximation close"),
    "no-sqrt": (lambda z: 2 / np.pi * (z + 0.044715 * z**3), "2 / np.pi * (z + 0.044715 * z**3)",
                "with 2/pi instead of sqrt(2/pi)", "the factor is the square root"),
    "sqrt-2pi": (lambda z: np.sqrt(2 * np.pi) * (z + 0.044715 * z**3), "np.sqrt(2 * np.pi) * (z + 0.044715 * z**3)",
                 "with sqrt(2 pi) instead of sqrt(2/pi)", "the factor is the square root of 2 divided by pi"),
    "cubic-subtracted": (lambda z: np.sqrt(2 / np.pi) * (z - 0.044715 * z**3),
                         "np.sqrt(2 / np.pi) * (z - 0.044715 * z**3)", "with the 0.044715 z^3 term of u subtracted",
                         "the correction term is added to z"),
    "bracket-lost": (lambda z: np.sqrt(2 / np.pi) * z + 0.044715 * z**3, "np.sqrt(2 / np.pi) * z + 0.044715 * z**3",
                     "with u = sqrt(2/pi) z + 0.044715 z^3, the bracket lost",
                     "sqrt(2/pi) multiplies the cubic term too"),
    "coefficient-rounded": (lambda z: np.sqrt(2 / np.pi) * (z + 0.0447 * z**3),
                            "np.sqrt(2 / np.pi) * (z + 0.0447 * z**3)", "with the cubic coefficient rounded to 0.0447",
                            "the coefficient is 0.044715, and its last digits count where z^3 is large"),
}


def _tanh_gelu_with(u):
    return lambda z: (lambda z: 0.5 * z * (1 + np.tanh(u(z))))(np.asarray(z, dtype=float))


(GELU_TANH_SQUARE, GELU_TANH_NO_CUBIC, GELU_TANH_NO_SQRT, GELU_TANH_SQRT_2PI, GELU_TANH_CUBIC_SUBTRACTED,
 GELU_TANH_BRACKET_LOST, GELU_TANH_COEFFICIENT_ROUNDED) = (
    Mistake(f"gelu-tanh-{slip}", f"the tanh GELU {said}", f"u = sqrt(2/pi) (z + 0.044715 z^3): {why}.",
            _tanh_gelu_with(u)) for slip, (u, _, said, why) in U_SLIPS.items())
GELU_TANH_NO_HALF = Mistake(
    "gelu-tanh-no-half", "the tanh GELU without its factor 1/2",
    "(1 + tanh u) runs from 0 to 2: halve it so that it plays the role of Phi(z).",
    lambda z: 2 * ref.gelu_tanh(z))


def _gelu_tanh_grad_parts(z, u=None):
    z = np.asarray(z, dtype=float)
    t = np.tanh(np.sqrt(2 / np.pi) * (z + 0.044715 * z**3) if u is None else u(z))
    return z, t, np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * z**2)


GELU_TANH_GRAD_NO_CHAIN = Mistake(
    "gelu-tanh-grad-no-inner-derivative", "the tanh GELU's derivative without the derivative of u",
    "by the chain rule tanh(u(z)) contributes (1 - tanh^2 u) u'(z), u'(z) = sqrt(2/pi) (1 + 3 * 0.044715 z^2).",
    lambda z: (lambda z, t, du: 0.5 * (1 + t) + 0.5 * z * (1 - t * t))(*_gelu_tanh_grad_parts(z)))
GELU_TANH_GRAD_FIRST_TERM = Mistake(
    "gelu-tanh-grad-first-term-only", "the tanh GELU's derivative as (1 + tanh u) / 2 alone",
    "z (1 + tanh u) / 2 is a product: differentiate the tanh factor too.",
    lambda z: (lambda z, t, du: 0.5 * (1 + t))(*_gelu_tanh_grad_parts(z)))
GELU_TANH_GRAD_NO_SQUARE = Mistake(
    "gelu-tanh-grad-no-square", "tanh's derivative written as 1 - tanh u in the tanh GELU's derivative",
    "tanh'(u) = 1 - tanh(u) squared.",
    lambda z: (lambda z, t, du: 0.5 * (1 + t) + 0.5 * z * (1 - t) * du)(*_gelu_tanh_grad_parts(z)))
GELU_TANH_GRAD_PLUS_SQUARE = Mistake(
    "gelu-tanh-grad-tanh-derivative-plus", "tanh's derivative written as 1 + tanh^2 u in the tanh GELU's derivative",
    "tanh'(u) = 1 - tanh(u) squared: it is at most 1, and falls to 0 as |u| grows.",
    lambda z: (lambda z, t, du: 0.5 * (1 + t) + 0.5 * z * (1 + t * t) * du)(*_gelu_tanh_grad_parts(z)))
GELU_TANH_GRAD_CUBIC_SUBTRACTED = Mistake(
    "gelu-tanh-grad-cubic-subtracted", "the tanh GELU's derivative with -0.044715 for 0.044715, in u and in u'",
    "u = sqrt(2/pi) (z + 0.044715 z^3): the correction term is added to z, so u' = sqrt(2/pi) (1 + 3 * 0.044715 z^2).",
    lambda z: (lambda z, t, _: 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * np.sqrt(2 / np.pi) * (1 - 3 * 0.044715 * z**2))(
        *_gelu_tanh_grad_parts(z, U_SLIPS["cubic-subtracted"][0])))
GELU_TANH_GRAD_NO_THREE = Mistake(
    "gelu-tanh-grad-cubic-without-3", "u' of the tanh GELU written as sqrt(2/pi) (1 + 0.044715 z^2): the 3 is missing",
    "u = sqrt(2/pi) (z + 0.044715 z^3), so u' = sqrt(2/pi) (1 + 3 * 0.044715 z^2): the power rule brings down the 3.",
    lambda z: (lambda z, t, du: 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * np.sqrt(2 / np.pi) * (1 + 0.044715 * z**2))(
        *_gelu_tanh_grad_parts(z)))

# the tanh GELU's derivative with a slip in u where tanh takes it, u' right (a shared helper for u, as gelu_tanh's)
GELU_TANH_GRAD_U_SLIPS = tuple(Mistake(
    f"gelu-tanh-grad-u-{slip}", f"the tanh GELU's derivative {said}, where tanh takes u",
    f"tanh takes u = sqrt(2/pi) (z + 0.044715 z^3), as in the tanh GELU itself: {why}.",
    lambda z, u=u: (lambda z, t, du: 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * du)(*_gelu_tanh_grad_parts(z, u)))
    for slip, (u, _, said, why) in U_SLIPS.items())

FIXED_AWAY_CHECKS = dict(fixed=(FIXED_AWAY,))

# How a student makes each mistake: in the correct solution tests/solutions/activations.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "tanh-grad-two-tanh": Edit("1 - tanh(z) ** 2", "1 - tanh(z) * 2"),
    "gelu-tanh-grad-cubic-without-3": Edit("(1 + 3 * 0.044715 * z**2)", "(1 + 0.044715 * z**2)"),
    "identity-grad-returns-z": Edit("    return np.ones(np.shape(z))", "    return np.array(z, dtype=float)"),
    "step-zero-at-zero": Edit(
        "def step(z):\n"
        "    return (np.asarray(z) >= 0)",
        "def step(z):\n"
        "    return (np.asarray(z) > 0)"),
    "step-half-at-zero": Edit(
        "    return (np.asarray(z) >= 0).astype(np.float64)",
        "    return np.heaviside(np.asarray(z, dtype=np.float64), 0.5)"),
    **{f"sigmoid-z-clipped-{bound}": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n    e = np.exp(-np.abs(z))",
        f"    z = np.clip(np.asarray(z, dtype=np.float64), -{bound}, {bound})\n    e = np.exp(-np.abs(z))")
       for bound in SIGMOID_BOUNDS},
    "sigmoid-clipped-to-epsilon": Edit(
        "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))",
        "    return np.clip(np.where(z >= 0, 1 / (1 + e), e / (1 + e)), 1e-7, 1 - 1e-7)"),
    "step-sign": Edit(
        "    return (np.asarray(z) >= 0).astype(np.float64)",
        "    return np.where(np.asarray(z) >= 0, 1.0, -1.0)"),
    "relu-grad-sign": Edit("def relu_grad(z):\n    return (np.asarray(z) > 0).astype(np.float64)",
                           "def relu_grad(z):\n    return np.sign(np.asarray(z, dtype=np.float64))"),
    "step-grad-ones": Edit("    return np.zeros(np.shape(z))", "    return np.ones(np.shape(z))"),
    "step-grad-as-step": Edit("    return np.zeros(np.shape(z))", "    return step(z)"),
    "sigmoid-grad-exp-form-overflow": Edit(
        "    s = sigmoid(z)\n"
        "    return s * (1 - s)",
        "    e = np.exp(-np.asarray(z, dtype=np.float64))\n"
        "    return e / (1 + e) ** 2"),
    "sigmoid-grad-z-not-s": Edit(
        "    s = sigmoid(z)\n"
        "    return s * (1 - s)",
        "    return z * (1 - z)"),
    "sigmoid-grad-at-activation": Edit(
        "    s = sigmoid(z)\n"
        "    return s * (1 - s)",
        "    s = sigmoid(sigmoid(z))\n"
        "    return s * (1 - s)"),
    "tanh-grad-no-square": Edit("return 1 - tanh(z) ** 2", "return 1 - tanh(z)"),
    "tanh-grad-squared-difference": Edit("return 1 - tanh(z) ** 2", "return (1 - tanh(z)) ** 2"),
    **{f"sigmoid-grad-z-clipped-{bound}": Edit(
        "    s = sigmoid(z)\n"
        "    return s * (1 - s)",
        f"    s = sigmoid(np.clip(z, -{bound}, {bound}))\n"
        "    return s * (1 - s)") for bound in SIGMOID_BOUNDS},
    "prelu-grad-alpha-along-batch": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z > 0, 1.0, alpha * np.ones_like(z))",
        "    zt = np.asarray(z, dtype=np.float64).T\n"
        "    return np.where(zt > 0, 1.0, alpha * np.ones_like(zt)).T"),
    "prelu-alpha-along-batch": Edit(
        "def prelu(z, alpha):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z > 0, z, alpha * z)",
        "def prelu(z, alpha):\n"
        "    zt = np.asarray(z, dtype=np.float64).T\n"
        "    return np.where(zt > 0, zt, alpha * zt).T"),
    "tanh-grad-at-activation": Edit("return 1 - tanh(z) ** 2", "return 1 - tanh(tanh(z)) ** 2"),
    "tanh-grad-z-not-t": Edit("return 1 - tanh(z) ** 2", "return 1 - np.asarray(z, dtype=np.float64) ** 2"),
    **{f"leaky-relu-default-{a:g}": Edit("def leaky_relu(z, alpha=0.01):", f"def leaky_relu(z, alpha={a!r}):")
       for a in OTHER_DEFAULTS},
    **{f"leaky-relu-grad-default-{a:g}": Edit("def leaky_relu_grad(z, alpha=0.01):",
                                              f"def leaky_relu_grad(z, alpha={a!r}):") for a in OTHER_DEFAULTS},
    "leaky-relu-grad-no-alpha": Edit(
        "return np.where(np.asarray(z) > 0, 1.0, alpha)",
        "return np.where(np.asarray(z) > 0, 1.0, 0.0)"),
    "prelu-as-max": Edit(
        "def prelu(z, alpha):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z > 0, z, alpha * z)",
        "def prelu(z, alpha):\n"
        "    return np.maximum(z, alpha * np.asarray(z))"),
    "prelu-slope-on-positive-side": Edit(
        "def prelu(z, alpha):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z > 0, z, alpha * z)",
        "def prelu(z, alpha):\n"
        "    return np.where(np.asarray(z) > 0, alpha * np.asarray(z), np.asarray(z, dtype=float))"),
    "prelu-as-relu": Edit(
        "def prelu(z, alpha):\n"
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z > 0, z, alpha * z)",
        "def prelu(z, alpha):\n"
        "    return np.maximum(0.0, np.asarray(z, dtype=float))"),
    "prelu-grad-no-alpha": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z > 0, 1.0, alpha * np.ones_like(z))",
        "    return (np.asarray(z) > 0).astype(float)"),
    "prelu-grad-is-alpha-grad": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z > 0, 1.0, alpha * np.ones_like(z))",
        "    return np.where(np.asarray(z) > 0, 1.0, np.asarray(z, dtype=float))"),
    "prelu-grad-from-output": Edit(
        "    return np.where(z > 0, 1.0, alpha * np.ones_like(z))",
        "    return np.where(prelu(z, alpha) > 0, 1.0, alpha * np.ones_like(z))"),
    "prelu-grad-sides-swapped": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z > 0, 1.0, alpha * np.ones_like(z))",
        "    return np.where(np.asarray(z) > 0, alpha, 1.0) * np.ones(np.shape(z))"),
    "prelu-alpha-grad-indicator": Edit("return np.where(z > 0, 0.0, z)", "return np.where(z > 0, 0.0, 1.0)"),
    "prelu-alpha-grad-wrong-side": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z > 0, 0.0, z)",
        "    return np.where(np.asarray(z) > 0, np.asarray(z, dtype=float), 0.0)"),
    "prelu-alpha-grad-summed-over-batch": Edit("return np.where(z > 0, 0.0, z)",
                                               "return np.where(z > 0, 0.0, z).sum(axis=0)"),
    "prelu-alpha-grad-z-everywhere": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return np.where(z > 0, 0.0, z)",
        "    return np.array(z, dtype=float)"),
    "gelu-tanh-cubic-subtracted": Edit(
        "    return 0.5 * z * (1 + np.tanh(_u(z)))",
        f"    return 0.5 * z * (1 + np.tanh({U_SLIPS['cubic-subtracted'][1]}))"),
    "gelu-tanh-bracket-lost": Edit(
        "    return 0.5 * z * (1 + np.tanh(_u(z)))",
        f"    return 0.5 * z * (1 + np.tanh({U_SLIPS['bracket-lost'][1]}))"),
    "gelu-tanh-sqrt-2pi": Edit(
        "    return 0.5 * z * (1 + np.tanh(_u(z)))",
        f"    return 0.5 * z * (1 + np.tanh({U_SLIPS['sqrt-2pi'][1]}))"),
    "gelu-tanh-grad-cubic-subtracted": Edit(
        "    t = np.tanh(_u(z))\n"
        "    return 0.5 * (1 + t) + 0.5 * z * (1 - t**2) * np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * z**2)",
        f"    t = np.tanh({U_SLIPS['cubic-subtracted'][1]})\n"
        "    return 0.5 * (1 + t) + 0.5 * z * (1 - t**2) * np.sqrt(2 / np.pi) * (1 - 3 * 0.044715 * z**2)"),
    "gelu-tanh-grad-tanh-derivative-plus": Edit("0.5 * z * (1 - t**2)", "0.5 * z * (1 + t**2)"),
    **{f"gelu-tanh-grad-u-{slip}": Edit("    t = np.tanh(_u(z))", f"    t = np.tanh({code})")
       for slip, (_, code, _, _) in U_SLIPS.items()},
    "gelu-tanh-for-exact": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return z * _phi_cdf(z)",
        "    return gelu_tanh(z)"),
    "gelu-sigmoid-approximation": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return z * _phi_cdf(z)",
        "    return np.asarray(z, dtype=float) * sigmoid(1.702 * np.asarray(z, dtype=float))"),
    "gelu-erf-no-sqrt2": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return z * _phi_cdf(z)",
        "    return np.asarray(z, dtype=float) * 0.5 * (1 + _erf(z))"),
    "gelu-grad-cdf-only": Edit("return _phi_cdf(z) + z * np.exp(-z**2 / 2) / np.sqrt(2 * np.pi)", "return _phi_cdf(z)"),
    "gelu-grad-density-without-z": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return _phi_cdf(z) + z * np.exp(-z**2 / 2) / np.sqrt(2 * np.pi)",
        "    return _phi_cdf(np.asarray(z, dtype=float)) + np.exp(-np.square(z) / 2) / np.sqrt(2 * np.pi)"),
    "gelu-grad-at-activation": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return _phi_cdf(z) + z * np.exp(-z**2 / 2) / np.sqrt(2 * np.pi)",
        "    a = gelu(z)\n"
        "    return _phi_cdf(a) + a * np.exp(-a**2 / 2) / np.sqrt(2 * np.pi)"),
    "gelu-tanh-no-cubic": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 0.5 * z * (1 + np.tanh(_u(z)))",
        "    return 0.5 * z * (1 + np.tanh(np.sqrt(2 / np.pi) * np.asarray(z, dtype=float)))"),
    "gelu-grad-density-no-half": Edit(
        "return _phi_cdf(z) + z * np.exp(-z**2 / 2) / np.sqrt(2 * np.pi)",
        "return _phi_cdf(z) + z * np.exp(-z**2) / np.sqrt(2 * np.pi)"),
    "gelu-tanh-square-for-cube": Edit("(z + 0.044715 * z**3)", "(z + 0.044715 * z**2)"),
    "gelu-tanh-coefficient-rounded": Edit("(z + 0.044715 * z**3)", "(z + 0.0447 * z**3)"),
    "gelu-tanh-no-half": Edit("return 0.5 * z * (1 + np.tanh(_u(z)))", "return z * (1 + np.tanh(_u(z)))"),
    "gelu-tanh-no-sqrt": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    return 0.5 * z * (1 + np.tanh(_u(z)))",
        "    return 0.5 * z * (1 + np.tanh(2 / np.pi * (np.asarray(z, dtype=float) + 0.044715 * np.asarray(z, dtype=float) ** 3)))"),
    "gelu-tanh-grad-no-inner-derivative": Edit(
        "    return 0.5 * (1 + t) + 0.5 * z * (1 - t**2) * np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * z**2)",
        "    return 0.5 * (1 + t) + 0.5 * z * (1 - t**2)"),
    "gelu-tanh-grad-first-term-only": Edit(
        "    z = np.asarray(z, dtype=np.float64)\n"
        "    t = np.tanh(_u(z))\n"
        "    return 0.5 * (1 + t) + 0.5 * z * (1 - t**2) * np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * z**2)",
        "    return 0.5 * (1 + np.tanh(_u(np.asarray(z, dtype=float))))"),
    "gelu-tanh-grad-no-square": Edit(
        "    return 0.5 * (1 + t) + 0.5 * z * (1 - t**2) * np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * z**2)",
        "    return 0.5 * (1 + t) + 0.5 * z * (1 - t) * np.sqrt(2 / np.pi) * (1 + 3 * 0.044715 * z**2)"),
}


def _f(z):
    return np.asarray(z, dtype=np.float64)


# the terms each formula adds up to (grader.relations.terms): a wrong answer may be the right one with a term
# left out, negated, doubled or halved, or times another constant (grader.relations.coefficients)
TERMS = {
    "sigmoid_grad": (
        Term("s", lambda z: ref.sigmoid(z)), Term("s^2", lambda z: -ref.sigmoid(z) ** 2)),
    "tanh_grad": (
        Term("1", lambda z: np.ones_like(np.asarray(z, dtype=np.float64))), Term("tanh^2", lambda z: -np.tanh(z) ** 2)),
    # GELU and its derivatives term by term, the constants inside each term as the course writes them
    "gelu": (
        Term("z / 2", lambda z: _f(z) / 2), Term("z erf(z / sqrt 2) / 2", lambda z: _f(z) * erf(_f(z) / np.sqrt(2)) / 2)),
    "gelu_grad": (
        Term("1/2", lambda z: np.full_like(_f(z), 0.5)), Term("erf(z / sqrt 2) / 2", lambda z: erf(_f(z) / np.sqrt(2)) / 2),
        Term("z phi(z)", lambda z: _f(z) * np.exp(-0.5 * _f(z) ** 2) / np.sqrt(2 * np.pi))),
    "gelu_tanh": (
        Term("z / 2", lambda z: _f(z) / 2), Term("z tanh(u) / 2", lambda z: (lambda z, t, du: z * t / 2)(*_gelu_tanh_grad_parts(z)))),
    "gelu_tanh_grad": (
        Term("1/2", lambda z: np.full_like(_f(z), 0.5)),
        Term("tanh(u) / 2", lambda z: (lambda z, t, du: t / 2)(*_gelu_tanh_grad_parts(z))),
        Term("z (1 - tanh^2 u) sqrt(2/pi) / 2",
             lambda z: (lambda z, t, du: z * (1 - t * t) * np.sqrt(2 / np.pi) / 2)(*_gelu_tanh_grad_parts(z))),
        Term("z (1 - tanh^2 u) sqrt(2/pi) 3 (0.044715) z^2 / 2",
             lambda z: (lambda z, t, du: z * (1 - t * t) * np.sqrt(2 / np.pi) * 3 * 0.044715 * z * z / 2)(
                 *_gelu_tanh_grad_parts(z)))),
}


SPEC = ExerciseSpec("activations", (
    FunctionSpec("identity", ref.identity, _checks((INTEGERS,))),
    FunctionSpec("identity_grad", ref.identity_grad, _checks(**FIXED_AWAY_CHECKS), (IDENTITY_GRAD_Z,)),
    FunctionSpec("step", ref.step, _checks(), (STEP_ZERO_AT_ZERO, STEP_SIGN, STEP_HALF_AT_ZERO)),
    FunctionSpec("step_grad", ref.step_grad, _checks((INTEGERS,), **FIXED_AWAY_CHECKS),
                 (STEP_GRAD_ONES, STEP_GRAD_AS_STEP)),
    FunctionSpec("sigmoid", ref.sigmoid, _checks((SATURATING,)), (SIGMOID_EPSILON_CLIP, *SIGMOID_Z_CLIPPED)),
    FunctionSpec("sigmoid_grad", ref.sigmoid_grad, _checks((SATURATING,)),
                 (SIGMOID_Z, at_activation(ref.sigmoid, ref.sigmoid_grad), SIGMOID_GRAD_EXP_FORM,
                  *SIGMOID_GRAD_Z_CLIPPED)),
    FunctionSpec("tanh", ref.tanh, _checks()),
    FunctionSpec("tanh_grad", ref.tanh_grad, _checks(), (TANH_NO_SQUARE, TANH_GRAD_TIMES_TWO, TANH_Z, TANH_GRAD_SQUARED_DIFFERENCE,
                                                                  at_activation(ref.tanh, ref.tanh_grad))),
    FunctionSpec("relu", ref.relu, _checks()),
    FunctionSpec("relu_grad", ref.relu_grad, _checks(fixed=(FIXED_AWAY,)), (RELU_GRAD_SIGN,)),
    FunctionSpec("leaky_relu", ref.leaky_relu, _checks((FIXED, 0.2), extreme=LEAKY_EXTREME), LEAKY_DEFAULTS),
    FunctionSpec("leaky_relu_grad", ref.leaky_relu_grad, _checks(LEAKY_BY_KEYWORD, INT_SLOPE, fixed=(FIXED_AWAY,),
                                                                 extreme=LEAKY_EXTREME),
                 (LEAKY_NO_ALPHA, *LEAKY_GRAD_DEFAULTS)),
    FunctionSpec("prelu", ref.prelu, _prelu_checks(), (PRELU_MAX, PRELU_POSITIVE_SIDE, PRELU_ZERO_NEGATIVE,
                                                       PRELU_ALPHA_ON_TRANSPOSE)),
    FunctionSpec("prelu_grad", ref.prelu_grad, _prelu_checks(),
                 (PRELU_GRAD_NO_ALPHA, PRELU_GRAD_AS_ALPHA_GRAD, PRELU_GRAD_SWAPPED, PRELU_GRAD_FROM_OUTPUT,
                  PRELU_GRAD_ALPHA_ON_TRANSPOSE)),
    FunctionSpec("prelu_alpha_grad", ref.prelu_alpha_grad, _checks(**FIXED_AWAY_CHECKS),
                 (ALPHA_GRAD_INDICATOR, ALPHA_GRAD_WRONG_SIDE, ALPHA_GRAD_Z, ALPHA_GRAD_SUMMED)),
    FunctionSpec("gelu", ref.gelu, _checks(), (GELU_TANH_AS_EXACT, GELU_SIGMOID, GELU_NO_SQRT2)),
    FunctionSpec("gelu_grad", ref.gelu_grad, _checks(),
                 (GELU_GRAD_CDF, GELU_GRAD_NO_Z, at_activation(ref.gelu, ref.gelu_grad), GELU_GRAD_DENSITY_NO_HALF)),
    FunctionSpec("gelu_tanh", ref.gelu_tanh, _checks(),
                 (GELU_TANH_NO_CUBIC, GELU_TANH_NO_HALF, GELU_TANH_NO_SQRT, GELU_TANH_SQUARE, GELU_TANH_CUBIC_SUBTRACTED,
                  GELU_TANH_BRACKET_LOST, GELU_TANH_SQRT_2PI, GELU_TANH_COEFFICIENT_ROUNDED)),
    FunctionSpec("gelu_tanh_grad", ref.gelu_tanh_grad, _checks(),
                 (GELU_TANH_GRAD_NO_CHAIN, GELU_TANH_GRAD_FIRST_TERM, GELU_TANH_GRAD_NO_SQUARE, GELU_TANH_GRAD_NO_THREE,
                  GELU_TANH_GRAD_PLUS_SQUARE, GELU_TANH_GRAD_CUBIC_SUBTRACTED, *GELU_TANH_GRAD_U_SLIPS)),
), edits=EDITS, terms=TERMS)
