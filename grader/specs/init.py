"""Spec of exercises/init.py: He, Xavier/Glorot and LeCun initialisation, normal and uniform; zeros and
the symmetry problem.

The draws are specified exactly, so values are compared with the reference
on the same seeded generator (default mode in "value", the other fan modes
in "modes"). The statistical check pools a few large draws and judges their
mean, variance and kurtosis; when the variance is off it names the scheme
the student produced (He, Xavier, plain N(0, 1), fan-out, ...).

The symmetry problem is judged by behaviour: a network whose weights all
start at one value keeps every hidden unit identical through training (the
spread between units stays exactly 0) while the weights do move.
"""

import inspect

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Case, Inputs
from mlptutor.grader.checks.edge import EdgeCheck
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.shape import ShapeCheck
from mlptutor.grader.checks.statistical import StatisticalCheck
from mlptutor.grader.checks.validate import scalar_problem
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.sandbox import RNG
from mlptutor.grader.specs._generators import seed
from mlptutor.grader.specs._networks import network
from mlptutor.reference import init as ref
from mlptutor.reference.backprop import mlp_loss_and_grads
from mlptutor.reference.optim import sgd_step

# the statistical check's layer: wide enough that every candidate variance below stands apart
N_IN, N_OUT = 80, 20
TARGETS = {"he": "He (2 / n_in)", "xavier": "Xavier (2 / (n_in + n_out))",
           "lecun": "LeCun, i.e. Xavier from n_in only (1 / n_in)"}
OTHER_MODES = {"he": ("fan_out", "average"), "xavier": ("fan_in", "fan_out"), "lecun": ("fan_out", "average")}


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


MODE_HINT = "mode chooses the fan: n_in for 'fan_in', n_out for 'fan_out', their mean for 'average'."


def default_mode(function):
    """The fan mode `function` takes when the call gives none."""
    return inspect.signature(function).parameters["mode"].default


def in_the_fan(function, distribution, spread, mistake_id, title, hint):
    """A slip of a formula written in the fan, spread(fan) as std or limit, as two Mistakes: with the fan the call's
    mode chooses (as the stub's fan helper gives it), and with `function`'s default fan whatever mode says (the slip
    and mode-ignored at once). Both fit the default mode's rows; the modes row tells them apart."""
    draw = ref.normal if distribution == "normal" else ref.uniform
    default = default_mode(function)

    def follows(n_in, n_out, rng, mode=default):
        s = float(spread(ref.fan(n_in, n_out, mode)))
        return draw(n_in, n_out, rng, s), s
    return (Mistake(mistake_id, title, hint, follows),
            Mistake(f"{mistake_id}-mode-ignored", f"{title}, and mode ignored", f"{hint} And {MODE_HINT}",
                    drawn(distribution, lambda n_in, n_out: spread(ref.fan(n_in, n_out, default)))))



def mode_ignored(function):
    """The initialiser always using its default fan, whatever `mode` says."""
    return Mistake(
        f"{function.__name__.replace('_', '-')}-mode-ignored", f"{function.__name__} ignoring its mode argument",
        MODE_HINT,
        lambda n_in, n_out, rng, mode=None: function(n_in, n_out, rng))


def average_as_fan_out(function):
    """The initialiser taking n_in for "fan_in" and n_out for any other mode: "average" read as "fan_out"."""
    return Mistake(
        f"{function.__name__.replace('_', '-')}-average-as-fan-out",
        f"{function.__name__} with mode 'average' using n_out, as if it were 'fan_out'",
        "mode has three values: n_in for 'fan_in', n_out for 'fan_out' and the mean (n_in + n_out) / 2 for 'average'.",
        lambda n_in, n_out, rng, mode="fan_in": function(n_in, n_out, rng, "fan_in" if mode == "fan_in" else "fan_out"))


# slip -> (the fan it takes for mode "average", its title's words, its hint)
AVERAGE_SLIPS = {
    "floored": (lambda n_in, n_out: (n_in + n_out) // 2, "floored, (n_in + n_out) // 2",
                "the fan of mode 'average' is the mean of n_in and n_out, a half-integer when their sum is odd: which "
                "division did you use?"),
    # Glorot's own formula sqrt(6 / (n_in + n_out)) holds the sum because the mean's 2 went into the numerator
    "summed": (lambda n_in, n_out: n_in + n_out, "taken as the sum n_in + n_out",
               "the fan of mode 'average' is the mean (n_in + n_out) / 2, not the sum (Glorot's limit "
               "sqrt(6 / (n_in + n_out)) is sqrt(3 / fan) with that mean: its 2 moved into the numerator)."),
    # UFLDL's initializeParameters.m: r = sqrt(6) / sqrt(hiddenSize + visibleSize + 1), the bias unit counted in
    "plus-one": (lambda n_in, n_out: (n_in + n_out + 1) / 2, "counting a bias unit, (n_in + n_out + 1) / 2",
                 "the fan of mode 'average' is the mean (n_in + n_out) / 2 of the layer's own sizes: no bias unit is "
                 "counted in it (a tutorial's limit sqrt(6 / (n_in + n_out + 1)) holds a + 1 this one does not)."),
}


def average_slip(function, gain, distribution, slip="floored"):
    """The initialiser whose fan for mode "average" is AVERAGE_SLIPS[slip]'s instead of (n_in + n_out) / 2."""
    draw = ref.normal if distribution == "normal" else ref.uniform
    fan, words, hint = AVERAGE_SLIPS[slip]

    def variant(n_in, n_out, rng, mode=default_mode(function)):
        if mode != "average":
            return function(n_in, n_out, rng, mode)
        s = float(np.sqrt(gain / fan(n_in, n_out)))
        return draw(n_in, n_out, rng, s), s
    return Mistake(
        f"{function.__name__.replace('_', '-')}-average-{slip}",
        f"{function.__name__} with the fan of mode 'average' {words}", hint, variant)


def normal_for_uniform(function):
    """The uniform initialiser drawing rng.standard_normal scaled by its limit (its normal twin's draw)."""
    name = function.__name__.replace("_", "-")

    def variant(n_in, n_out, rng, mode=None):
        limit = function(n_in, n_out, np.random.default_rng(0), *(() if mode is None else (mode,)))[1]
        return ref.normal(n_in, n_out, rng, limit), limit
    return Mistake(
        f"{name}-draws-normal", f"{function.__name__} drawing standard normal values scaled by the limit",
        "a uniform init draws rng.uniform(-limit, limit, size=(n_in, n_out)): every value inside [-limit, limit], "
        "none outside.",
        variant)


def drawn_transposed(function, distribution):
    """The initialiser drawing its matrix as (n_out, n_in), PyTorch's and Nielsen's layout, then transposing it; a
    MATLAB port's reshape(draws, n_in, n_out) (order='F') of one long vector of draws gives the same matrix."""
    draw = ref.normal if distribution == "normal" else ref.uniform
    call = "rng.standard_normal((n_in, n_out))" if distribution == "normal" else "rng.uniform(..., size=(n_in, n_out))"

    def variant(n_in, n_out, rng, mode=None):
        spread = function(n_in, n_out, np.random.default_rng(0), *(() if mode is None else (mode,)))[1]
        return draw(n_out, n_in, rng, spread).T, spread
    return Mistake(
        f"{function.__name__.replace('_', '-')}-drawn-transposed",
        f"{function.__name__} drawn as an (n_out, n_in) matrix and transposed (or, the same values, as n_in * n_out "
        "draws reshaped column by column, MATLAB's order='F')",
        f"the shape and the spread are right, but each value sits elsewhere: draw W in its own shape, {call}, so "
        "the same seed gives the same matrix.",
        variant)


def small_random(function):
    """A normal initialiser whose W is the old tutorials' 'small random weights', 0.01 * N(0, 1) (np.random.randn(...)
    * 0.01), whatever the fan; the std it returns is still the scheme's."""
    def variant(n_in, n_out, rng, mode=None):
        spread = function(n_in, n_out, np.random.default_rng(0), *(() if mode is None else (mode,)))[1]
        return ref.normal(n_in, n_out, rng, 0.01), spread
    return Mistake(
        f"{function.__name__.replace('_', '-')}-times-0.01",
        f"{function.__name__} drawing W as 0.01 times standard normal values (the old tutorials' small random "
        "weights), whatever the fan",
        "a fixed 0.01 is no scheme: the std depends on the layer's fan, and it is the std you return: scale the "
        "draws by it, so that W's spread is the one the scheme promises.",
        variant)


def without_gain(function, distribution):
    """He's initialiser with LeCun's variance 1 / fan (the gain left out), the fan still chosen by mode: LeCun's
    initialiser of the same distribution."""
    spread = "std sqrt(1 / fan)" if distribution == "normal" else "limit sqrt(3 / fan)"
    return Mistake(
        f"{function.__name__.replace('_', '-')}-without-gain", f"{function.__name__} with LeCun's {spread}, the 2 of "
        "He's variance 2 / fan left out",
        "He's variance is 2 / fan: the 2 makes up for ReLU zeroing half of its inputs; 1 / fan is LeCun's, for "
        "activations that keep both signs.",
        ref.lecun_normal if distribution == "normal" else ref.lecun_uniform)


UNSCALED = Mistake(
    "init-unscaled-normal", "weights drawn from N(0, 1) without scaling",
    "the variance must shrink with the layer's width, or activations grow layer after layer: "
    "multiply the standard normal draws by the scheme's std.",
    drawn("normal", lambda n_in, n_out: 1.0))
HE_FAN_OUT = Mistake(
    "he-fan-out", "He normal with fan-out (n_out) instead of fan-in",
    "He's default keeps the forward signal's variance: the fan is the number of inputs of each unit.",
    drawn("normal", lambda n_in, n_out: np.sqrt(2 / n_out)))
HE_NO_SQRT = in_the_fan(
    ref.he_normal, "normal", lambda fan: 2 / fan,
    "he-std-not-sqrt", "He normal with std 2 / fan (2 / n_in by default) instead of its square root",
    "2 / fan is the variance; the draws are scaled by the standard deviation.")
HE_SQRT_OF_NUMERATOR = Mistake(
    "he-sqrt-of-numerator", "He normal with std sqrt(2) / n_in, the root taken of the numerator only",
    "the std is the square root of the whole variance 2 / n_in: sqrt(2 / n_in), not sqrt(2) / n_in.",
    lambda n_in, n_out, rng, mode="fan_in": _sqrt_of_numerator(n_in, n_out, rng, mode))


def _sqrt_of_numerator(n_in, n_out, rng, mode):
    std = float(np.sqrt(2) / ref.fan(n_in, n_out, mode))  # the fan of every mode, as the student's code has it
    return ref.normal(n_in, n_out, rng, std), std


HE_DRAWS_SCALED_BY_VARIANCE = Mistake(
    "he-draws-scaled-by-variance", "He normal draws multiplied by the variance 2 / fan (the returned std is right)",
    "the draws are scaled by the standard deviation you return, the square root of the variance.",
    lambda n_in, n_out, rng, mode="fan_in": _scaled_by_variance(n_in, n_out, rng, mode))


def _scaled_by_variance(n_in, n_out, rng, mode):
    variance = 2 / ref.fan(n_in, n_out, mode)
    return ref.normal(n_in, n_out, rng, variance), float(np.sqrt(variance))


HE_UNIFORM_LIMIT_AS_STD = in_the_fan(
    ref.he_uniform, "uniform", lambda fan: np.sqrt(2 / fan),
    "he-uniform-limit-as-std", "He uniform with the normal's std sqrt(2 / fan) (sqrt(2 / n_in) by default) as its "
    "limit",
    "U(-a, a) has variance a^2 / 3: choose the limit so that this equals He's variance.")
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
XAVIER_UNIFORM_LIMIT_AS_STD = in_the_fan(
    ref.xavier_uniform, "uniform", lambda fan: np.sqrt(1 / fan),
    "xavier-uniform-limit-as-std", "Xavier uniform with the normal's std sqrt(1 / fan) (sqrt(2 / (n_in + n_out)) by "
    "default) as its limit",
    "U(-a, a) has variance a^2 / 3: choose the limit so that this equals Xavier's variance.")
XAVIER_UNIFORM_FAN_IN = Mistake(
    "xavier-uniform-fan-in-only", "Xavier uniform from n_in only (limit sqrt(3 / n_in))",
    "Xavier balances the forward and the backward pass: its fan is the mean of n_in and n_out.",
    drawn("uniform", lambda n_in, n_out: np.sqrt(3 / n_in)))


# (n_in, n_out, seed), fans all different: the shape and value checks judge the same calls. Not _draw.SIZES, whose
# (3, 1) is one column: a draw in either layout is the same numbers there, so a draw made as (n_out, n_in) and
# transposed kept that case; (3, 5) is neither square nor a vector
INIT_SIZES = ((1, 4), (3, 5), (5, 2))
SEEDED_SIZES = Inputs("inputs", lambda rng: [(n, k, seed(rng)) for n, k in INIT_SIZES])


def checks(scheme, distribution):
    """Shape over INIT_SIZES, exact values (default mode, then the other modes), moments of pooled draws."""
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


LECUN_HE_GAIN = in_the_fan(
    ref.lecun_normal, "normal", lambda fan: np.sqrt(2 / fan),
    "lecun-he-gain", "LeCun normal with He's gain, std sqrt(2 / fan) (sqrt(2 / n_in) by default)",
    "LeCun keeps the variance 1 / fan (gain 1); the 2 is He's, for ReLU.")
LECUN_FAN_OUT = Mistake(
    "lecun-fan-out", "LeCun normal with fan-out (n_out) instead of fan-in",
    "LeCun's default fan is the number of inputs of each unit, n_in.",
    drawn("normal", lambda n_in, n_out: np.sqrt(1 / n_out)))
LECUN_UNIFORM_LIMIT_AS_STD = in_the_fan(
    ref.lecun_uniform, "uniform", lambda fan: np.sqrt(1 / fan),
    "lecun-uniform-limit-as-std", "LeCun uniform with the normal's std sqrt(1 / fan) (sqrt(1 / n_in) by default) as "
    "its limit",
    "U(-a, a) has variance a^2 / 3: choose the limit so that this equals 1 / fan.")
LECUN_UNIFORM_HE_GAIN = in_the_fan(
    ref.lecun_uniform, "uniform", lambda fan: np.sqrt(6 / fan),
    "lecun-uniform-he-gain", "LeCun uniform with He's limit sqrt(6 / fan) (sqrt(6 / n_in) by default)",
    "LeCun's variance is 1 / fan, so the limit is sqrt(3 / fan).")
ZEROS_TRANSPOSED = Mistake(
    "zeros-transposed", "the zero matrix as (n_out, n_in)",
    "batch-first Z = A W + b needs W of shape (n_in, n_out).",
    lambda n_in, n_out: np.zeros((n_out, n_in)))


def _spread(params, columns=True, output=True, signed=False, bias=True, unit=0, reduce=np.max, mean_of=None):
    """hidden_unit_spread with the usual slips switchable (every unit compared with `unit`, each part's differences
    reduced by `reduce`, the part named `mean_of` by their mean): a frame for the wrong variants below."""
    size = (lambda d: d) if signed else np.abs
    by = {part: np.mean if part == mean_of else reduce for part in ("W1", "b1", "W2")}
    W1 = params["W1"]
    parts = [by["W1"](size(W1 - W1[:, [unit]])) if columns else by["W1"](size(W1 - W1[[unit]]))]
    if bias:
        parts.append(by["b1"](size(params["b1"] - params["b1"][unit])))
    if output:
        parts.append(by["W2"](size(params["W2"] - params["W2"][[unit]])))
    return float(max(parts))


SPREAD_NO_OUTPUT = Mistake(
    "spread-ignores-output-weights", "the spread without the hidden units' outgoing weights W2",
    "a hidden unit is its incoming weights and bias (a column of W1, an entry of b1) and its outgoing weights "
    "(a row of W2): compare all three.",
    lambda params: _spread(params, output=False))
SPREAD_NO_BIAS = Mistake(
    "spread-ignores-biases", "the spread without the hidden units' biases b1",
    "a hidden unit is its incoming weights and bias (a column of W1, an entry of b1) and its outgoing weights "
    "(a row of W2): units with equal weights but different biases compute different functions. Biases compared "
    "and still left out? Kept as a (1, n) row (np.matrix turns b1 into one), b1[0] is the whole row, not unit 0's "
    "bias, and every difference from it is 0.",
    lambda params: _spread(params, bias=False))
SPREAD_W1_ONLY = Mistake(
    "spread-W1-only", "the spread of W1's columns alone, without the biases b1 and the outgoing weights W2",
    "a hidden unit is its incoming weights and bias (a column of W1, an entry of b1) and its outgoing weights "
    "(a row of W2): units that differ only in b1 or W2 are not copies either.",
    lambda params: _spread(params, bias=False, output=False))
SPREAD_FROM_LAST = Mistake(
    "spread-from-the-last-unit", "each unit compared with the last unit instead of with unit 0",
    "the spread is max over j of |unit j - unit 0|: the distance from the first hidden unit (column 0 of W1, "
    "b1[0], row 0 of W2), not from the last.",
    lambda params: _spread(params, unit=-1))
SPREAD_FROM_UNIT_1 = Mistake(
    "spread-from-unit-1", "each unit compared with unit 1 instead of with unit 0",
    "the spread is max over j of |unit j - unit 0|: the distance from the first hidden unit, index 0 (column 0 of "
    "W1, b1[0], row 0 of W2), not index 1 (which one hidden unit does not have).",
    lambda params: _spread(params, unit=1))
SPREAD_ROWS = Mistake(
    "spread-rows-of-W1", "the hidden units of W1 taken as its rows",
    "W1 is (n_in, n_hidden): hidden unit j is column j, so compare columns with column 0.",
    lambda params: _spread(params, columns=False))
SPREAD_FROM_MEAN = Mistake(
    "spread-from-the-mean-unit", "each unit compared with the units' mean instead of with unit 0",
    "the spread is max over j of |unit j - unit 0| (columns of W1, entries of b1, rows of W2): 0 exactly when "
    "every unit is a copy of unit 0, and a mean of equal floats need not equal them to the last bit.",
    lambda params: float(max(np.abs(params["W1"] - params["W1"].mean(axis=1, keepdims=True)).max(),
                             np.abs(params["b1"] - params["b1"].mean()).max(),
                             np.abs(params["W2"] - params["W2"].mean(axis=0, keepdims=True)).max())))
SPREAD_W2_COLUMNS = Mistake(
    "spread-columns-of-W2", "the outgoing weights W2 compared by columns (output units) instead of by rows",
    "W2 is (n_hidden, k): hidden unit j's outgoing weights are row j, so compare rows with row 0.",
    lambda params: float(max(np.abs(params["W1"] - params["W1"][:, :1]).max(),
                             np.abs(params["b1"] - params["b1"][0]).max(),
                             np.abs(params["W2"] - params["W2"][:, :1]).max())))
SPREAD_RANGE = Mistake(
    "spread-range-over-units", "the range over the units (largest minus smallest, np.ptp) instead of the distance "
    "from unit 0",
    "the spread is max over j of |unit j - unit 0|: when unit 0 lies between the others the range is larger.",
    lambda params: float(max(np.ptp(params["W1"], axis=1).max(), np.ptp(params["b1"]),
                             np.ptp(params["W2"], axis=0).max())))
SPREAD_MEAN = Mistake(
    "spread-mean-not-max", "the mean of |unit j - unit 0| over the entries instead of the largest difference",
    "the spread is the LARGEST difference from unit 0: a mean over every entry, unit 0's own zeros included, "
    "shrinks a unit that differs in one weight towards 0.",
    lambda params: _spread(params, reduce=np.mean))
# one part's maximum written as a mean (lines of one shape, one of them changed)
SPREAD_MEAN_IN_PART = tuple(Mistake(
    f"spread-mean-of-{part}", f"the mean of {part}'s differences from unit 0 instead of the largest one (the other "
    f"parts' maxima right)",
    f"the spread is the LARGEST difference from unit 0 in every part: compare how you reduce {part}'s differences "
    f"with how you reduce the other parts'.",
    lambda params, part=part: _spread(params, mean_of=part)) for part in ("W1", "b1", "W2"))
SPREAD_SIGNED = Mistake(
    "spread-signed-differences", "the largest signed difference instead of the largest absolute one",
    "a unit may differ from unit 0 downwards: take the absolute differences before the maximum.",
    lambda params: _spread(params, signed=True))


def _symmetry(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5, initial=True, output_value=None, bias=0.0,
              bias_grad=None, hidden="sigmoid", output="identity", output_bias=None, sequential=False,
              derivative=None, spread=ref.hidden_unit_spread, per_example=False, output_delta=None, decay=0.0,
              flipped=False):
    """symmetry_demo with the usual slips switchable: a frame for the wrong variants below. `per_example` makes each
    step one update per row in turn, on that row's own loss (stochastic gradient descent without the shuffle);
    `bias_grad` maps each bias's right gradient to the one stepped by (0 * g: never trained, -g: stepped uphill);
    `decay` adds decay * W to each weight's gradient (an L2 term the docstring's loss does not have); `flipped`
    makes the hidden layer sigmoid(-z), its derivative still taken as H (1 - H)."""
    d, k = np.shape(X)[1], np.shape(Y)[1]
    W2 = float(value) if output_value is None else output_value
    params = {"W1": np.full((d, n_hidden), float(value)), "b1": np.full(n_hidden, bias),
              "W2": np.full((n_hidden, k), W2), "b2": np.full(k, bias if output_bias is None else output_bias)}
    spreads = [spread(params)]
    written_out = sequential or derivative is not None or output_delta is not None or flipped
    for _ in range(steps):
        if per_example:
            for i in range(len(X)):
                params = sgd_step(params, mlp_loss_and_grads(X[i:i + 1], Y[i:i + 1], params, [hidden, output])[1], eta)
        elif written_out:
            params = _written_step(X, Y, params, eta, sequential, derivative, output_delta, flipped)
        else:
            grads = mlp_loss_and_grads(X, Y, params, [hidden, output])[1]
            if bias_grad is not None:
                grads = {k: g if k.startswith("W") else bias_grad(g) for k, g in grads.items()}
            if decay:
                grads = {k: g + decay * params[k] if k.startswith("W") else g for k, g in grads.items()}
            params = sgd_step(params, grads, eta)
        spreads.append(spread(params))
    return {"spread": spreads if initial else spreads[1:], "params": params}


def _written_step(X, Y, params, eta, sequential, derivative, output_delta=None, flipped=False):
    """One step written out with the operations of tests/solutions/init.py in their order, so that a run its large
    steps make chaotic (the summed loss's) replays to the last bit: with `sequential` the output layer stepped first
    and the old output delta sent back through the new W2; `derivative(H)` in place of the sigmoid's H (1 - H) in the
    hidden delta when given; `output_delta(Y_hat, Y)` in place of the mean loss's (Y_hat - Y) / N when given;
    sigmoid(-z) for the hidden layer when `flipped`."""
    Z = X @ params["W1"] + params["b1"]
    with np.errstate(over="ignore"):  # a diverging run's sigmoid overflows as the student's own does
        H = 1 / (1 + np.exp(Z if flipped else -Z))
    out = H @ params["W2"] + params["b2"]
    d_out = (out - Y) / len(X) if output_delta is None else output_delta(out, Y)
    if sequential:
        params = {**params, "W2": params["W2"] - eta * H.T @ d_out, "b2": params["b2"] - eta * d_out.sum(axis=0)}
    back = d_out @ params["W2"].T
    d_hidden = back * H * (1 - H) if derivative is None else back * derivative(H)
    grads = {"W1": X.T @ d_hidden, "b1": d_hidden.sum(axis=0), "W2": H.T @ d_out, "b2": d_out.sum(axis=0)}
    if sequential:  # already stepped
        grads = {**grads, "W2": 0 * params["W2"], "b2": 0 * params["b2"]}
    return {key: params[key] - eta * grads[key] for key in params}


DEMO_NO_INITIAL = Mistake(
    "symmetry-demo-no-initial-spread", "the spread recorded after each step but not before the first",
    "record the spread of the starting weights too: steps + 1 values, spread[0] before any step.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta, initial=False))
DEMO_BIASES_AT_VALUE = Mistake(
    "symmetry-demo-biases-at-value", "the biases started at `value` too",
    "only the weights start at `value`; biases start at 0.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta, bias=float(value)))
DEMO_HIDDEN_BIASES_AT_VALUE = Mistake(
    "symmetry-demo-hidden-biases-at-value", "the hidden biases b1 started at `value` too (b2 at 0)",
    "only the weights W1 and W2 start at `value`; both biases, b1 and b2, start at 0.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta,
                                                                      bias=float(value), output_bias=0.0))
DEMO_SIGMOID_OUTPUT = Mistake(
    "symmetry-demo-sigmoid-output", "a sigmoid on the output layer too (the demo's output is the identity)",
    "the demo's output layer is linear (no activation), so its delta has no sigmoid' factor.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta,
                                                                      output="sigmoid"))
DEMO_SEQUENTIAL = Mistake(
    "symmetry-demo-sequential-update", "W2 and b2 stepped first, and the hidden layer's gradient then computed "
    "with the new W2",
    "gradient descent steps every parameter with the gradients of the same (old) parameters: compute all four "
    "gradients first, then update W1, b1, W2 and b2 together.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta,
                                                                      sequential=True))
DEMO_NO_DERIVATIVE = Mistake(
    "symmetry-demo-no-sigmoid-derivative", "the hidden delta sent back through W2 without the sigmoid's derivative",
    "the hidden layer's delta is the output delta sent back through W2, times the derivative of its activation.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta,
                                                                      derivative=lambda H: 1.0))
DEMO_SIGMOID_AS_DERIVATIVE = Mistake(
    "symmetry-demo-sigmoid-for-its-derivative", "the hidden delta multiplied by the sigmoid's output H instead of its "
    "derivative H (1 - H)",
    "the hidden layer's delta needs the derivative of its activation: for the sigmoid that is H (1 - H), not H.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta,
                                                                      derivative=lambda H: H))
# deeplearning.ai's planar-data network has a tanh hidden layer: its dZ1 = W2^T dZ2 * (1 - A1^2) copied here
DEMO_TANH_DERIVATIVE = Mistake(
    "symmetry-demo-tanh-derivative", "the sigmoid hidden layer sent back through tanh's derivative 1 - H^2",
    "the hidden layer is the sigmoid, so its derivative is H (1 - H) in its output H; 1 - H^2 is tanh's.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta,
                                                                      derivative=lambda H: 1 - H ** 2))
DEMO_BIASES_FROZEN = Mistake(
    "symmetry-demo-biases-not-trained", "only the weights trained, the biases left at 0",
    "full-batch gradient descent steps every parameter: b1 and b2 too, with their gradients.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta,
                                                                      bias_grad=lambda g: 0 * g))
DEMO_BIASES_UPHILL = Mistake(
    "symmetry-demo-biases-uphill", "the biases stepped along their gradients (db1 and db2 with the sign flipped)",
    "every parameter steps against its gradient, the biases as the weights: check the sign of the biases' gradients "
    "and of their step.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta,
                                                                      bias_grad=lambda g: -g))
DEMO_BIASES_SUMMED = Mistake(
    "symmetry-demo-bias-gradient-summed-over-units", "db summed over every entry of the delta (np.sum without "
    "axis=0): each unit's bias stepped by the layer's total",
    "each bias has its own gradient, the sum of its unit's delta over the batch: check the axis of the sum.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta,
                                                                      bias_grad=lambda g: np.full_like(g, g.sum())))
DEMO_TANH_HIDDEN = Mistake(
    "symmetry-demo-tanh-hidden", "a tanh hidden layer instead of the sigmoid one",
    "the demo's hidden layer is the sigmoid, as the docstring says, and its derivative is the sigmoid's, not tanh's.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta, hidden="tanh"))
# a stable sigmoid whose two branches are swapped (exp(z) / (1 + exp(z)) for z >= 0) is sigmoid(-z) = 1 - sigmoid(z);
# its derivative, written from the output as H (1 - H), is the same either way
DEMO_SIGMOID_OF_MINUS_Z = Mistake(
    "symmetry-demo-sigmoid-of-minus-z", "the hidden layer's sigmoid computed as sigmoid(-z) = 1 - sigmoid(z) (a stable "
    "sigmoid's two branches swapped)",
    "check your hidden layer's sigmoid on its own: at z = 2 it must be above 0.5 (0.88), at z = -2 below it; in a "
    "stable form, each branch must compute the same function as 1 / (1 + exp(-z)).",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta, flipped=True))
DEMO_ZERO_OUTPUT = Mistake(
    "symmetry-demo-output-weights-zero", "W2 started at 0 instead of at `value`",
    "every weight starts at `value`, W1 and W2 alike (the biases at 0).",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta, output_value=0.0))


DEMO_SUMMED_LOSS = Mistake(
    "symmetry-demo-summed-loss-gradient", "the output delta Y_hat - Y without the 1/N of the mean loss: steps N times "
    "too large",
    "L = 1/(2N) sum (Y_hat - Y)^2 is a mean over the N rows: the 1/N stays in its derivative.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta,
                                                                      output_delta=lambda out, Y: out - Y))
# PyTorch's F.mse_loss (reduction='mean'): the mean over all N k entries, without the 1/2; the same as the docstring's
# loss when k = 2 only
DEMO_TORCH_MSE = Mistake(
    "symmetry-demo-mse-mean-over-entries", "trained on the mean of the squared errors over all N*k entries, without "
    "the 1/2 (a framework's mse_loss): every step 2/k times the right one",
    "the docstring's loss is L = 1/(2N) sum (Y_hat - Y)^2: summed over the k outputs and averaged over the N rows "
    "only, with a 1/2 that cancels the 2 of the square's derivative; a mean over all N k entries without the 1/2 "
    "scales every gradient by 2/k.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(
        X, Y, n_hidden, value, steps, eta, output_delta=lambda out, Y: 2 * (out - Y) / out.size))

# Geron's MSE is the plain mean over the rows, 1/N sum (Y_hat - Y)^2, whose gradient 2/N (Y_hat - Y) he writes out;
# with one output it is the framework mean of DEMO_TORCH_MSE too, with several outputs only this variant
DEMO_MSE_NO_HALF = Mistake(
    "symmetry-demo-mse-grad-factor-2", "the output delta twice the right one, the gradient of an MSE "
    "without the 1/2: every step twice the right one",
    "the docstring's loss is L = 1/(2N) sum (Y_hat - Y)^2: its 1/2 cancels the 2 from differentiating the square, so "
    "no factor 2 belongs in the output delta.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(
        X, Y, n_hidden, value, steps, eta, output_delta=lambda out, Y: 2 * (out - Y) / len(out)))

# UFLDL's sparseAutoencoderCost.m: cost + (lambda/2) sum(W.^2), W1grad + lambda * W1, with the tutorial's lambdas
# (1e-4 for the sparse autoencoder, 3e-3 for the stacked one's fine-tuning): a few digits off, not a rounded constant
DECAYS = (1e-4, 3e-3)
DEMO_WEIGHT_DECAY = tuple(Mistake(
    f"symmetry-demo-weight-decay-{lam:g}", f"the weights decayed too: lambda W added to every weight gradient with "
    f"lambda = {lam:g} (a tutorial's cost with its weight-decay term)",
    "the docstring's loss is the MSE alone, L = 1/(2N) sum (Y_hat - Y)^2: no L2 term, so no lambda W in the weights' "
    "gradients.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5, lam=lam: _symmetry(X, Y, n_hidden, value, steps, eta,
                                                                               decay=lam))
    for lam in DECAYS)

# 6.036's sgd updates on one data point at a time: a step written as a pass over the rows, one update each
DEMO_PER_EXAMPLE = Mistake(
    "symmetry-demo-per-example-steps", "each step made of one update per example in turn (stochastic gradient "
    "descent) instead of one full-batch step",
    "the docstring's step is full-batch gradient descent: one update per step, with the gradient of the mean loss "
    "over all N rows together.",
    lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta,
                                                                      per_example=True))


def recording(mistake):
    """symmetry_demo recording its spread with hidden_unit_spread's slip `mistake` (a demo calling the student's
    own hidden_unit_spread, as the course's solution does). Only slips that show on units kept identical: after a
    step W1's rows differ (each input its own gradient), and so do W2's columns (each output its own)."""
    return Mistake(mistake.id.replace("spread-", "symmetry-demo-spread-", 1),
                   f"{mistake.title}, in the spreads symmetry_demo records", mistake.hint,
                   lambda X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5: _symmetry(X, Y, n_hidden, value, steps, eta,
                                                                                     spread=mistake.variant))


def spread_cases(rng):
    """Random parameters, and sets of copies of one unit: unit 2 differing only in W2 (upwards), only in W1
    (downwards), so a spread that drops W2 or keeps the sign of the differences shows; units 1 and 2 only in b1;
    units 1 and 3 (the last) in W1's columns, 0.6 and 0.3 away from unit 0, so a spread measured from the last unit
    (0.3) shows (with random weights the largest distance often lies between unit 0 and the last, the same from
    either); units 1 and 2 in b1 again, above unit 0 (0.1 and 0.6): unit 0 is not between the others, so the range
    over the units is right there and a spread measured from unit 1 (0.5) is not (the two agree on every other
    case)."""
    def copies(dW1=0.0, dW2=0.0, db1=(0.0, 0.0), dcolumns=(0.0, 0.0)):
        params = {"W1": np.repeat(rng.normal(size=(3, 1)), 4, axis=1), "b1": np.full(4, 0.3),
                  "W2": np.repeat(rng.normal(size=(1, 2)), 4, axis=0), "b2": rng.normal(size=2)}
        params["W1"][1, 2] += dW1
        params["W1"][:, [1, 3]] += dcolumns
        params["W2"][2, 1] += dW2
        params["W2"][1, 0] -= 0.5 * dW2
        params["b1"][1:3] += db1
        return params
    return [(network(rng, 0),), (copies(dW2=0.5),), (copies(dW1=-0.4),), (copies(db1=(-0.6, 0.2)),),
            (copies(dcolumns=(0.6, 0.3)),), (copies(db1=(0.1, 0.6)),)]


def demo_case(rng, value, n_hidden=4, n_out=2):
    """5 examples, 3 inputs, n_hidden units, n_out outputs: no two sizes equal (with 3 hidden units W1 was square,
    and dW1 computed as d_hidden^T X had the right shape and wrong values)."""
    X, Y = rng.normal(size=(5, 3)), rng.normal(size=(5, n_out))
    return Case((X, Y), {"n_hidden": n_hidden, "value": value, "steps": 4, "eta": 0.3})


def stays_symmetric(value, expected, case):
    """Every hidden unit stays a copy of unit 0 (spread exactly 0 at every step), yet the weights move."""
    spread, params = value["spread"], value["params"]
    steps = case.kwargs.get("steps", 20)
    if type(spread) is not list or len(spread) != steps + 1:
        return f"spread must hold {steps + 1} values: before training and after each of the {steps} steps"
    if problem := next((p for i, s in enumerate(spread) if (p := scalar_problem(s, f"spread[{i}]"))), None):
        return f"{problem}: each spread is a float64 number, as hidden_unit_spread returns"
    if any(s != 0.0 for s in spread):
        return "the hidden units drifted apart, but identical units get identical gradients: their spread stays exactly 0"
    start = case.kwargs.get("value", 0.0)
    if np.all(params["W1"] == start) and np.all(params["W2"] == start):
        if start == 0.0 and not (np.all(params["b1"] == 0.0) and np.all(params["b2"] == 0.0)):
            # the biases stepped: with all weights 0 only a hidden layer that is 0 at Z = 0 leaves W2's gradient 0
            return ("the weights never moved though the biases did: a hidden layer that gives 0 at Z = 0 (tanh, "
                    "ReLU) leaves every weight's gradient 0; the demo's sigmoid gives 0.5 there")
        return "the weights never moved: take the gradient steps"
    return None


# one hidden unit is a network too; the last case runs at the defaults (4 hidden units, value 0, 20 steps, eta 0.5)
# 4 outputs in one case, 1 in another: a loss averaged over all N k entries without the 1/2 (a framework's mse_loss)
# is the docstring's at k = 2 only (r19b: it lost 0.5 of 4 with three cases of 2 outputs)
DEMO_INPUTS = Inputs("inputs", lambda rng: [demo_case(rng, 0.0), demo_case(rng, float(rng.uniform(0.1, 0.5))),
                                           demo_case(rng, float(rng.uniform(0.1, 0.5)), n_hidden=1, n_out=4),
                                           Case((rng.normal(size=(6, 2)), rng.normal(size=(6, 1))))])
SPREAD_INPUTS = Inputs("spread-inputs", spread_cases)
# the docstring's spread 0, an answer a do-nothing body gives (so edge cases): exact copies of one unit, and a single
# hidden unit, which has no other unit to differ from (a float 0.0: max(0, 0.0) is the int 0; units 1.. sliced
# against unit 0 are an empty array, whose .max() raises)
SPREAD_EDGES = (
    ({"W1": np.repeat([[0.4], [-1.1], [0.7]], 4, axis=1), "b1": np.full(4, 0.3),
      "W2": np.repeat([[1.2, -0.5]], 4, axis=0), "b2": np.array([0.1, -0.2])},),
    ({"W1": np.array([[0.4], [-1.1], [0.7]]), "b1": np.array([0.3]), "W2": np.array([[1.2, -0.5]]),
      "b2": np.array([0.1, -0.2])},))

# each initialiser's spread line in the solution, which the line drawing its matrix follows
_SPREAD_LINES = {"he-normal": "std = np.sqrt(2 / _fan", "xavier-normal": "std = np.sqrt(1 / _fan",
                 "lecun-normal": "std = np.sqrt(1.0 / _fan", "he-uniform": "limit = np.sqrt(6 / _fan",
                 "xavier-uniform": "limit = np.sqrt(3 / _fan", "lecun-uniform": "limit = np.sqrt(3.0 / _fan"}


def drawn_transposed_edit(scheme: str) -> Edit:
    """The edit drawing `scheme`'s matrix as (n_out, n_in) and returning its transpose."""
    spread = _SPREAD_LINES[scheme] + "(n_in, n_out, mode))\n"
    if scheme.endswith("normal"):
        return Edit(spread + "    return std * rng.standard_normal((n_in, n_out))",
                    spread + "    return (std * rng.standard_normal((n_out, n_in))).T")
    return Edit(spread + "    return rng.uniform(-limit, limit, size=(n_in, n_out))",
                spread + "    return rng.uniform(-limit, limit, size=(n_out, n_in)).T")


# How a student makes each mistake: in the correct solution tests/solutions/init.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    **{f"{name}-normal-times-0.01": Edit(
        f"    std = np.sqrt({gain} / _fan(n_in, n_out, mode))\n    return std * rng.standard_normal((n_in, n_out))",
        f"    std = np.sqrt({gain} / _fan(n_in, n_out, mode))\n    return 0.01 * rng.standard_normal((n_in, n_out))")
       for name, gain in (("he", "2"), ("xavier", "1"), ("lecun", "1.0"))},
    "he-draws-scaled-by-variance": Edit(
        "    std = np.sqrt(2 / _fan(n_in, n_out, mode))\n    return std * rng.standard_normal((n_in, n_out)), float(std)",
        "    std = np.sqrt(2 / _fan(n_in, n_out, mode))\n    return std ** 2 * rng.standard_normal((n_in, n_out)), float(std)"),
    "he-sqrt-of-numerator": Edit("std = np.sqrt(2 / _fan(n_in, n_out, mode))", "std = np.sqrt(2) / _fan(n_in, n_out, mode)"),
    "he-fan-out": Edit("std = np.sqrt(2 / _fan(n_in, n_out, mode))", "std = np.sqrt(2 / _fan(n_out, n_in, mode))"),
    "he-normal-without-gain": Edit("std = np.sqrt(2 / _fan(n_in, n_out, mode))",
                                   "std = _fan(n_in, n_out, mode) ** -0.5"),
    "he-uniform-without-gain": Edit("limit = np.sqrt(6 / _fan(n_in, n_out, mode))",
                                    "limit = (3 / _fan(n_in, n_out, mode)) ** 0.5"),
    "he-std-not-sqrt": Edit("std = np.sqrt(2 / _fan(n_in, n_out, mode))", "std = 2 / _fan(n_in, n_out, mode)"),
    "init-unscaled-normal": Edit(
        "    std = np.sqrt(2 / _fan(n_in, n_out, mode))\n"
        "    return std * rng.standard_normal((n_in, n_out))",
        "    std = np.sqrt(2 / _fan(n_in, n_out, mode))\n"
        "    return rng.standard_normal((n_in, n_out))"),
    "he-normal-mode-ignored": Edit("std = np.sqrt(2 / _fan(n_in, n_out, mode))", "std = np.sqrt(2 / n_in)"),
    "he-uniform-limit-as-std": Edit(
        "limit = np.sqrt(6 / _fan(n_in, n_out, mode))",
        "limit = np.sqrt(2 / _fan(n_in, n_out, mode))"),
    "he-uniform-fan-out": Edit(
        "limit = np.sqrt(6 / _fan(n_in, n_out, mode))",
        "limit = np.sqrt(6 / _fan(n_out, n_in, mode))"),
    "he-uniform-mode-ignored": Edit("limit = np.sqrt(6 / _fan(n_in, n_out, mode))", "limit = np.sqrt(6 / n_in)"),
    "xavier-fan-in-only": Edit("std = np.sqrt(1 / _fan(n_in, n_out, mode))", "std = np.sqrt(1 / n_in)"),
    "xavier-sum-not-average": Edit("std = np.sqrt(1 / _fan(n_in, n_out, mode))", "std = np.sqrt(1 / (n_in + n_out))"),
    "xavier-normal-mode-ignored": Edit(
        "std = np.sqrt(1 / _fan(n_in, n_out, mode))",
        "std = np.sqrt(2 / (n_in + n_out))"),
    "xavier-uniform-limit-as-std": Edit(
        "limit = np.sqrt(3 / _fan(n_in, n_out, mode))",
        "limit = np.sqrt(1 / _fan(n_in, n_out, mode))"),
    "xavier-uniform-fan-in-only": Edit("limit = np.sqrt(3 / _fan(n_in, n_out, mode))", "limit = np.sqrt(3 / n_in)"),
    "xavier-uniform-mode-ignored": Edit(
        "limit = np.sqrt(3 / _fan(n_in, n_out, mode))",
        "limit = np.sqrt(6 / (n_in + n_out))"),
    "lecun-he-gain": Edit("std = np.sqrt(1.0 / _fan", "std = np.sqrt(2.0 / _fan"),
    "lecun-fan-out": Edit("    std = np.sqrt(1.0 / _fan(n_in, n_out, mode))", "    std = np.sqrt(1 / n_out)"),
    "lecun-normal-mode-ignored": Edit(
        "    std = np.sqrt(1.0 / _fan(n_in, n_out, mode))",
        "    std = np.sqrt(1 / n_in)"),
    "lecun-uniform-limit-as-std": Edit(
        "    limit = np.sqrt(3.0 / _fan(n_in, n_out, mode))",
        "    limit = np.sqrt(1 / _fan(n_in, n_out, mode))"),
    "lecun-uniform-he-gain": Edit(
        "    limit = np.sqrt(3.0 / _fan(n_in, n_out, mode))",
        "    limit = np.sqrt(6 / _fan(n_in, n_out, mode))"),
    "lecun-uniform-mode-ignored": Edit(
        "    limit = np.sqrt(3.0 / _fan(n_in, n_out, mode))",
        "    limit = np.sqrt(3 / n_in)"),
    # the six slips of a formula in the fan made with the default fan written out: mode ignored too
    "he-std-not-sqrt-mode-ignored": Edit("std = np.sqrt(2 / _fan(n_in, n_out, mode))", "std = 2 / n_in"),
    "he-uniform-limit-as-std-mode-ignored": Edit(
        "limit = np.sqrt(6 / _fan(n_in, n_out, mode))", "limit = np.sqrt(2 / n_in)"),
    "xavier-uniform-limit-as-std-mode-ignored": Edit(
        "limit = np.sqrt(3 / _fan(n_in, n_out, mode))", "limit = np.sqrt(2 / (n_in + n_out))"),
    "lecun-he-gain-mode-ignored": Edit("std = np.sqrt(1.0 / _fan(n_in, n_out, mode))", "std = np.sqrt(2 / n_in)"),
    "lecun-uniform-limit-as-std-mode-ignored": Edit(
        "limit = np.sqrt(3.0 / _fan(n_in, n_out, mode))", "limit = np.sqrt(1 / n_in)"),
    "lecun-uniform-he-gain-mode-ignored": Edit(
        "limit = np.sqrt(3.0 / _fan(n_in, n_out, mode))", "limit = np.sqrt(6 / n_in)"),
    **{f"{scheme}-drawn-transposed": drawn_transposed_edit(scheme) for scheme in (
        "he-normal", "xavier-normal", "lecun-normal", "he-uniform", "xavier-uniform", "lecun-uniform")},
    "zeros-transposed": Edit("    return np.zeros((n_in, n_out))", "    return np.zeros((n_out, n_in))"),
    "spread-ignores-output-weights": Edit(
        "np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()",
        "np.abs(b1 - b1[0]).max()"),
    "spread-ignores-biases": Edit(
        "np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()",
        "np.abs(W1 - W1[:, :1]).max(), np.abs(W2 - W2[:1]).max()"),
    "spread-W1-only": Edit(
        "max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max())",
        "np.abs(W1 - W1[:, :1]).max()"),
    "spread-from-the-last-unit": Edit(
        "    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()))",
        "    return float(max(np.abs(W1 - W1[:, -1:]).max(), np.abs(b1 - b1[-1]).max(), np.abs(W2 - W2[-1:]).max()))"),
    "spread-from-unit-1": Edit(
        "    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()))",
        "    return float(max(np.abs(W1 - W1[:, 1:2]).max(), np.abs(b1 - b1[1]).max(), np.abs(W2 - W2[1:2]).max()))"),
    "spread-rows-of-W1": Edit(
        "    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()))",
        "    return float(max(np.abs(W1 - W1[:1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()))"),
    "spread-from-the-mean-unit": Edit(
        "    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()))",
        "    return float(max(np.abs(W1 - W1.mean(axis=1, keepdims=True)).max(), np.abs(b1 - b1.mean()).max(),\n"
        "                     np.abs(W2 - W2.mean(axis=0, keepdims=True)).max()))"),
    "spread-columns-of-W2": Edit("np.abs(W2 - W2[:1]).max()))", "np.abs(W2 - W2[:, :1]).max()))"),
    "spread-range-over-units": Edit(
        "    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()))",
        "    return float(max(np.ptp(W1, axis=1).max(), np.ptp(b1), np.ptp(W2, axis=0).max()))"),
    "symmetry-demo-tanh-hidden": Edit(
        "        H = 1 / (1 + np.exp(-(X @ params[\"W1\"] + params[\"b1\"])))\n"
        "        out = H @ params[\"W2\"] + params[\"b2\"]\n"
        "        d_out = (out - Y) / len(X)\n"
        "        d_hidden = d_out @ params[\"W2\"].T * H * (1 - H)",
        "        H = np.tanh(X @ params[\"W1\"] + params[\"b1\"])\n"
        "        out = H @ params[\"W2\"] + params[\"b2\"]\n"
        "        d_out = (out - Y) / len(X)\n"
        "        d_hidden = d_out @ params[\"W2\"].T * (1 - H ** 2)"),
    **{f"spread-mean-of-{part}": Edit(f"np.abs({diff}).max()", f"np.abs({diff}).mean()")
       for part, diff in (("W1", "W1 - W1[:, :1]"), ("b1", "b1 - b1[0]"), ("W2", "W2 - W2[:1]"))},
    "symmetry-demo-sigmoid-of-minus-z": Edit("        H = 1 / (1 + np.exp(-(X @ params[\"W1\"] + params[\"b1\"])))",
                                             "        H = 1 / (1 + np.exp(X @ params[\"W1\"] + params[\"b1\"]))"),
    "spread-mean-not-max": Edit(
        "    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()))",
        "    return float(max(np.abs(W1 - W1[:, :1]).mean(), np.abs(b1 - b1[0]).mean(), np.abs(W2 - W2[:1]).mean()))"),
    "spread-signed-differences": Edit(
        "    return float(max(np.abs(W1 - W1[:, :1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[:1]).max()))",
        "    return float(max((W1 - W1[:, :1]).max(), (b1 - b1[0]).max(), (W2 - W2[:1]).max()))"),
    "he-uniform-draws-normal": Edit(
        "    limit = np.sqrt(6 / _fan(n_in, n_out, mode))\n    return rng.uniform(-limit, limit, size=(n_in, n_out))",
        "    limit = np.sqrt(6 / _fan(n_in, n_out, mode))\n    return limit * rng.standard_normal((n_in, n_out))"),
    "xavier-uniform-draws-normal": Edit(
        "    limit = np.sqrt(3 / _fan(n_in, n_out, mode))\n    return rng.uniform(-limit, limit, size=(n_in, n_out))",
        "    limit = np.sqrt(3 / _fan(n_in, n_out, mode))\n    return limit * rng.standard_normal((n_in, n_out))"),
    "lecun-uniform-draws-normal": Edit(
        "    limit = np.sqrt(3.0 / _fan(n_in, n_out, mode))\n    return rng.uniform(-limit, limit, size=(n_in, n_out))",
        "    limit = np.sqrt(3.0 / _fan(n_in, n_out, mode))\n    return limit * rng.standard_normal((n_in, n_out))"),
    "symmetry-demo-per-example-steps": Edit(
        "    for _ in range(steps):\n"
        "        H = 1 / (1 + np.exp(-(X @ params[\"W1\"] + params[\"b1\"])))\n"
        "        out = H @ params[\"W2\"] + params[\"b2\"]\n"
        "        d_out = (out - Y) / len(X)\n"
        "        d_hidden = d_out @ params[\"W2\"].T * H * (1 - H)\n"
        "        grads = {\"W1\": X.T @ d_hidden, \"b1\": d_hidden.sum(axis=0), \"W2\": H.T @ d_out, "
        "\"b2\": d_out.sum(axis=0)}\n"
        "        params = {key: params[key] - eta * grads[key] for key in params}\n",
        "    for _ in range(steps):\n"
        "        for i in range(len(X)):\n"
        "            x, y = X[i:i + 1], Y[i:i + 1]\n"
        "            H = 1 / (1 + np.exp(-(x @ params[\"W1\"] + params[\"b1\"])))\n"
        "            d_out = H @ params[\"W2\"] + params[\"b2\"] - y\n"
        "            d_hidden = d_out @ params[\"W2\"].T * H * (1 - H)\n"
        "            grads = {\"W1\": x.T @ d_hidden, \"b1\": d_hidden.sum(axis=0), \"W2\": H.T @ d_out, "
        "\"b2\": d_out.sum(axis=0)}\n"
        "            params = {key: params[key] - eta * grads[key] for key in params}\n"),
    "symmetry-demo-summed-loss-gradient": Edit("        d_out = (out - Y) / len(X)", "        d_out = out - Y"),
    "symmetry-demo-mse-grad-factor-2": Edit("        d_out = (out - Y) / len(X)", "        d_out = 2 * (out - Y) / len(X)"),
    "symmetry-demo-mse-mean-over-entries": Edit("        d_out = (out - Y) / len(X)",
                                                "        d_out = 2 * (out - Y) / out.size"),
    "symmetry-demo-no-sigmoid-derivative": Edit(
        "        d_hidden = d_out @ params[\"W2\"].T * H * (1 - H)\n        grads",
        "        d_hidden = d_out @ params[\"W2\"].T\n        grads"),
    "symmetry-demo-sigmoid-for-its-derivative": Edit(
        "        d_hidden = d_out @ params[\"W2\"].T * H * (1 - H)\n", "        d_hidden = d_out @ params[\"W2\"].T * H\n"),
    "symmetry-demo-tanh-derivative": Edit(
        "        d_hidden = d_out @ params[\"W2\"].T * H * (1 - H)\n",
        "        d_hidden = d_out @ params[\"W2\"].T * (1 - H ** 2)\n"),
    "he-normal-average-as-fan-out": Edit("std = np.sqrt(2 / _fan(n_in, n_out, mode))",
                                         "std = np.sqrt(2 / (n_in if mode == \"fan_in\" else n_out))"),
    "he-uniform-average-as-fan-out": Edit("limit = np.sqrt(6 / _fan(n_in, n_out, mode))",
                                          "limit = np.sqrt(6 / (n_in if mode == \"fan_in\" else n_out))"),
    "lecun-normal-average-as-fan-out": Edit("std = np.sqrt(1.0 / _fan(n_in, n_out, mode))",
                                            "std = np.sqrt(1.0 / (n_in if mode == \"fan_in\" else n_out))"),
    "lecun-uniform-average-as-fan-out": Edit("limit = np.sqrt(3.0 / _fan(n_in, n_out, mode))",
                                             "limit = np.sqrt(3.0 / (n_in if mode == \"fan_in\" else n_out))"),
    "symmetry-demo-no-initial-spread": Edit("spread = [hidden_unit_spread(params)]", "spread = []"),
    **{f"symmetry-demo-weight-decay-{lam:g}": Edit(
        "        params = {key: params[key] - eta * grads[key] for key in params}",
        f"        params = {{key: params[key] - eta * (grads[key] + {lam!r} * params[key] * key.startswith(\"W\"))\n"
        "                  for key in params}") for lam in DECAYS},
    "symmetry-demo-biases-not-trained": Edit(
        "        params = {key: params[key] - eta * grads[key] for key in params}",
        "        params = {key: params[key] - eta * grads[key] if key.startswith(\"W\") else params[key]\n"
        "                  for key in params}"),
    "symmetry-demo-biases-uphill": Edit(
        "\"b1\": d_hidden.sum(axis=0), \"W2\": H.T @ d_out, \"b2\": d_out.sum(axis=0)}",
        "\"b1\": -d_hidden.sum(axis=0), \"W2\": H.T @ d_out, \"b2\": -d_out.sum(axis=0)}"),
    "symmetry-demo-bias-gradient-summed-over-units": Edit(
        "\"b1\": d_hidden.sum(axis=0), \"W2\": H.T @ d_out, \"b2\": d_out.sum(axis=0)}",
        "\"b1\": np.sum(d_hidden), \"W2\": H.T @ d_out, \"b2\": np.sum(d_out)}"),
    "symmetry-demo-output-weights-zero": Edit(
        "              \"W2\": np.full((n_hidden, k), float(value)), \"b2\": np.zeros(k)}",
        "              \"W2\": np.zeros((n_hidden, k)), \"b2\": np.zeros(k)}"),
    "symmetry-demo-hidden-biases-at-value": Edit(
        "{\"W1\": np.full((d, n_hidden), float(value)), \"b1\": np.zeros(n_hidden),",
        "{\"W1\": np.full((d, n_hidden), float(value)), \"b1\": np.full(n_hidden, float(value)),"),
    "symmetry-demo-sigmoid-output": Edit(
        "        out = H @ params[\"W2\"] + params[\"b2\"]\n"
        "        d_out = (out - Y) / len(X)\n",
        "        out = 1 / (1 + np.exp(-(H @ params[\"W2\"] + params[\"b2\"])))\n"
        "        d_out = (out - Y) / len(X) * out * (1 - out)\n"),
    "symmetry-demo-sequential-update": Edit(
        "        d_hidden = d_out @ params[\"W2\"].T * H * (1 - H)\n"
        "        grads = {\"W1\": X.T @ d_hidden, \"b1\": d_hidden.sum(axis=0), \"W2\": H.T @ d_out, "
        "\"b2\": d_out.sum(axis=0)}\n",
        "        params = {**params, \"W2\": params[\"W2\"] - eta * H.T @ d_out, "
        "\"b2\": params[\"b2\"] - eta * d_out.sum(axis=0)}\n"
        "        d_hidden = d_out @ params[\"W2\"].T * H * (1 - H)\n"
        "        grads = {\"W1\": X.T @ d_hidden, \"b1\": d_hidden.sum(axis=0), \"W2\": 0 * params[\"W2\"], "
        "\"b2\": 0 * params[\"b2\"]}\n"),
    "symmetry-demo-biases-at-value": Edit(
        "    params = {\"W1\": np.full((d, n_hidden), float(value)), \"b1\": np.zeros(n_hidden),\n"
        "              \"W2\": np.full((n_hidden, k), float(value)), \"b2\": np.zeros(k)}",
        "    params = {\"W1\": np.full((d, n_hidden), float(value)), \"b1\": np.full(n_hidden, float(value)),\n"
        "              \"W2\": np.full((n_hidden, k), float(value)), \"b2\": np.full(k, float(value))}"),
}
# the fan of "average" floored in the solution's one _fan helper: every initialiser takes it (as a student's would)
EDITS.update({f"{scheme}-{draw}-average-floored": Edit("    return (n_in + n_out) / 2", "    return (n_in + n_out) // 2")
              for scheme in ("he", "xavier", "lecun") for draw in ("normal", "uniform")})
EDITS.update({f"{name}-average-summed": Edit("    return (n_in + n_out) / 2", "    return n_in + n_out")
              for name in ("he-normal", "he-uniform", "xavier-uniform", "lecun-normal", "lecun-uniform")})
EDITS["xavier-uniform-average-plus-one"] = Edit("    return (n_in + n_out) / 2", "    return (n_in + n_out + 1) / 2")
# the demo recording spreads with a slip of hidden_unit_spread (recording): the same edit, in the function it calls
EDITS.update({f"symmetry-demo-{slip}": EDITS[slip] for slip in ("spread-rows-of-W1", "spread-columns-of-W2")})


SPEC = ExerciseSpec("init", (
    FunctionSpec("he_normal", ref.he_normal, checks("he", "normal"),
                 (HE_FAN_OUT, *HE_NO_SQRT, HE_SQRT_OF_NUMERATOR, HE_DRAWS_SCALED_BY_VARIANCE, UNSCALED,
                  mode_ignored(ref.he_normal), average_as_fan_out(ref.he_normal),
                  drawn_transposed(ref.he_normal, "normal"),
                  average_slip(ref.he_normal, 2.0, "normal"),
                  average_slip(ref.he_normal, 2.0, "normal", "summed"),
                  without_gain(ref.he_normal, "normal"), small_random(ref.he_normal))),
    FunctionSpec("he_uniform", ref.he_uniform, checks("he", "uniform"),
                 (*HE_UNIFORM_LIMIT_AS_STD, HE_UNIFORM_FAN_OUT, mode_ignored(ref.he_uniform),
                  normal_for_uniform(ref.he_uniform), average_as_fan_out(ref.he_uniform),
                  drawn_transposed(ref.he_uniform, "uniform"),
                  average_slip(ref.he_uniform, 6.0, "uniform"),
                  average_slip(ref.he_uniform, 6.0, "uniform", "summed"),
                  without_gain(ref.he_uniform, "uniform"))),
    FunctionSpec("xavier_normal", ref.xavier_normal, checks("xavier", "normal"),
                 (XAVIER_FAN_IN, XAVIER_SUM, UNSCALED, mode_ignored(ref.xavier_normal),
                  drawn_transposed(ref.xavier_normal, "normal"),
                  average_slip(ref.xavier_normal, 1.0, "normal"), small_random(ref.xavier_normal))),
    FunctionSpec("xavier_uniform", ref.xavier_uniform, checks("xavier", "uniform"),
                 (*XAVIER_UNIFORM_LIMIT_AS_STD, XAVIER_UNIFORM_FAN_IN, mode_ignored(ref.xavier_uniform),
                  normal_for_uniform(ref.xavier_uniform), drawn_transposed(ref.xavier_uniform, "uniform"),
                  average_slip(ref.xavier_uniform, 3.0, "uniform"),
                  average_slip(ref.xavier_uniform, 3.0, "uniform", "summed"),
                  average_slip(ref.xavier_uniform, 3.0, "uniform", "plus-one"))),
    FunctionSpec("lecun_normal", ref.lecun_normal, checks("lecun", "normal"),
                 (*LECUN_HE_GAIN, LECUN_FAN_OUT, UNSCALED, mode_ignored(ref.lecun_normal),
                  average_as_fan_out(ref.lecun_normal), average_slip(ref.lecun_normal, 1.0, "normal"),
                  average_slip(ref.lecun_normal, 1.0, "normal", "summed"),
                  drawn_transposed(ref.lecun_normal, "normal"), small_random(ref.lecun_normal))),
    FunctionSpec("lecun_uniform", ref.lecun_uniform, checks("lecun", "uniform"),
                 (*LECUN_UNIFORM_LIMIT_AS_STD, *LECUN_UNIFORM_HE_GAIN, mode_ignored(ref.lecun_uniform),
                  normal_for_uniform(ref.lecun_uniform), average_as_fan_out(ref.lecun_uniform),
                  drawn_transposed(ref.lecun_uniform, "uniform"),
                  average_slip(ref.lecun_uniform, 3.0, "uniform"),
                  average_slip(ref.lecun_uniform, 3.0, "uniform", "summed"))),
    FunctionSpec("zeros", ref.zeros, (
        ValueCheck("value", 1.0, fixed=((2, 3),), hidden=lambda rng: [(int(rng.integers(4, 7)), 1), (1, 5)]),
    ), (ZEROS_TRANSPOSED,)),
    FunctionSpec("hidden_unit_spread", ref.hidden_unit_spread, (
        ValueCheck("value", 1.5, hidden=SPREAD_INPUTS),
        HygieneCheck("hygiene", 1.0, inputs=SPREAD_INPUTS),
        EdgeCheck("edge", 0.5, fixed=SPREAD_EDGES, what=("exact copies of one hidden unit", "a single hidden unit")),
    ), (SPREAD_NO_OUTPUT, SPREAD_ROWS, SPREAD_SIGNED, SPREAD_MEAN, *SPREAD_MEAN_IN_PART, SPREAD_FROM_MEAN,
        SPREAD_W2_COLUMNS, SPREAD_RANGE, SPREAD_NO_BIAS, SPREAD_W1_ONLY, SPREAD_FROM_LAST, SPREAD_FROM_UNIT_1)),
    FunctionSpec("symmetry_demo", ref.symmetry_demo, (
        ValueCheck("value", 2.0, hidden=DEMO_INPUTS),
        BehaviourCheck("behaviour", 2.0, scenarios=(
            Scenario("all weights 0", stays_symmetric, draw=DEMO_INPUTS),
            Scenario("all weights equal", stays_symmetric, draw=lambda rng: demo_case(rng, float(rng.uniform(0.1, 0.5)))),
        )),
    ), (DEMO_NO_INITIAL, DEMO_ZERO_OUTPUT, DEMO_BIASES_AT_VALUE, DEMO_BIASES_FROZEN, DEMO_BIASES_UPHILL,
       DEMO_BIASES_SUMMED, DEMO_SUMMED_LOSS, DEMO_TANH_HIDDEN, DEMO_HIDDEN_BIASES_AT_VALUE, DEMO_SIGMOID_OUTPUT,
       DEMO_SIGMOID_OF_MINUS_Z, DEMO_SEQUENTIAL, DEMO_NO_DERIVATIVE, DEMO_SIGMOID_AS_DERIVATIVE, DEMO_TANH_DERIVATIVE,
       DEMO_PER_EXAMPLE, DEMO_TORCH_MSE, DEMO_MSE_NO_HALF,
       *DEMO_WEIGHT_DECAY, recording(SPREAD_ROWS), recording(SPREAD_W2_COLUMNS))),
), edits=EDITS)
