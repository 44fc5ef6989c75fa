"""Spec of exercises/mlp.py: mlp_forward, the forward pass of an MLP of any depth with its caches.

The output is compared with the reference (value); the caches, which the
student's own backward will read, are judged by a behaviour check that
says which entry of which layer is wrong.
"""

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Inputs
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.shape import ShapeCheck
from mlptutor.grader.checks.tolerance import allclose
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._networks import (ARCHITECTURES, BATCHES, SIGMOID_BOUNDS, every_architecture,
                                             forward_case)
from mlptutor.reference import mlp as ref
from mlptutor.reference.activations import activation_forward

# the course's forward example, batch-first: x = [1, 2], W^T = [[.1, .3], [-.2, .4]], b = [0, .1], ReLU -> [0.7, 0.7]
EXAMPLE = (np.array([[1.0, 2.0]]), {"W1": np.array([[0.1, -0.2], [0.3, 0.4]]), "b1": np.array([0.0, 0.1])}, ["relu"])

CACHE_ENTRIES = {
    "A_prev": "the layer's input A_{l-1} (X for layer 1)",
    "W": "the layer's weights W_l",
    "b": "the layer's bias b_l",
    "Z": "the pre-activation Z_l = A_{l-1} W_l + b_l",
}


def caches_hold_the_pass(value, expected, case):
    """Each layer's cache holds its input, parameters and pre-activation (structure already validated)."""
    for l, (got, exp) in enumerate(zip(value, expected), start=1):
        for key, meaning in CACHE_ENTRIES.items():
            if not allclose(got[key], exp[key]):
                return f"the cache of layer {l} has the wrong {key!r}: it must hold {meaning}"
    return None


def with_last_activation(name):
    """The reference forward with the last layer's activation replaced by `name`."""
    return lambda X, params, activations: ref.mlp_forward(X, params, [*activations[:-1], name])


LAST_ACTIVATION_SKIPPED = Mistake(
    "mlp-last-activation-skipped", "the last layer's activation not applied",
    "every layer, the last one included, applies its own activation: out = g_L(Z_L).",
    with_last_activation("identity"))
NO_BIAS = Mistake(
    "mlp-no-bias", "the layers computed without their biases",
    "each layer adds its bias b_l (n_l,) to A_{l-1} W_l; it broadcasts over the rows.",
    lambda X, params, activations: ref.mlp_forward(
        X, {k: v if k.startswith("W") else np.zeros_like(v) for k, v in params.items()}, activations))
FIRST_ACTIVATION_EVERYWHERE = Mistake(
    "mlp-one-activation-for-all-layers", "the first layer's activation used for every layer",
    "activations holds one name per layer: layer l uses activations[l - 1].",
    lambda X, params, activations: ref.mlp_forward(X, params, [activations[0]] * len(activations)))


def _computed_with(names_of):
    """The reference forward with each layer computed by the name names_of(activations) gives it; the caches keep
    the given names."""
    def forward(X, params, activations):
        out, caches = ref.mlp_forward(X, params, names_of(activations))
        return out, [{**c, "activation": name} for c, name in zip(caches, activations)]
    return forward


ACTIVATIONS_SHIFTED = Mistake(
    "mlp-activations-off-by-one", "layer l activated with activations[l - 2]: every name one layer late, the first "
    "layer with the last name",
    "layers count from 1 and the list from 0: print which name each layer gets for a 2-layer network.",
    _computed_with(lambda names: [names[-1], *names[:-1]]))

ACTIVATIONS_ONE_EARLY = Mistake(
    "mlp-activations-one-early", "layer l activated with activations[l % L]: every name one layer early, the last "
    "layer with the first name",
    "layers count from 1 and the list from 0: print which name each layer gets for a 2-layer network.",
    _computed_with(lambda names: [*names[1:], names[0]]))


ACTIVATIONS_REVERSED = Mistake(
    "mlp-activations-reversed", "the activation names taken from the last layer down (activations[-l] for layer l)",
    "activations lists the layers from the first to the last: layer l uses activations[l - 1].",
    lambda X, params, activations: ref.mlp_forward(X, params, list(activations)[::-1]))


def _cache_z_without_bias(X, params, activations):
    out, caches = ref.mlp_forward(X, params, activations)
    return out, [{**c, "Z": c["Z"] - c["b"]} for c in caches]


CACHE_Z_WITHOUT_BIAS = Mistake(
    "mlp-cache-Z-without-bias", "the cached Z taken before the bias is added (A_{l-1} W_l)",
    "the cache keeps the pre-activation the activation was applied to, Z_l = A_{l-1} W_l + b_l, bias included: "
    "the backward evaluates g'(Z_l) there.",
    _cache_z_without_bias)


def _forward(affine=lambda A, W, b: A @ W + b, activate=lambda Z, name: activation_forward(Z, name)[0]):
    """The forward pass with its layer's affine map and activation switchable, the caches keeping what `affine`
    gives as Z: a frame for the wrong variants below (the reference's dense_forward checks b's shape)."""
    def forward(X, params, activations):
        A, caches = np.asarray(X, dtype=np.float64), []
        for l, name in enumerate(activations, start=1):
            W, b = params[f"W{l}"], params[f"b{l}"]
            Z = affine(A, W, b)
            caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
            A = activate(Z, name)
        return A, caches
    return forward


def _sigmoid_clipped(bound):
    """Layers activated as the reference does, sigmoid on Z clipped to [-bound, bound]."""
    return lambda Z, name: activation_forward(np.clip(Z, -bound, bound) if name == "sigmoid" else Z, name)[0]


SIGMOID_CLIPPED = tuple(Mistake(
    f"mlp-sigmoid-clipped-{bound}", f"the sigmoid computed on Z clipped to [-{bound}, {bound}]",
    f"clipping Z keeps exp from overflowing but saturates too early: sigmoid({bound}) is "
    f"1 - {np.exp(-bound):.1e}, not 1. Compute it so that nothing overflows instead: exp(-|z|) in both branches.",
    _forward(activate=_sigmoid_clipped(bound))) for bound in SIGMOID_BOUNDS)

# the Fermi function 1 / (exp(E) + 1) of the energy E = z where E = -z: a physicist's (or a sign's) slip
SIGMOID_NEGATED = Mistake(
    "mlp-sigmoid-of-minus-z", "the sigmoid computed as 1 / (1 + exp(Z)) = sigmoid(-Z) = 1 - sigmoid(Z)",
    "the sigmoid rises with z: a large positive Z_l must give an output near 1, a large negative one near 0. Check "
    "the sign inside your exponential (or of the energy, if you wrote it as a Fermi function).",
    _forward(activate=lambda Z, name: activation_forward(-Z if name == "sigmoid" else Z, name)[0]))

BIAS_AS_COLUMN = Mistake(
    "mlp-bias-as-column", "each bias added as a column of shape (n_l, 1)",
    "b_l (n_l,) belongs to the units, the last axis of A_{l-1} W_l (N, n_l): add it as it is (it broadcasts over "
    "the rows); as a column it runs along the batch: an (n_l, n_l) result for one row, wrong values where N = n_l, "
    "a broadcasting error for other batch sizes.",
    _forward(affine=lambda A, W, b: A @ W + np.reshape(b, (-1, 1))))


FIRST_TWO_LAYERS = Mistake(
    "mlp-first-two-layers-only", "the forward written out for two layers (W1, W2), so a deeper network stops after "
    "layer 2",
    "the network has L = len(activations) layers, any number: loop over l = 1..L, taking W_l and b_l from params, "
    "instead of writing out a fixed number of layers.",
    lambda X, params, activations: _forward()(X, params, list(activations)[:2]))
LAST_LAYER_DROPPED = Mistake(
    "mlp-last-layer-never-applied", "the loop over the layers stops one short (range(1, L)), so the last layer is "
    "never applied",
    "layers run l = 1..L with L = len(activations): the last layer's W_L, b_L and activation give the output.",
    lambda X, params, activations: _forward()(X, params, list(activations)[:-1]))



# deeplearning.ai's L_model_forward, [LINEAR->RELU]*(L-1) -> LINEAR->SIGMOID, kept when the names became an argument
RELU_HIDDEN_SIGMOID_OUT = Mistake(
    "mlp-relu-hidden-sigmoid-output", "relu hard-coded for the hidden layers and sigmoid for the output, whatever "
    "activations names",
    "activations names each layer's function: layer l applies activations[l - 1], which need not be relu for the "
    "hidden layers and sigmoid for the output.",
    _computed_with(lambda names: ["relu"] * (len(names) - 1) + ["sigmoid"]))

# The Elements of Statistical Learning's network (section 11.3): its output function g_k is the softmax, carried over
# to a last layer the list names otherwise
SOFTMAX_OUTPUT = Mistake(
    "mlp-softmax-output", "the last layer always activated by a softmax, whatever activations names for it",
    "every layer, the last one included, applies the function activations names for it: out = g_L(Z_L) with "
    "g_L = activations[-1], a softmax only where the list names one, never by default.",
    _computed_with(lambda names: [*names[:-1], "softmax"]))


def _activation_before_product(X, params, activations):
    """Z_l = g_l(A_{l-1}) W_l + b_l and A_l = Z_l: each activation applied to the layer's input."""
    A, caches = np.asarray(X, dtype=np.float64), []
    for l, name in enumerate(activations, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = activation_forward(A, name)[0] @ W + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "activation": name})
        A = Z
    return A, caches


ACTIVATION_BEFORE_PRODUCT = Mistake(
    "mlp-activation-before-product", "each layer's activation applied to its input, Z_l = g_l(A_{l-1}) W_l + b_l, "
    "and Z_L returned",
    "a layer first forms Z_l = A_{l-1} W_l + b_l, then applies its own activation: A_l = g_l(Z_l).",
    _activation_before_product)


def _relu_in_place(X, params, activations):
    out, caches = ref.mlp_forward(X, params, activations)
    return out, [{**c, "Z": np.maximum(c["Z"], 0.0)} if c["activation"] == "relu" else c for c in caches]


RELU_IN_PLACE = Mistake(
    "mlp-relu-in-place", "ReLU computed in place on Z, so each relu layer's cached Z holds its activation",
    "np.maximum(Z, 0, out=Z) (or Z[Z < 0] = 0) overwrites the pre-activation the cache keeps for the backward "
    "pass: the activation must be a new array, leaving Z as it was.",
    _relu_in_place)


def _outputs_cached_as(key: str):
    """mlp_forward whose caches hold each layer's output A_l under `key`."""
    def forward(X, params, activations):
        out, caches = ref.mlp_forward(X, params, activations)
        outputs = [c["A_prev"] for c in caches[1:]] + [out]
        return out, [{**c, key: A} for c, A in zip(caches, outputs)]
    return forward


EVERY_IN_PLACE = Mistake(
    "mlp-activations-in-place", "each layer's cached Z holding its activation A_l = g_l(Z_l): every activation "
    "computed in place on Z (a mutating relu!/sigmoid!/tanh!), or the output stored under \"Z\" (Bishop writes z_j "
    "for a unit's output, a_j for its pre-activation)",
    "the cache's \"Z\" is the pre-activation Z_l = A_{l-1} W_l + b_l, where the backward pass takes g'(Z_l): keep it "
    "as its own array, apart from A_l (np.tanh(Z, out=Z), np.maximum(Z, 0, out=Z) or Z[...] = g(Z) overwrite it).",
    _outputs_cached_as("Z"))


CACHE_A_PREV_OUTPUT = Mistake(
    "mlp-cache-A-prev-holds-output", "each layer's cache holding its output A_l under \"A_prev\" instead of its "
    "input A_{l-1}",
    "the backward computes dW_l = A_{l-1}^T delta_l from the cache: store the layer's input (X for layer 1) "
    "before A is overwritten by the activation.",
    _outputs_cached_as("A_prev"))


def _layers_in_dict_order(X, params, activations):
    """The layers zipped from the weights and the biases in the order the dict lists them."""
    weights = [v for k, v in params.items() if k.startswith("W")]
    biases = [v for k, v in params.items() if k.startswith("b")]
    ordered = {f"{kind}{l}": v for l, (W, b) in enumerate(zip(weights, biases), start=1) for kind, v in (("W", W), ("b", b))}
    return ref.mlp_forward(X, ordered, activations)


LAYERS_IN_DICT_ORDER = Mistake(
    "mlp-layers-in-dict-order", "the weights and biases taken in the order the params dict lists its keys",
    "a dict's order is how it was filled, not the layers' order: take layer l's parameters by name, "
    "params[f\"W{l}\"] and params[f\"b{l}\"], for l = 1..L.",
    _layers_in_dict_order)

RELU_AS_LEAKY = Mistake(
    "mlp-relu-as-leaky", "ReLU written as a leaky ReLU, max(0.01 z, z)",
    "ReLU is max(0, z): a negative pre-activation gives exactly 0, not a small slope (that is leaky ReLU).",
    _computed_with(lambda names: ["leaky_relu" if name == "relu" else name for name in names]))

# "any depth": 11 layers, so params walked in sorted() key order (W1, W10, W11, W2, ...) go wrong; no tanh, so
# a wrong tanh's diagnosis rests on the other cases alone (one thing tested per case)
DEEP = ([3, 4, 2, 5, 3, 4, 2, 3, 5, 4, 3, 2], ("relu", "sigmoid", "identity") * 3 + ("relu", "sigmoid"))


# square layers, so a network whose layers are taken in another order still runs (and gives other numbers)
SQUARE = ([3, 3, 3, 3], ("tanh", "relu", "sigmoid"))


def reordered_case(rng):
    """params whose keys come biases first, the last layer first: a dict is read by its keys' names, and one walked
    in insertion order (Nielsen's lists [W for k, W in params.items() if ...]) applies the layers backwards."""
    X, params, names = forward_case(BATCHES[2], *SQUARE, rng)
    return X, {k: params[k] for k in sorted(params, key=lambda k: (k[0] == "W", -int(k[1:])))}, names


def forward_cases(rng):
    """One case per architecture (each with its batch size), then one of the 11-layer network, then the second
    architecture again at its batch size with new values (a result kept by shape and names answers it wrong), then
    a network whose params dict lists its keys in another order."""
    return (every_architecture(forward_case)(rng) + [forward_case(3, *DEEP, rng)]
            + [forward_case(BATCHES[1], *ARCHITECTURES[1], rng), reordered_case(rng)])


# shared by the shape, value and hygiene checks
FORWARD_INPUTS = Inputs("inputs", forward_cases)


def _beyond_750(rng, architecture: int, n: int):
    """A forward case of ARCHITECTURES[architecture] on n examples times 1000, drawn again until the first layer's
    pre-activations reach beyond both -750 and 750."""
    widths, names = ARCHITECTURES[architecture]
    while True:
        X, params, names = forward_case(n, widths, names, rng)
        X = 1000.0 * X
        Z = X @ params["W1"] + params["b1"]
        if Z.min() < -750 and Z.max() > 750:
            return X, params, names


def large_case(rng):
    """Inputs of a sigmoid layer that drive its pre-activations beyond +-750, where exp(-z) or exp(z) overflows
    float64 (exp(710) does): sigmoid must saturate without overflowing exp, as the activations exercise asks."""
    return _beyond_750(rng, 2, 6)


def large_tanh_case(rng):
    """Inputs of a first tanh layer that drive its pre-activations beyond +-750, where e^(2z) and e^z overflow
    float64 (the docstring allows inputs of any size): tanh must saturate at +-1 without NaN or warnings, whether
    written with e^(2z) or as (e^z - e^-z) / (e^z + e^-z)."""
    return _beyond_750(rng, 0, 5)


def caches_case(rng):
    """A 3-layer network whose relu layer has pre-activations of both signs: a relu computed in place on Z
    (np.maximum(Z, 0, out=Z)) leaves A in that layer's cached "Z", which shows only where some Z < 0."""
    while True:
        X, params, names = forward_case(2, *ARCHITECTURES[3], rng)
        _, caches = ref.mlp_forward(X, params, names)
        if all((c["Z"] < 0).any() and (c["Z"] > 0).any() for c in caches if c["activation"] == "relu"):
            return X, params, names


# How a student makes each mistake: in the correct solution tests/solutions/mlp.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "mlp-activation-before-product": Edit(
        "        Z = A @ W + b\n"
        "        caches.append({\"A_prev\": A, \"W\": W, \"b\": b, \"Z\": Z, \"activation\": name})\n"
        "        A = _activate(Z, name)",
        "        Z = _activate(A, name) @ W + b\n"
        "        caches.append({\"A_prev\": A, \"W\": W, \"b\": b, \"Z\": Z, \"activation\": name})\n"
        "        A = Z"),
    "mlp-last-activation-skipped": Edit(
        "        A = _activate(Z, name)",
        "        A = _activate(Z, name) if l < len(activations) else Z"),
    "mlp-no-bias": Edit("Z = A @ W + b", "Z = A @ W"),
    "mlp-bias-as-column": Edit("Z = A @ W + b", "Z = A @ W + b.reshape(-1, 1)"),
    "mlp-relu-as-leaky": Edit("        return np.maximum(z, 0.0)", "        return np.maximum(z, 0.01 * z)"),
    "mlp-activations-in-place": Edit("        A = _activate(Z, name)\n", "        A = _activate(Z, name)\n        Z[...] = A\n"),
    "mlp-relu-in-place": Edit("        return np.maximum(z, 0.0)", "        return np.maximum(z, 0.0, out=z)"),
    "mlp-one-activation-for-all-layers": Edit(
        "        A = _activate(Z, name)",
        "        A = _activate(Z, activations[0])"),
    "mlp-activations-off-by-one": Edit("        A = _activate(Z, name)", "        A = _activate(Z, activations[l - 2])"),
    **{f"mlp-sigmoid-clipped-{bound}": Edit(
        "def _sigmoid(z):\n    e = np.exp(-np.abs(z))",
        f"def _sigmoid(z):\n    z = np.clip(z, -{bound}, {bound})\n    e = np.exp(-np.abs(z))")
       for bound in SIGMOID_BOUNDS},
    "mlp-sigmoid-of-minus-z": Edit("    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))",
                                   "    return np.where(z >= 0, e / (1 + e), 1 / (1 + e))"),
    "mlp-activations-reversed": Edit("    for l, name in enumerate(activations, start=1):",
                                     "    for l, name in enumerate(activations[::-1], start=1):"),
    "mlp-cache-Z-without-bias": Edit(
        "        Z = A @ W + b\n"
        "        caches.append({\"A_prev\": A, \"W\": W, \"b\": b, \"Z\": Z, \"activation\": name})\n",
        "        Z = A @ W\n"
        "        caches.append({\"A_prev\": A, \"W\": W, \"b\": b, \"Z\": Z, \"activation\": name})\n"
        "        Z = Z + b\n"),
    "mlp-cache-A-prev-holds-output": Edit(
        "        caches.append({\"A_prev\": A, \"W\": W, \"b\": b, \"Z\": Z, \"activation\": name})\n"
        "        A = _activate(Z, name)",
        "        A = _activate(Z, name)\n"
        "        caches.append({\"A_prev\": A, \"W\": W, \"b\": b, \"Z\": Z, \"activation\": name})"),
    "mlp-first-two-layers-only": Edit("    for l, name in enumerate(activations, start=1):",
                                      "    for l, name in enumerate(activations[:2], start=1):"),
    "mlp-last-layer-never-applied": Edit("    for l, name in enumerate(activations, start=1):",
                                         "    for l, name in enumerate(activations[:-1], start=1):"),
    "mlp-layers-in-dict-order": Edit(
        "        W, b = params[f\"W{l}\"], params[f\"b{l}\"]\n",
        "        W = [v for k, v in params.items() if k.startswith(\"W\")][l - 1]\n"
        "        b = [v for k, v in params.items() if k.startswith(\"b\")][l - 1]\n"),
    "mlp-softmax-output": Edit(
        "        A = _activate(Z, name)",
        "        A = _activate(Z, name)\n"
        "        if l == len(activations):\n"
        "            E = np.exp(Z - Z.max(axis=1, keepdims=True))\n"
        "            A = E / E.sum(axis=1, keepdims=True)"),
    "mlp-relu-hidden-sigmoid-output": Edit(
        "        A = _activate(Z, name)",
        "        A = _activate(Z, \"sigmoid\" if l == len(activations) else \"relu\")"),
    "mlp-activations-one-early": Edit("        A = _activate(Z, name)",
                                      "        A = _activate(Z, activations[l % len(activations)])"),
}


SPEC = ExerciseSpec("mlp", (
    FunctionSpec("mlp_forward", ref.mlp_forward, (
        ShapeCheck("shape", 1.0, sizes=FORWARD_INPUTS, pick=(0,)),
        ValueCheck("value", 2.0, fixed=(EXAMPLE,), pick=(0,), hidden=FORWARD_INPUTS),
        BehaviourCheck("caches", 1.0, scenarios=(
            Scenario("caches of a 3-layer network", caches_hold_the_pass, pick=(1,),
                     draw=caches_case),
            # a depth other than 3 tells a forward written out for two layers from one that stops a layer short
            Scenario("caches of an 11-layer network", caches_hold_the_pass, pick=(1,),
                     draw=lambda rng: forward_case(2, *DEEP, rng)),
        )),
        HygieneCheck("hygiene", 1.0, inputs=FORWARD_INPUTS, pick=(0,),
                     extreme=lambda rng: [large_case(rng), large_tanh_case(rng)]),
    ), (LAST_ACTIVATION_SKIPPED, NO_BIAS, FIRST_ACTIVATION_EVERYWHERE, RELU_IN_PLACE, EVERY_IN_PLACE, RELU_AS_LEAKY, ACTIVATIONS_SHIFTED,
        ACTIVATIONS_ONE_EARLY, ACTIVATIONS_REVERSED, CACHE_Z_WITHOUT_BIAS, CACHE_A_PREV_OUTPUT, *SIGMOID_CLIPPED,
        BIAS_AS_COLUMN, FIRST_TWO_LAYERS, LAST_LAYER_DROPPED, RELU_HIDDEN_SIGMOID_OUT, ACTIVATION_BEFORE_PRODUCT, LAYERS_IN_DICT_ORDER,
        SOFTMAX_OUTPUT, SIGMOID_NEGATED)),
), edits=EDITS)
