"""Spec of exercises/init.py: He and Xavier/Glorot initialisation, normal and uniform.

The draws are specified exactly, so values are compared with the reference
on the same seeded generator (default mode in "value", the other fan modes
in "modes"). The statistical check pools a few large draws and judges their
mean, variance and kurtosis; when the variance is off it names the scheme
the student produced (He, Xavier, plain N(0, 1), fan-out, ...).
"""

import numpy as np

from grader.checks.cases import Case, Inputs
from grader.checks.shape import ShapeCheck
from grader.checks.statistical import StatisticalCheck
from grader.checks.value import ValueCheck
from grader.mistakes import Mistake
from grader.spec import ExerciseSpec, FunctionSpec
from grader.sandbox import RNG
from grader.specs._draw import SIZES
from grader.specs._generators import seed
from reference import init as ref

# the statistical check's layer: wide enough that every candidate variance below stands apart
N_IN, N_OUT = 80, 20
TARGETS = {"he": "He (2 / n_in)", "xavier": "Xavier (2 / (n_in + n_out))"}
OTHER_MODES = {"he": ("fan_out", "average"), "xavier": ("fan_in", "fan_out")}


def candidates(distribution):
    """Scheme name -> variance of W for the statistical check's layer, the right ones and the usual slips."""
    found = {
        TARGETS["he"]: 2 / N_IN,
        TARGETS["xavier"]: 2 / (N_IN + N_OUT),
        "He with fan-out (2 / n_out)": 2 / N_OUT,
        "LeCun, i.e. Xavier from n_in only (1 / n_in)": 1 / N_IN,
        "He with std 2 / n_in (no square root)": (2 / N_IN) ** 2,
    }
    if distribution == "normal":
        found["plain N(0, 1)"] = 1.0
    else:
        found["U(-1, 1)"] = 1 / 3
        found["He's std used as the uniform limit"] = 2 / N_IN / 3
        found["Xavier's std used as the uniform limit"] = 2 / (N_IN + N_OUT) / 3
    return found


def drawn(distribution, spread):
    """A variant drawing exactly like the reference with spread(n_in, n_out) as std (normal) or limit (uniform)."""
    draw = ref.normal if distribution == "normal" else ref.uniform

    def variant(n_in, n_out, rng, mode=None):
        s = float(spread(n_in, n_out))
        return draw(n_in, n_out, rng, s), s
    return variant


def mode_ignored(function):
    """The initialiser always using its default fan, whatever `mode` says."""
    return Mistake(
        f"{function.__name__.replace('_', '-')}-mode-ignored", f"{function.__name__} ignoring its mode argument",
        "mode chooses the fan: n_in for 'fan_in', n_out for 'fan_out', their mean for 'average'.",
        lambda n_in, n_out, rng, mode=None: function(n_in, n_out, rng))


UNSCALED = Mistake(
    "init-unscaled-normal", "weights drawn from N(0, 1) without scaling",
    "the variance must shrink with the layer's width, or activations grow layer after layer: "
    "multiply the standard normal draws by the scheme's std.",
    drawn("normal", lambda n_in, n_out: 1.0))
HE_FAN_OUT = Mistake(
    "he-fan-out", "He normal with fan-out (n_out) instead of fan-in",
    "He's default keeps the forward signal's variance: the fan is the number of inputs of each unit.",
    drawn("normal", lambda n_in, n_out: np.sqrt(2 / n_out)))
HE_NO_SQRT = Mistake(
    "he-std-not-sqrt", "He normal with std 2 / n_in instead of its square root",
    "2 / n_in is the variance; the draws are scaled by the standard deviation.",
    drawn("normal", lambda n_in, n_out: 2 / n_in))
HE_UNIFORM_LIMIT_AS_STD = Mistake(
    "he-uniform-limit-as-std", "He uniform with the normal's std sqrt(2 / n_in) as its limit",
    "U(-a, a) has variance a^2 / 3: choose the limit so that this equals He's variance.",
    drawn("uniform", lambda n_in, n_out: np.sqrt(2 / n_in)))
HE_UNIFORM_FAN_OUT = Mistake(
    "he-uniform-fan-out", "He uniform with fan-out (n_out) instead of fan-in",
    "He's default keeps the forward signal's variance: the fan is the number of inputs of each unit.",
    drawn("uniform", lambda n_in, n_out: np.sqrt(6 / n_out)))
XAVIER_FAN_IN = Mistake(
    "xavier-fan-in-only", "Xavier normal from n_in only (std sqrt(1 / n_in))",
    "Xavier balances the forward and the backward pass: its fan is the mean of n_in and n_out.",
    drawn("normal", lambda n_in, n_out: np.sqrt(1 / n_in)))
XAVIER_SUM = Mistake(
    "xavier-sum-not-average", "Xavier normal with std sqrt(1 / (n_in + n_out)), the sum instead of the mean",
    "the fan of mode 'average' is the mean of n_in and n_out, not their sum.",
    drawn("normal", lambda n_in, n_out: np.sqrt(1 / (n_in + n_out))))
XAVIER_UNIFORM_LIMIT_AS_STD = Mistake(
    "xavier-uniform-limit-as-std", "Xavier uniform with the normal's std sqrt(2 / (n_in + n_out)) as its limit",
    "U(-a, a) has variance a^2 / 3: choose the limit so that this equals Xavier's variance.",
    drawn("uniform", lambda n_in, n_out: np.sqrt(2 / (n_in + n_out))))
XAVIER_UNIFORM_FAN_IN = Mistake(
    "xavier-uniform-fan-in-only", "Xavier uniform from n_in only (limit sqrt(3 / n_in))",
    "Xavier balances the forward and the backward pass: its fan is the mean of n_in and n_out.",
    drawn("uniform", lambda n_in, n_out: np.sqrt(3 / n_in)))


# (n_in, n_out, seed) at SIZES, fans all different: the shape and value checks judge the same calls
SEEDED_SIZES = Inputs("inputs", lambda rng: [(n, k, seed(rng)) for n, k in SIZES])


def checks(scheme, distribution):
    """Shape over SIZES, exact values (default mode, then the other modes), moments of pooled draws."""
    other, last = OTHER_MODES[scheme]
    return (
        ShapeCheck("shape", 1.0, sizes=SEEDED_SIZES),
        ValueCheck("value", 2.0, fixed=((3, 2, RNG(0)),), hidden=SEEDED_SIZES),
        ValueCheck("modes", 1.0, fixed=(Case((4, 6, RNG(1)), {"mode": other}),),
                   hidden=lambda rng: [Case((6, 3, seed(rng)), {"mode": last})]),
        StatisticalCheck("statistical", 2.0, args=lambda g: (N_IN, N_OUT, g), target=TARGETS[scheme],
                         candidates=candidates(distribution), shape=(N_IN, N_OUT), draws=2,
                         distribution=distribution, pick=(0,)),
    )


SPEC = ExerciseSpec("init", (
    FunctionSpec("he_normal", ref.he_normal, checks("he", "normal"),
                 (HE_FAN_OUT, HE_NO_SQRT, UNSCALED, mode_ignored(ref.he_normal))),
    FunctionSpec("he_uniform", ref.he_uniform, checks("he", "uniform"),
                 (HE_UNIFORM_LIMIT_AS_STD, HE_UNIFORM_FAN_OUT, mode_ignored(ref.he_uniform))),
    FunctionSpec("xavier_normal", ref.xavier_normal, checks("xavier", "normal"),
                 (XAVIER_FAN_IN, XAVIER_SUM, UNSCALED, mode_ignored(ref.xavier_normal))),
    FunctionSpec("xavier_uniform", ref.xavier_uniform, checks("xavier", "uniform"),
                 (XAVIER_UNIFORM_LIMIT_AS_STD, XAVIER_UNIFORM_FAN_IN, mode_ignored(ref.xavier_uniform))),
))
