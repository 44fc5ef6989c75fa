"""Spec of exercises/experiments.py: the vanishing-gradient product and the activation scale through deep ReLU stacks.

derivative_product is compared with the reference with no absolute
tolerance (its products are small by design). activation_scale draws exactly
as specified, so its per-layer standard deviations are compared with the
reference's (one scale per call, picked by its key: the result is keyed by
floats, which only the child can index), and a behaviour check judges the
experiment's point through 50 layers: scale 0.5 vanishes, 2 explodes, He's
scale 1 keeps the activations' size.
"""

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Case
from mlptutor.grader.checks.edge import EdgeCheck
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.sandbox import RNG
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._bipolar import halved_tanh_slope
from mlptutor.grader.specs._generators import seed
from mlptutor.reference import experiments as ref
from mlptutor.reference.activations import get_activation, relu
from mlptutor.reference.init import normal

SCALES = (0.5, 1.0, 2.0)


def product_cases(rng):
    """Every activation the stub names; odd depths (a sign flip of every factor shows), a deep one (80 layers), a
    saturating one (float32 shows); ReLU on an active path
    (a ReLU path through a negative z has the product 0, which a do-nothing body also gives); a leaky ReLU
    path with exactly one negative z (float32 shows)."""
    return [(rng.normal(0.0, 1.0, size=6), "sigmoid"), (rng.normal(0.0, 1.0, size=7), "sigmoid"),
            (rng.normal(0.0, 1.0, size=5), "tanh"),
            (np.where(rng.random(5) < 0.5, -1.0, 1.0) * rng.uniform(0.2, 2.0, size=5), "leaky_relu"),
            # an active relu path: the product of the derivatives is 1, of the activations max(z, 0) is not
            (rng.uniform(0.2, 2.0, size=4), "relu"),
            (rng.normal(0.0, 2.0, size=3), "identity"),
            # one factor alpha: a float32 alpha is off by 2.2e-8 relative (three or four of them round back
            # within 1e-8 of alpha^k), drawn last so the cases above stay as they were
            (np.array([1.0, -1.0, 1.0]) * rng.uniform(0.2, 2.0, size=3), "leaky_relu"),
            # the signature's default activation (sigmoid), drawn after the cases above so they stay as they were
            (rng.normal(0.0, 1.0, size=5),),
            # a deep sigmoid path: a product near 1e-56, which float64 holds and float32 rounds to 0
            (rng.normal(0.0, 1.0, size=80), "sigmoid"), _saturating_tanh(rng)]


def _saturating_tanh(rng):
    """A tanh path through one z of size 4 to 5, where 1 - tanh(z)^2 (about 1e-3) computed in float32 is off in
    its 4th digit (drawn again until it is: tanh(z) may round well by chance)."""
    while True:
        z = np.where(rng.random(2) < 0.5, -1.0, 1.0) * np.array([rng.uniform(4.0, 5.0), rng.uniform(0.1, 0.5)])
        if not np.isclose(_product_float32(z, "tanh"), ref.derivative_product(z, "tanh"), rtol=1e-4, atol=0.0):
            return z, "tanh"


def relu_paths(rng):
    """One ReLU path with every z > 0, then the same path with one z made negative: the products 1 and 0 (two
    calls judged together, so no single call's answer is one a do-nothing body gives). The negative z lies in
    (-1, 0): relu' must be 0 just below the kink, not only far from it; it is never exactly 0 (a kink)."""
    z = rng.uniform(0.2, 2.0, size=4)
    blocked = z.copy()
    blocked[rng.integers(4)] = -rng.uniform(0.05, 0.95)
    return [(z, "relu"), (blocked, "relu")]


# paths whose product is 0, what a do-nothing body returns, so edge cases: ReLU through a negative z (no log(0)
# on the way), and sigmoid and tanh saturated at z of +-1000, where 1 / (1 + exp(-z)) overflows
EDGES = ((([0.8, -0.4, 1.3, 0.6], "relu"), "a ReLU path through a negative z"),
         (([-1000.0, 0.5, 800.0], "sigmoid"), "a sigmoid path through z = -1000 and 800"),
         (([900.0, -0.3, -1000.0], "tanh"), "a tanh path through z = 900 and -1000"))


def relu_blocks(values, expected, cases):
    """A ReLU path is 1 while every z > 0 and 0 once some z < 0 (relu'(z) = 0 below the kink)."""
    active, blocked = values
    if blocked != 0.0:  # exactly: a tiny product (factors floored for a log) is within every tolerance of 0
        return (f"a ReLU path through one z between -1 and 0 gave {blocked:.3g}, not 0: relu'(z) = 0 for every z < 0, "
                "so the gradient does not pass a unit that is off, and the product of a path with a factor 0 is 0")
    if active != 1.0:
        return "a ReLU path with every z > 0 did not give 1: relu'(z) = 1 for z > 0"
    return None


def _product(z, activation="sigmoid", combine=np.prod, function="grad"):
    entry = get_activation(activation)
    values = (entry.forward if function == "forward" else entry.grad)(np.asarray(z, dtype=float))
    return float(combine(values))


PRODUCT_OF_ACTIVATIONS = Mistake(
    "vanishing-product-of-activations", "the product of the activations g(z_l) instead of their derivatives",
    "backprop multiplies one derivative g'(z_l) per layer: take the product of the derivatives.",
    lambda z_per_layer, activation="sigmoid": _product(z_per_layer, activation, function="forward"))
PRODUCT_AS_SUM = Mistake(
    "vanishing-sum-not-product", "the derivatives added instead of multiplied",
    "the chain rule multiplies the factors of the layers: a product, which is why it vanishes with depth.",
    lambda z_per_layer, activation="sigmoid": _product(z_per_layer, activation, combine=np.sum))
def _one_factor(name, factor):
    """derivative_product with the factor of activation `name` computed by `factor(z)`, the others right."""
    return lambda z_per_layer, activation="sigmoid": (
        float(np.prod(factor(np.asarray(z_per_layer, dtype=float)))) if activation == name
        else ref.derivative_product(z_per_layer, activation))


PRODUCT_RELU_ALWAYS_ONE = Mistake(
    "vanishing-relu-derivative-always-one", "relu'(z) taken as 1 for a negative z too",
    "a ReLU unit that is off (z < 0) passes no gradient: relu'(z) = 0 there, and the whole product is 0.",
    _one_factor("relu", np.ones_like))
PRODUCT_SIGMOID_OF_Z = Mistake(
    "vanishing-sigmoid-derivative-of-z", "the sigmoid's derivative written z (1 - z), on the pre-activation itself",
    "the sigmoid's derivative formula is in the unit's output s = sigmoid(z), not in z: which one does your "
    "expression take?",
    _one_factor("sigmoid", lambda z: z * (1 - z)))


def _product_float32(z_per_layer, activation="sigmoid"):
    """The textbook derivatives computed in float32 (1 - tanh^2 loses its digits there, which a float64 derivative
    cast to float32 would not show), multiplied in float32."""
    z = np.asarray(z_per_layer, dtype=np.float32)
    if activation == "sigmoid":
        e = np.exp(-np.abs(z))
        s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
        slopes = s * (1 - s)
    elif activation == "tanh":
        slopes = 1 - np.tanh(z) ** 2
    else:
        slopes = get_activation(activation).grad(z)  # 1, 0 and 0.01: the cast below rounds leaky_relu's 0.01
    return float(np.prod(slopes.astype(np.float32)))


PRODUCT_FLOAT32 = Mistake(
    "vanishing-product-float32", "the derivatives and their product computed in float32",
    "float32 keeps about 7 digits and nothing below 1e-45: a product of many small factors loses its digits, then "
    "underflows to 0. Work in float64 (numpy's default float).",
    _product_float32)
PRODUCT_AT_PEAK = Mistake(
    "vanishing-product-at-peak", "every layer's derivative taken at its peak, g'(0)",
    "evaluate g' at each layer's own pre-activation z_l; g'(0) is only the best case.",
    lambda z_per_layer, activation="sigmoid": _product(np.zeros(len(z_per_layer)), activation))


PRODUCT_TANH_UNSQUARED = Mistake(
    "vanishing-tanh-derivative-unsquared", "tanh's derivative written as 1 - tanh(z), the square missing",
    "differentiate tanh once more: its derivative is a square away from what you wrote.",
    _one_factor("tanh", lambda z: 1 - np.tanh(z)))
PRODUCT_TANH_HALVED = Mistake(
    "vanishing-tanh-derivative-halved", "tanh's derivative taken with a factor 1/2, the bipolar sigmoid's slope",
    f"{halved_tanh_slope('z')}; the course's tanh is tanh(z) itself: differentiate it and see which factor goes.",
    _one_factor("tanh", lambda z: 0.5 * (1 - np.tanh(z) ** 2)))


def _output_forms_of_z(z_per_layer, activation="sigmoid"):
    """derivative_product with the slopes written in the unit's output, s (1 - s) and 1 - t^2, fed z itself."""
    z = np.asarray(z_per_layer, dtype=float)
    if activation in ("sigmoid", "tanh"):  # finite on the saturated paths' z of +-1000 too (products ~1e11)
        return float(np.prod(z * (1 - z) if activation == "sigmoid" else 1 - z ** 2))
    return ref.derivative_product(z_per_layer, activation)


PRODUCT_OUTPUT_FORMS_OF_Z = Mistake(
    "vanishing-output-form-derivatives-of-z", "the sigmoid's and tanh's derivatives written z (1 - z) and 1 - z^2, "
    "their output forms fed the pre-activation z",
    "the sigmoid's and tanh's slope formulas are written in the unit's output, sigmoid(z) or tanh(z), not in z: "
    "which one do your two expressions take?",
    _output_forms_of_z)
PRODUCT_LEAKY_SLOPE = Mistake(
    "vanishing-leaky-relu-slope-0.1", "leaky ReLU's slope below 0 taken as 0.1, not the course's 0.01",
    "the slope below 0 is the course's own small one: look up the default alpha of activations.leaky_relu.",
    _one_factor("leaky_relu", lambda z: np.where(z > 0, 1.0, 0.1)))

PRODUCT_LOG_FLOORED = Mistake(
    "vanishing-product-log-floored", "the product as the exp of a sum of logs, every factor floored at a tiny "
    "number first (np.clip(d, 1e-300, None))",
    "a unit that is off passes no gradient at all: its factor is exactly 0 and so is the product. A floor that keeps "
    "np.log finite turns that 0 into a small number; what does your code return for a path with one factor 0?",
    lambda z_per_layer, activation="sigmoid": _product(z_per_layer, activation, combine=_floored_log_product))


def _floored_log_product(values):
    return np.exp(np.sum(np.log(np.clip(values, 1e-300, None))))


# a signature's default changed: each other activation the stub names, judged where a case passes none
DEFAULT_NAMES = ("tanh", "relu", "leaky_relu", "identity")


def _with_default(name):
    return lambda z_per_layer, activation=name: ref.derivative_product(z_per_layer, activation)


PRODUCT_DEFAULTS = tuple(Mistake(
    f"vanishing-default-{name.replace('_', '-')}", f'the default activation "{name}" instead of the signature\'s "sigmoid"',
    'keep the signature as the stub gives it: activation="sigmoid" when the caller names none.',
    _with_default(name)) for name in DEFAULT_NAMES)


def _scale(rng, scales=SCALES, n_layers=50, width=256, batch=1, activate=True, std_power=0.5, fresh_input=False,
           before_relu=False, reset=True, ddof=0, transposed=False, mean_of_stds_over=None, one_W=False,
           std_as_mean=False, input_first=False, uniform=False, minimum=False):
    """activation_scale with the usual slips switchable: a frame for the wrong variants below."""
    x = rng.standard_normal((batch, width))
    stds, a = {}, x
    for i, scale in enumerate(scales):
        if fresh_input and i:
            x = rng.standard_normal((batch, width))
        a = x if reset else a
        per_layer = [a.std()] if input_first else []  # the input's std first: the layers' stop one short
        std = scale * (2 / width) ** std_power
        W = normal(width, width, rng, std) if one_W else None
        for _ in range(n_layers - len(per_layer)):
            if uniform == "he":  # He's std as a uniform draw: bound sqrt(3) std = scale sqrt(6 / width)
                W = rng.uniform(-scale * np.sqrt(6 / width), scale * np.sqrt(6 / width), (width, width))
            elif uniform:  # the Theano tutorial's draw, Glorot's uniform bound (fan-in + fan-out), times scale
                W = scale * rng.uniform(-np.sqrt(6 / (2 * width)), np.sqrt(6 / (2 * width)), (width, width))
            elif not one_W:
                W = normal(width, width, rng, std).T if transposed else normal(width, width, rng, std)
                W = std + W / std if std_as_mean else W  # rng.normal(std, size=...): loc std, scale 1
            z = a @ W
            a = (np.minimum(0.0, z) if minimum else relu(z)) if activate else z
            recorded = z if before_relu else a
            per_layer.append(recorded.std(ddof=ddof) if mean_of_stds_over is None
                             else recorded.std(axis=mean_of_stds_over).mean())
        stds[scale] = np.array(per_layer)
    return stds


def scale_variant(**slip):
    return lambda rng, scales=SCALES, n_layers=50, width=256, batch=1: _scale(rng, scales, n_layers, width, batch, **slip)


SCALE_NO_RELU = Mistake(
    "activation-scale-no-relu", "the layers applied without the ReLU",
    "each layer is a <- relu(a @ W): the ReLU halves the variance, which He's factor 2 makes up for.",
    scale_variant(activate=False))
SCALE_RELU_MINIMUM = Mistake(
    "activation-scale-relu-as-minimum", "the ReLU written np.minimum(0, z), which keeps the negative part of z",
    "relu(z) keeps the positive part of z and sets the rest to 0: which of np.maximum and np.minimum does that?",
    scale_variant(minimum=True))
SCALE_VARIANCE_AS_STD = Mistake(
    "activation-scale-variance-as-std", "the weights drawn with std scale * 2 / width instead of scale * sqrt(2 / width)",
    "He's variance is 2 / n_in, so its standard deviation is sqrt(2 / n_in).",
    scale_variant(std_power=1.0))
SCALE_BEFORE_RELU = Mistake(
    "activation-scale-std-before-relu", "the std of the pre-activation a @ W recorded instead of the ReLU's output",
    "record the std of the activations a = relu(a @ W), what the next layer receives, not of a @ W.",
    scale_variant(before_relu=True))
SCALE_FRESH_INPUT = Mistake(
    "activation-scale-fresh-input-per-scale", "a new input x drawn for every scale",
    "draw x once, before the scales, and start every scale from the same x.",
    scale_variant(fresh_input=True))
SCALE_NOT_RESET = Mistake(
    "activation-scale-input-not-reset",
    "the activations a not reset to x for each scale, so every scale goes on from the previous scale's last layer",
    "start every scale from the same input x: a <- x before its first layer.",
    scale_variant(reset=False))
SCALE_STD_AS_MEAN = Mistake(
    "activation-scale-std-as-mean", "W drawn with rng.normal(std, size=...), whose first argument is the mean: "
    "N(std, 1) instead of N(0, std^2)",
    "rng.normal(loc, scale, size) takes the mean first: pass loc=0.0 and scale=std, or draw "
    "std * rng.standard_normal(...) as the docstring's normal() does.",
    scale_variant(std_as_mean=True))
SCALE_SAMPLE_STD = Mistake(
    "activation-scale-sample-std", "the sample std (ddof=1) recorded instead of a.std()",
    "the docstring records a.std(), numpy's population std (ddof=0), over all entries of a.",
    scale_variant(ddof=1))
SCALE_TRANSPOSED_DRAW = Mistake(
    "activation-scale-transposed-draw", "each W drawn as the transpose of the prescribed draw (or applied as W a to a "
    "column of activations, which uses its transpose)",
    "draw W exactly as the docstring says, normal(width, width, rng, std), and apply it as a @ W to the rows of a: a "
    "transposed draw, or the textbooks' W a on columns, has the right distribution but other numbers than the given "
    "generator's.",
    scale_variant(transposed=True))
SCALE_UNIFORM = Mistake(
    "activation-scale-glorot-uniform-draw", "W drawn uniform in +-sqrt(6 / (n_in + n_out)) times the scale (the "
    "Theano tutorial's Glorot draw) instead of scale * sqrt(2 / width) standard normal",
    "draw W as the docstring says, normal(width, width, rng, scale * sqrt(2 / width)): a uniform draw spends the "
    "generator differently (other numbers) and its variance, 1 / width, is half He's.",
    scale_variant(uniform=True))
SCALE_HE_UNIFORM = Mistake(
    "activation-scale-he-uniform-draw", "W drawn uniform in +-scale sqrt(6 / width), He's std as a uniform draw, "
    "instead of normal with that std",
    "the docstring draws W from normal(width, width, rng, scale * sqrt(2 / width)): a uniform draw of the same std "
    "has the same scale in the long run but spends the generator differently, so other numbers than the given rng's.",
    scale_variant(uniform="he"))
SCALE_ROW_STD = Mistake(
    "activation-scale-mean-of-row-stds", "the mean of each example's std recorded instead of the std of all of a",
    "record a.std() over the whole batch: the mean of per-example stds equals it only for a batch of one.",
    scale_variant(mean_of_stds_over=1))
SCALE_UNIT_STD = Mistake(
    "activation-scale-mean-of-unit-stds", "the mean of each unit's std over the batch recorded instead of the std of "
    "all of a",
    "record a.std() over every entry of a: a unit's std over a batch of one is 0, and the mean of per-unit stds "
    "leaves out how the units differ from each other.",
    scale_variant(mean_of_stds_over=0))
SCALE_ONE_W = Mistake(
    "activation-scale-one-W-per-scale", "one W drawn per scale and reused by every layer",
    "every layer has its own weights: draw a new W inside the loop over the layers.",
    scale_variant(one_W=True))
SCALE_INPUT_FIRST = Mistake(
    "activation-scale-input-first", "the input's std recorded first, so the list stops one layer short",
    "record the std after each layer: entry l is the std of what layer l + 1 outputs, n_layers entries, none of them "
    "the input x's.",
    scale_variant(input_first=True))


def _scale_shared_weights(rng, scales=SCALES, n_layers=50, width=256, batch=1):
    """activation_scale drawing each layer's He weights once, before the scales, and rescaling them per scale."""
    x = rng.standard_normal((batch, width))
    weights = [normal(width, width, rng, np.sqrt(2 / width)) for _ in range(n_layers)]
    stds = {}
    for scale in scales:
        a, per_layer = x, []
        for W in weights:
            a = relu(a @ (scale * W))
            per_layer.append(a.std())
        stds[scale] = np.array(per_layer)
    return stds


SCALE_SHARED_WEIGHTS = Mistake(
    "activation-scale-weights-shared-across-scales", "each layer's weights drawn once and rescaled for every scale",
    "draw as the docstring orders: for each scale in turn, each layer draws its own W from the rng.",
    _scale_shared_weights)


SCALE_SORTED = Mistake(
    "activation-scale-scales-sorted", "the scales run in sorted order, not in the order given",
    "for each scale in the order the caller lists them: the scales share one generator, so the order decides which "
    "weights each scale draws.",
    lambda rng, scales=SCALES, n_layers=50, width=256, batch=1: _scale_in_order(rng, scales, n_layers, width, batch))


def _scale_in_order(rng, scales, n_layers, width, batch):
    """activation_scale run over sorted(scales), its dict keyed by the scales as given."""
    stds = ref.activation_scale(rng, tuple(sorted(scales)), n_layers, width, batch)
    return {scale: stds[scale] for scale in scales}


def scale_case(rng, scales, width=8, layers=12, batch=2):
    """A run whose ReLU stack stays alive at every scale (seeds drawn until it does): once every unit of a layer is
    off, every later std is 0 whatever the weights' scale, which hides a scale off by a factor in every layer."""
    while True:
        case = Case((seed(rng),), {"scales": scales, "n_layers": layers, "width": width, "batch": batch})
        stds = ref.activation_scale(np.random.default_rng(case.args[0].seed), **case.kwargs)
        if all(np.all(s > 0) for s in stds.values()):
            return case


def through_50_layers(scale, low, high, what):
    """Predicate: the std after the last layer lies in [low, high]."""
    def expect(value, expected, case):
        if type(value) is not np.ndarray or value.shape != (50,):
            return "the per-layer stds of each scale must be a float array of n_layers entries"
        last = float(value[-1])
        if not low <= last <= high:
            return f"with scale {scale} the activations' std after 50 layers is {last:.3g}: it should {what}"
        return None
    return expect


EXPERIMENT = Case((RNG(0),), {"scales": SCALES, "n_layers": 50, "width": 32, "batch": 2})
# the documented defaults, each cheap to run: every default but the depth (3 layers: a factor per layer shows as
# one, c^i), and the default depth at width 4, from a seed whose scale-1 stack stays alive through its 50 layers
# (at width 4 most die, and after a dead layer every std is 0 whatever the scale)
DEFAULT_WIDTH, DEFAULT_DEPTH = Case((RNG(1),), {"n_layers": 3}), Case((RNG(27),), {"width": 4})


def as_documented(scale):
    """Predicate: the per-layer stds of `scale` equal the reference's (the defaults are part of the docstring)."""
    def expect(value, expected, case):
        if type(value) is not np.ndarray or value.shape != expected.shape or not np.allclose(value, expected, rtol=1e-7, atol=0.0):
            return (f"with the default arguments the stds of scale {scale} are not the documented experiment's: "
                    "scales (0.5, 1.0, 2.0), n_layers 50, width 256, batch 1")
        return None
    return expect


# How a student makes each mistake: in the correct solution tests/solutions/experiments.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "activation-scale-scales-sorted": Edit("    for scale in scales:", "    for scale in sorted(scales):"),
    "activation-scale-weights-shared-across-scales": Edit(
        "    stds = {}\n    for scale in scales:\n        a, per_layer = x, []\n        for _ in range(n_layers):\n"
        "            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))",
        "    base = [np.sqrt(2 / width) * rng.standard_normal((width, width)) for _ in range(n_layers)]\n"
        "    stds = {}\n    for scale in scales:\n        a, per_layer = x, []\n        for layer in range(n_layers):\n"
        "            W = scale * base[layer]"),
    "vanishing-product-of-activations": Edit(
        "    return float(np.prod(_derivative(np.asarray(z_per_layer, dtype=float), activation)))",
        "    z = np.asarray(z_per_layer, dtype=float)\n"
        "    return float(np.prod(_activate(z, activation)))\n"
        "\n"
        "def _activate(z, activation):\n"
        "    if activation == \"sigmoid\":\n"
        "        return 1 / (1 + np.exp(-z))\n"
        "    if activation == \"tanh\":\n"
        "        return np.tanh(z)\n"
        "    if activation == \"relu\":\n"
        "        return np.maximum(z, 0.0)\n"
        "    if activation == \"identity\":\n"
        "        return z\n"
        "    return np.where(z > 0, z, 0.01 * z)"),
    "vanishing-sigmoid-derivative-of-z": Edit("        return s * (1 - s)", "        return z * (1 - z)"),
    "vanishing-tanh-derivative-unsquared": Edit("        return 1 - np.tanh(z) ** 2", "        return 1 - np.tanh(z)"),
    "vanishing-tanh-derivative-halved": Edit("        return 1 - np.tanh(z) ** 2",
                                             "        return 0.5 * (1 - np.tanh(z) ** 2)"),
    "vanishing-output-form-derivatives-of-z": Edit(
        "        return s * (1 - s)\n    if activation == \"tanh\":\n        return 1 - np.tanh(z) ** 2",
        "        return z * (1 - z)\n    if activation == \"tanh\":\n        return 1 - z ** 2"),
    "vanishing-leaky-relu-slope-0.1": Edit("np.where(z > 0, 1.0, 0.01)", "np.where(z > 0, 1.0, 0.1)"),
    "vanishing-product-log-floored": Edit(
        "return float(np.prod(_derivative(np.asarray(z_per_layer, dtype=float), activation)))",
        "return float(np.exp(np.sum(np.log(np.clip(_derivative(np.asarray(z_per_layer, dtype=float), activation), "
        "1e-300, None)))))"),
    "vanishing-sum-not-product": Edit("return float(np.prod(_derivative(", "return float(np.sum(_derivative("),
    "vanishing-relu-derivative-always-one": Edit(
        "    if activation == \"relu\":\n        return (z > 0).astype(float)",
        "    if activation == \"relu\":\n        return np.ones_like(z)"),
    "vanishing-product-at-peak": Edit(
        "    return float(np.prod(_derivative(np.asarray(z_per_layer, dtype=float), activation)))",
        "    z = np.asarray(z_per_layer, dtype=float)\n"
        "    return float(np.prod(_derivative(np.zeros_like(z), activation)))"),
    **{f"vanishing-default-{name.replace('_', '-')}": Edit(
        'def derivative_product(z_per_layer, activation="sigmoid"):',
        f'def derivative_product(z_per_layer, activation="{name}"):') for name in DEFAULT_NAMES},
    "activation-scale-no-relu": Edit("a = np.maximum(0, a @ W)", "a = a @ W"),
    "activation-scale-relu-as-minimum": Edit("a = np.maximum(0, a @ W)", "a = np.minimum(0, a @ W)"),
    "activation-scale-std-before-relu": Edit(
        "            a = np.maximum(0, a @ W)\n            per_layer.append(a.std())",
        "            z = a @ W\n            a = np.maximum(0, z)\n            per_layer.append(z.std())"),
    "activation-scale-variance-as-std": Edit(
        "            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))",
        "            W = scale * (2 / width) * rng.standard_normal((width, width))"),
    "activation-scale-fresh-input-per-scale": Edit(
        "        a, per_layer = x, []",
        "        a, per_layer = rng.standard_normal((batch, width)) if stds else x, []"),
    "activation-scale-input-first": Edit("        a, per_layer = x, []\n        for _ in range(n_layers):",
                                         "        a, per_layer = x, [x.std()]\n        for _ in range(n_layers - 1):"),
    "activation-scale-input-not-reset": Edit("        a, per_layer = x, []", "        a, per_layer = (a if stds else x), []"),
    "vanishing-product-float32": Edit(
        "    return float(np.prod(_derivative(np.asarray(z_per_layer, dtype=float), activation)))",
        "    return float(np.prod(_derivative(np.asarray(z_per_layer, dtype=np.float32), activation)))"),
    "activation-scale-std-as-mean": Edit(
        "            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))\n            a =",
        "            W = rng.normal(scale * np.sqrt(2 / width), size=(width, width))\n            a ="),
    "activation-scale-glorot-uniform-draw": Edit(
        "            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))",
        "            W = scale * rng.uniform(-np.sqrt(6 / (2 * width)), np.sqrt(6 / (2 * width)), (width, width))"),
    "activation-scale-he-uniform-draw": Edit(
        "            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))",
        "            W = rng.uniform(-scale * np.sqrt(6 / width), scale * np.sqrt(6 / width), (width, width))"),
    "activation-scale-sample-std": Edit("per_layer.append(a.std())", "per_layer.append(a.std(ddof=1))"),
    "activation-scale-mean-of-unit-stds": Edit("per_layer.append(a.std())", "per_layer.append(a.std(axis=0).mean())"),
    "activation-scale-transposed-draw": Edit(
        "rng.standard_normal((width, width))", "rng.standard_normal((width, width)).T"),
    "activation-scale-mean-of-row-stds": Edit("per_layer.append(a.std())", "per_layer.append(a.std(axis=1).mean())"),
    "activation-scale-one-W-per-scale": Edit(
        "        for _ in range(n_layers):\n"
        "            W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))\n",
        "        W = scale * np.sqrt(2 / width) * rng.standard_normal((width, width))\n"
        "        for _ in range(n_layers):\n"),
}


SPEC = ExerciseSpec("experiments", (
    FunctionSpec("derivative_product", ref.derivative_product, (
        ValueCheck("value", 2.0, fixed=(([0.0] * 10, "sigmoid"),), hidden=product_cases, atol=0.0),
        BehaviourCheck("relu-paths", 1.0, scenarios=(
            Scenario("relu through a negative z", relu_blocks, draw=relu_paths, several=True),)),
        EdgeCheck("edge", 1.0, fixed=tuple(case for case, _ in EDGES), what=tuple(what for _, what in EDGES)),
    ), (PRODUCT_OF_ACTIVATIONS, PRODUCT_AS_SUM, PRODUCT_AT_PEAK, PRODUCT_FLOAT32, PRODUCT_RELU_ALWAYS_ONE, PRODUCT_SIGMOID_OF_Z,
        PRODUCT_LOG_FLOORED, PRODUCT_TANH_UNSQUARED, PRODUCT_LEAKY_SLOPE, PRODUCT_TANH_HALVED,
        PRODUCT_OUTPUT_FORMS_OF_Z, *PRODUCT_DEFAULTS)),
    FunctionSpec("activation_scale", ref.activation_scale, (
        # (2.0, 0.5, 1.0): scale 1 draws the third block of weights, what neither sorted scales (the second) nor
        # weights shared across scales (the first) give
        ValueCheck("value", 2.0, hidden=lambda rng: [scale_case(rng, (1.0,)), scale_case(rng, (2.0, 1.0), width=5, batch=1),
                                                     scale_case(rng, (2.0, 0.5, 1.0), width=5, layers=6)],
                   pick=(1.0,)),
        ValueCheck("scales", 1.0, hidden=lambda rng: [scale_case(rng, SCALES, width=6, layers=9)], pick=(0.5,)),
        # every call must draw from its generator: the experiment's three calls on the same arguments (a fresh
        # RNG(0) each) show a run memoised by its other arguments, which draws nothing after the first
        BehaviourCheck("behaviour", 2.0, scenarios=(
            Scenario("scale 0.5", through_50_layers(0.5, 0.0, 1e-10, "vanish (below 1e-10)"), args=EXPERIMENT, pick=(0.5,),
                     draws=True),
            Scenario("scale 1 (He)", through_50_layers(1.0, 1e-2, 1e2, "stay near its start (0.01 to 100)"),
                     args=EXPERIMENT, pick=(1.0,), draws=True),
            Scenario("scale 2", through_50_layers(2.0, 1e10, np.inf, "explode (above 1e10)"), args=EXPERIMENT, pick=(2.0,),
                     draws=True),
            *(Scenario(f"defaults, scale {s:g}", as_documented(s), args=DEFAULT_WIDTH, pick=(s,), draws=True)
              for s in SCALES),
            Scenario("the default depth", as_documented(1.0), args=DEFAULT_DEPTH, pick=(1.0,), draws=True),
        )),
    ), (SCALE_NO_RELU, SCALE_RELU_MINIMUM, SCALE_VARIANCE_AS_STD, SCALE_FRESH_INPUT, SCALE_BEFORE_RELU, SCALE_NOT_RESET, SCALE_SAMPLE_STD,
        SCALE_TRANSPOSED_DRAW, SCALE_ROW_STD, SCALE_UNIT_STD, SCALE_ONE_W, SCALE_SHARED_WEIGHTS, SCALE_STD_AS_MEAN,
        SCALE_SORTED, SCALE_INPUT_FIRST, SCALE_UNIFORM, SCALE_HE_UNIFORM)),
), edits=EDITS)
