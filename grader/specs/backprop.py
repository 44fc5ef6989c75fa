"""Spec of exercises/backprop.py: mlp_backward, the delta recursion through an MLP of any depth.

Values are compared on the reference's caches; two gradient checks do the
same at fixed inputs with per-student weights and localise a wrong gradient:
a tiny sigmoid/tanh network and a deeper ReLU network whose pre-activations
stay away from the kink. The student's own mlp_forward (exercises/mlp.py) is
only called to note, without costing points, when it is wrong.
"""

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Inputs
from mlptutor.grader.checks.gradient import GradientCheck
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.shape import ShapeCheck
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs import layers
from mlptutor.grader.specs._keys import own_keys
from mlptutor.grader.specs._networks import ARCHITECTURES, away_from_kinks, backward_case, every_architecture, parameters
from mlptutor.reference import backprop as ref
from mlptutor.reference.activations import activation_backward, activation_forward
from mlptutor.reference.layers import dense_backward
from mlptutor.reference.mlp import mlp_forward

# the course's scalar chain: x = 2, w1 = 0.5, w2 = 1.5, y = 3, identity activations, L = 1/2 (y_hat - y)^2:
# y_hat = 1.5, dout = y_hat - y = -1.5, dL/dw2 = -1.5, dL/dw1 = -4.5
CHAIN = {"W1": np.array([[0.5]]), "b1": np.zeros(1), "W2": np.array([[1.5]]), "b2": np.zeros(1)}
EXAMPLE = (np.array([[-1.5]]), mlp_forward(np.array([[2.0]]), CHAIN, ["identity", "identity"])[1])
# the caches of an input of size 1000, which mlp_forward promises to take: sigmoid pre-activations of +-2000,
# where the derivative is 0 but exp(-z) / (1 + exp(-z))^2 is inf / inf and 1 / (1 + exp(-z)) overflows (the
# stub promises caches of any input mlp_forward takes, without warnings: the hygiene's large inputs)
LARGE_NET = {"W1": np.array([[1.0, -1.0, 0.5], [0.5, 1.0, -1.0]]), "b1": np.zeros(3),
             "W2": np.array([[1.0], [-2.0], [0.5]]), "b2": np.zeros(1)}
LARGE = (np.array([[1.0], [-0.5]]),
         mlp_forward(np.array([[1000.0, -1000.0], [0.5, -0.2]]), LARGE_NET, ["sigmoid", "identity"])[1])
# the same input through a tanh layer: pre-activations of +-2000, where tanh' = 1 - tanh^2 is 0 but 1 / cosh(z)^2
# overflows cosh (the sigmoid output layer stays moderate)
LARGE_TANH = (np.array([[1.0], [-0.5]]),
              mlp_forward(np.array([[1000.0, -1000.0], [0.5, -0.2]]), LARGE_NET, ["tanh", "sigmoid"])[1])

# inputs of the gradient checks: fixed rows, the weights are drawn per student
TINY, TINY_ACTIVATIONS, TINY_X = [2, 2, 1], ["tanh", "sigmoid"], np.array([[0.5, -1.0], [-0.3, 0.8]])
DEEP, DEEP_ACTIVATIONS = [4, 5, 4, 3], ["relu", "tanh", "relu"]
DEEP_X = np.array([[1.0, -0.5, 0.3, 2.0], [-1.2, 0.7, 0.9, -0.4], [0.1, 1.5, -2.0, 0.6]])


def recursion(layer_backward=dense_backward, delta=activation_backward):
    """mlp_backward built from one layer's backward and the activation step: a frame for wrong variants."""
    def backward(dout, caches):
        grads, dA = {}, dout
        for l in range(len(caches), 0, -1):
            cache = caches[l - 1]
            dA, grads[f"W{l}"], grads[f"b{l}"] = layer_backward(delta(dA, cache), (cache["A_prev"], cache["W"], cache["b"]))
        return grads
    return backward


def _at_activation(dA, cache):
    return activation_backward(dA, {**cache, "Z": activation_forward(cache["Z"], cache["activation"])[0]})


def _first_layer_zero(dout, caches):
    """The right gradients but layer 1's, left at the zeros they were preallocated as."""
    grads = ref.mlp_backward(dout, caches)
    return {k: np.zeros_like(g) if k in ("W1", "b1") else g for k, g in grads.items()}


FIRST_LAYER_SKIPPED = Mistake(
    "backprop-first-layer-never-computed", "the loop over the layers stops before layer 1 (range(L - 1, 0, -1) over "
    "0-based cache indices): W1 and b1 keep the zeros they were preallocated as",
    "the recursion runs down to the first layer itself: over 0-based cache indices the loop's last index is 0, "
    "and range's stop is never reached; W1 and b1 come from caches[0].",
    _first_layer_zero)


GRAD_AT_ACTIVATION = Mistake(
    "backprop-grad-at-activation", "the activation's derivative taken at the activation, g'(A), instead of at Z",
    "g' takes the pre-activation as its argument: that is why the cache keeps Z.",
    recursion(delta=_at_activation))
NO_ACTIVATION_DERIVATIVE = Mistake(
    "backprop-no-activation-derivative", "the activation's derivative left out of delta",
    "between dA_l and delta_l = dL/dZ_l sits the activation: multiply by g_l'(Z_l) elementwise.",
    recursion(delta=lambda dA, cache: dA))
UPSTREAM_DROPPED = Mistake(
    "backprop-delta-without-upstream", "delta_l taken as g_l'(Z_l) alone, the upstream gradient dA_l left out",
    "the chain rule multiplies: delta_l = dL/dZ_l is the gradient arriving at A_l times the activation's local "
    "derivative, entry by entry.",
    recursion(delta=lambda dA, cache: activation_backward(np.ones_like(dA), cache)))
DB_NOT_SUMMED = Mistake(
    "backprop-db-not-summed", "db_l returned per example instead of summed over the batch",
    "every row of the batch uses the same b_l, so its gradient adds up over the rows: shape (n_l,).",
    recursion(layers.DB_NOT_SUMMED.variant))
DW_TRANSPOSED = Mistake(
    "backprop-dW-transposed", "dW_l computed as delta_l^T A_{l-1}, the transpose",
    "dW_l must have W_l's shape (n_{l-1}, n_l): check which factor is transposed.",
    recursion(layers.DW_TRANSPOSED.variant))
DW_OUTER_OF_SUMS = Mistake(
    "backprop-dW-outer-of-sums", "dW_l as the outer product of A_{l-1} and delta_l each summed over the batch",
    "dW_l = A_{l-1}^T delta_l adds up one outer product per example; summing A_{l-1} and delta_l over the batch "
    "first mixes the examples (the two agree only for a batch of one).",
    recursion(layers.DW_OUTER_OF_SUMS.variant))
EXTRA_MEAN = Mistake(
    "backprop-extra-1/N", "the gradients divided by the batch size once more",
    "dout already carries the 1/N of a mean loss; the recursion itself adds no factor.",
    recursion(layers.EXTRA_MEAN.variant))
DB_MEAN = Mistake(
    "backprop-db-mean", "db_l averaged over the batch instead of summed",
    "sum delta_l over axis 0; any 1/N of a mean loss is already inside dout.",
    recursion(layers.DB_MEAN.variant))

DB_OVER_UNITS = Mistake(
    "backprop-db-summed-over-units", "db_l summed over axis 1 (each example's units) instead of axis 0 (the batch)",
    "db_l has b_l's shape (n_l,): add delta_l up over the rows (the examples), axis 0.",
    recursion(layers.DB_OVER_UNITS.variant))
DB_AT_ROWS = Mistake(
    "backprop-db-scattered-by-row", "db_l scattered by each entry's row index (np.indices' plane 0) instead of its "
    "column's: db_l[n] holds example n's units summed",
    "np.indices(delta.shape)[0] is each entry's row (its example), [1] its column (its unit): db_l[j] gathers the "
    "entries of column j, one per example.",
    recursion(layers.DB_AT_ROWS.variant))


def _derivatives_written(derivatives):
    """The activation step with the layers named in `derivatives` (name -> derivative(Z)) differentiated so, the
    others right."""
    return lambda dA, cache: (dA * derivatives[cache["activation"]](cache["Z"]) if cache["activation"] in derivatives
                              else activation_backward(dA, cache))


def _derivative_written(name, derivative):
    """The activation step with layers named `name` differentiated as derivative(Z), the others right."""
    return _derivatives_written({name: derivative})


SIGMOID_DERIVATIVE_OF_Z = Mistake(
    "backprop-sigmoid-derivative-as-z-one-minus-z", "the sigmoid's derivative written as Z (1 - Z), the output's "
    "formula applied to the pre-activation",
    "the sigmoid's derivative formula is in its output s = sigmoid(Z), while the cache holds the pre-activation Z: "
    "which of the two does your expression take?",
    recursion(delta=_derivative_written("sigmoid", lambda Z: Z * (1 - Z))))

# both formulas in the output a = g(Z), a (1 - a) and 1 - a^2 (6.036's and Ng's backward read the stored A), fed
# the cache's Z
DERIVATIVES_OF_Z = Mistake(
    "backprop-derivatives-as-z-formulas", "the sigmoid's and tanh's derivatives written as Z (1 - Z) and 1 - Z^2, "
    "their outputs' formulas applied to the pre-activation",
    "those derivative formulas are written in the activation's output, while the cache holds the pre-activation "
    "Z: evaluate the activation on Z first and take the derivative from its output.",
    recursion(delta=_derivatives_written({"sigmoid": lambda Z: Z * (1 - Z), "tanh": lambda Z: 1 - Z ** 2})))


def _sigmoid_derivative_of_exp(Z):
    """exp(-z) / (1 + exp(-z))^2 as a student writes it: inf / inf = NaN below z of about -710, quietly here."""
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(-Z)
        return e / (1 + e) ** 2


SIGMOID_DERIVATIVE_OVERFLOWS = Mistake(
    "backprop-sigmoid-derivative-overflows", "the sigmoid's derivative written exp(-Z) / (1 + exp(-Z))^2, which "
    "overflows to inf / inf = NaN for pre-activations below about -710",
    "the formula is right in exact arithmetic, but exp(-Z) overflows for a large negative Z: write the derivative "
    "through a sigmoid computed so that exp never sees a large positive number (exp(-|Z|)).",
    recursion(delta=_derivative_written("sigmoid", _sigmoid_derivative_of_exp)))
TANH_DERIVATIVE_UNSQUARED = Mistake(
    "backprop-tanh-derivative-unsquared", "tanh's derivative written as 1 - tanh(Z), the square missing",
    "the derivative of tanh is 1 - tanh(z) squared.",
    recursion(delta=_derivative_written("tanh", lambda Z: 1 - np.tanh(Z))))

RELU_DERIVATIVE_CLIPPED = Mistake(
    "backprop-relu-derivative-clipped-z", "ReLU's derivative written np.clip(Z, 0, 1): Z itself where 0 < Z < 1",
    "clip(Z, 0, 1) is 0 below 0 and 1 above 1, but Z in between: ReLU's slope is 1 for every Z > 0, so its derivative "
    "is the indicator Z > 0.",
    recursion(delta=_derivative_written("relu", lambda Z: np.clip(Z, 0.0, 1.0))))


def recursion_by_layer(delta):
    """mlp_backward whose activation step delta(dA, caches, l) may depend on the layer l: a frame for wrong variants."""
    def backward(dout, caches):
        grads, dA = {}, dout
        for l in range(len(caches), 0, -1):
            cache = caches[l - 1]
            dA, grads[f"W{l}"], grads[f"b{l}"] = dense_backward(delta(dA, caches, l),
                                                                 (cache["A_prev"], cache["W"], cache["b"]))
        return grads
    return backward


HIDDEN_DERIVATIVES_MISSING = Mistake(
    "backprop-hidden-derivatives-missing", "only the output layer's activation derivative used: delta_{l-1} = "
    "delta_l W_l^T without g_{l-1}'(Z_{l-1})",
    "every hidden layer has an activation too: delta_{l-1} = (delta_l W_l^T) * g_{l-1}'(Z_{l-1}).",
    recursion_by_layer(lambda dA, caches, l: activation_backward(dA, caches[l - 1]) if l == len(caches) else dA))
OUTPUT_DERIVATIVE_SKIPPED = Mistake(
    "backprop-output-derivative-skipped", "dout taken for delta_L = dL/dZ_L: the output layer's g_L'(Z_L) left out",
    "dout is dL/d(out), the gradient at the output A_L, not at Z_L: the output layer's activation stands between "
    "them as every other layer's does (dout = dL/dZ_L only where a loss was folded into its output activation).",
    recursion_by_layer(lambda dA, caches, l: dA if l == len(caches) else activation_backward(dA, caches[l - 1])))
DERIVATIVE_OF_LAYER_ABOVE = Mistake(
    "backprop-derivative-of-layer-above", "delta_{l-1} with the activation of layer l: g_l'(Z_{l-1}) instead of "
    "g_{l-1}'(Z_{l-1})",
    "the derivative belongs to the layer whose Z it takes: layer l - 1's own activation name, from its own cache.",
    recursion_by_layer(lambda dA, caches, l: activation_backward(
        dA, {**caches[l - 1], "activation": caches[min(l, len(caches) - 1)]["activation"]})))
HIDDEN_ACTIVATION_OF_FIRST = Mistake(
    "backprop-hidden-activation-of-first-layer", "every hidden layer differentiated with layer 1's activation (the "
    "output layer with its own): right only where all hidden layers share one activation",
    "each layer's derivative takes that layer's own activation name, from its own cache: hidden layers may differ "
    "(relu, then tanh).",
    recursion_by_layer(lambda dA, caches, l: activation_backward(
        dA, caches[l - 1] if l == len(caches) else {**caches[l - 1], "activation": caches[0]["activation"]})))

# Bishop's delta_j = h'(a_j) sum_k w_kj delta_k read with z_j = h(a_j), the unit's output: below the output layer
# (whose delta_L = dout * g_L'(Z_L) the docstring writes out) the derivative taken at the layer above's A_prev
HIDDEN_AT_ACTIVATION = Mistake(
    "backprop-hidden-grad-at-activation", "the hidden layers' derivative taken at their output A_{l-1} (the layer "
    "above's A_prev), g'(A_{l-1}), instead of at Z_{l-1}; the output layer's at Z_L",
    "g' takes the pre-activation as its argument in every layer: delta_{l-1} needs g_{l-1}'(Z_{l-1}), the Z of layer "
    "l - 1's own cache; the A_prev of the layer above holds the output g_{l-1}(Z_{l-1}) (right only for relu and "
    "identity).",
    recursion_by_layer(lambda dA, caches, l: activation_backward(dA, caches[l - 1]) if l == len(caches)
                       else _at_activation(dA, caches[l - 1])))

# deeplearning.ai's L_model_backward: linear_activation_backward(dAL, caches[L - 1], "sigmoid"), then "relu" in the loop
RELU_HIDDEN_SIGMOID_OUTPUT = Mistake(
    "backprop-relu-hidden-sigmoid-output", "sigmoid's derivative hard-coded for the output layer and relu's for every "
    "hidden layer, whatever the caches' activations",
    "each layer's derivative takes that layer's own activation name, from its own cache: the output need not be a "
    "sigmoid nor the hidden layers relu.",
    recursion_by_layer(lambda dA, caches, l: activation_backward(
        dA, {**caches[l - 1], "activation": "sigmoid" if l == len(caches) else "relu"})))


def _delta_through_lower_W(dout, caches):
    """mlp_backward passing delta_l down through W_{l-1}, the weights of the layer below, instead of its own W_l (a
    product numpy allows only where the widths agree: square hidden layers)."""
    grads, dA = {}, dout
    for l in range(len(caches), 0, -1):
        cache = caches[l - 1]
        carried = caches[l - 2]["W"] if l > 1 else cache["W"]  # W enters dA only: dW and db are the layer's own
        dA, grads[f"W{l}"], grads[f"b{l}"] = dense_backward(activation_backward(dA, cache),
                                                             (cache["A_prev"], carried, cache["b"]))
    return grads


DELTA_THROUGH_LOWER_W = Mistake(
    "backprop-delta-through-lower-W", "delta passed down through the weights of the layer below, delta_l W_{l-1}^T, "
    "instead of the layer's own W_l^T (numpy multiplies them only where the widths agree, and raises elsewhere)",
    "the weights that took A_{l-1} to Z_l carry the gradient back to A_{l-1}: delta_{l-1} = (delta_l W_l^T) * "
    "g_{l-1}'(Z_{l-1}), with W_l from layer l's own cache.",
    _delta_through_lower_W)
OUTPUT_DERIVATIVE_TWICE = Mistake(
    "backprop-output-derivative-twice", "the output layer's activation derivative applied twice, g_L'(Z_L)^2",
    "dout is dL/dA_L: multiply it by g_L'(Z_L) once to get delta_L (once before the loop, or once inside it, not "
    "both).",
    lambda dout, caches: ref.mlp_backward(activation_backward(dout, caches[-1]), caches))


def gradient_check(name, widths, activations, X, margin=0.0):
    """The student's backward on the reference mlp_forward's caches, against the reference gradient."""
    return GradientCheck(
        name, 2.0, forward="mlp_forward", forward_module="mlp", reference_forward=mlp_forward,
        point=lambda rng: away_from_kinks(X, widths, activations, rng, margin) if margin else parameters(widths, rng),
        forward_args=lambda params: (X, params, activations))


def deeper_then_one_layer(rng):
    """A 3-layer network's case, then a 1-layer one's: gradients kept between calls keep the first's keys."""
    (deep, deep_names), (one, one_names) = ARCHITECTURES[1], ARCHITECTURES[2]
    return [backward_case(3, deep, deep_names, rng), backward_case(2, one, one_names, rng)]


# a dict of gradients kept between calls shows in the keys of a shallower network's call after a deeper one's
KEYS = BehaviourCheck("keys", 0.5, scenarios=(
    Scenario("a 3-layer network, then a 1-layer one", own_keys, draw=deeper_then_one_layer, several=True),))

# one hidden case per architecture (each with its batch size), shared by the shape, value and hygiene checks
BACKWARD_INPUTS = Inputs("inputs", every_architecture(backward_case))

# How a student makes each mistake: in the correct solution tests/solutions/backprop.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "backprop-output-derivative-skipped": Edit(
        "        delta = dA * _derivative(cache[\"Z\"], cache[\"activation\"])",
        "        delta = dA if l == len(caches) else dA * _derivative(cache[\"Z\"], cache[\"activation\"])"),
    "backprop-first-layer-never-computed": Edit(
        "    return grads",
        "    grads[\"W1\"], grads[\"b1\"] = np.zeros_like(grads[\"W1\"]), np.zeros_like(grads[\"b1\"])\n"
        "    return grads"),
    "backprop-grad-at-activation": Edit(
        "        delta = dA * _derivative(cache[\"Z\"], cache[\"activation\"])",
        "        name = cache[\"activation\"]\n"
        "        forward = {\"identity\": lambda z: z, \"sigmoid\": lambda z: 1 / (1 + np.exp(-z)),\n"
        "                   \"tanh\": np.tanh, \"relu\": lambda z: np.maximum(z, 0.0)}[name]\n"
        "        delta = dA * _derivative(forward(cache[\"Z\"]), name)"),
    "backprop-hidden-grad-at-activation": Edit(
        "        delta = dA * _derivative(cache[\"Z\"], cache[\"activation\"])",
        "        z = cache[\"Z\"] if l == len(caches) else caches[l][\"A_prev\"]\n"
        "        delta = dA * _derivative(z, cache[\"activation\"])"),
    "backprop-delta-without-upstream": Edit(
        "delta = dA * _derivative(cache[\"Z\"], cache[\"activation\"])",
        "delta = _derivative(cache[\"Z\"], cache[\"activation\"])"),
    "backprop-no-activation-derivative": Edit(
        "delta = dA * _derivative(cache[\"Z\"], cache[\"activation\"])",
        "delta = dA"),
    "backprop-db-not-summed": Edit("grads[f\"b{l}\"] = delta.sum(axis=0)", "grads[f\"b{l}\"] = delta"),
    "backprop-db-mean": Edit("grads[f\"b{l}\"] = delta.sum(axis=0)", "grads[f\"b{l}\"] = delta.mean(axis=0)"),
    "backprop-db-scattered-by-row": Edit(
        "        grads[f\"b{l}\"] = delta.sum(axis=0)\n",
        "        grads[f\"b{l}\"] = np.zeros(delta.shape[1])\n"
        "        np.add.at(grads[f\"b{l}\"], np.indices(delta.shape)[0].ravel(), delta.ravel())\n"),
    "backprop-db-summed-over-units": Edit("grads[f\"b{l}\"] = delta.sum(axis=0)",
                                          "grads[f\"b{l}\"] = delta.sum(axis=1)"),
    "backprop-sigmoid-derivative-as-z-one-minus-z": Edit("        return s * (1 - s)", "        return z * (1 - z)"),
    "backprop-derivatives-as-z-formulas": Edit(
        "        return s * (1 - s)\n"
        "    if name == \"tanh\":\n"
        "        return 1 - np.tanh(z) ** 2",
        "        return z * (1 - z)\n"
        "    if name == \"tanh\":\n"
        "        return 1 - z ** 2"),
    "backprop-sigmoid-derivative-overflows": Edit(
        "        e = np.exp(-np.abs(z))  # never overflows: 1/(1+e) for z >= 0, e/(1+e) below\n"
        "        s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n"
        "        return s * (1 - s)",
        "        e = np.exp(-z)\n"
        "        return e / (1 + e) ** 2"),
    "backprop-tanh-derivative-unsquared": Edit("        return 1 - np.tanh(z) ** 2", "        return 1 - np.tanh(z)"),
    "backprop-relu-derivative-clipped-z": Edit("        return (z > 0).astype(np.float64)",
                                               "        return np.clip(z, 0.0, 1.0)"),
    "backprop-dW-transposed": Edit("cache[\"A_prev\"].T @ delta", "delta.T @ cache[\"A_prev\"]"),
    "backprop-dW-outer-of-sums": Edit(
        "cache[\"A_prev\"].T @ delta", "np.outer(cache[\"A_prev\"].sum(axis=0), delta.sum(axis=0))"),
    "backprop-hidden-derivatives-missing": Edit(
        "        delta = dA * _derivative(cache[\"Z\"], cache[\"activation\"])",
        "        delta = dA * _derivative(cache[\"Z\"], cache[\"activation\"]) if l == len(caches) else dA"),
    "backprop-derivative-of-layer-above": Edit(
        "        delta = dA * _derivative(cache[\"Z\"], cache[\"activation\"])",
        "        delta = dA * _derivative(cache[\"Z\"], caches[min(l, len(caches) - 1)][\"activation\"])"),
    "backprop-hidden-activation-of-first-layer": Edit(
        "        delta = dA * _derivative(cache[\"Z\"], cache[\"activation\"])",
        "        name = cache[\"activation\"] if l == len(caches) else caches[0][\"activation\"]\n"
        "        delta = dA * _derivative(cache[\"Z\"], name)"),
    "backprop-relu-hidden-sigmoid-output": Edit(
        "        delta = dA * _derivative(cache[\"Z\"], cache[\"activation\"])",
        "        delta = dA * _derivative(cache[\"Z\"], \"sigmoid\" if l == len(caches) else \"relu\")"),
    "backprop-delta-through-lower-W": Edit(
        "        dA = delta @ cache[\"W\"].T",
        "        if l > 1:\n            dA = delta @ caches[l - 2][\"W\"].T"),
    "backprop-output-derivative-twice": Edit(
        "    dA = dout\n", "    dA = dout * _derivative(caches[-1][\"Z\"], caches[-1][\"activation\"])\n"),
    "backprop-extra-1/N": Edit(
        "        grads[f\"W{l}\"] = cache[\"A_prev\"].T @ delta\n"
        "        grads[f\"b{l}\"] = delta.sum(axis=0)",
        "        grads[f\"W{l}\"] = cache[\"A_prev\"].T @ delta / len(delta)\n"
        "        grads[f\"b{l}\"] = delta.sum(axis=0) / len(delta)"),
}


SPEC = ExerciseSpec("backprop", (
    FunctionSpec("mlp_backward", ref.mlp_backward, (
        ShapeCheck("shape", 1.0, sizes=BACKWARD_INPUTS),
        ValueCheck("value", 2.0, fixed=(EXAMPLE, LARGE), hidden=BACKWARD_INPUTS),
        gradient_check("gradient", TINY, TINY_ACTIVATIONS, TINY_X),
        gradient_check("gradient-relu", DEEP, DEEP_ACTIVATIONS, DEEP_X, margin=0.05),
        HygieneCheck("hygiene", 1.0, inputs=BACKWARD_INPUTS, extreme=(LARGE, LARGE_TANH)),
        KEYS,
    ), (GRAD_AT_ACTIVATION, FIRST_LAYER_SKIPPED, NO_ACTIVATION_DERIVATIVE, DB_NOT_SUMMED, DW_TRANSPOSED, EXTRA_MEAN, DW_OUTER_OF_SUMS,
        UPSTREAM_DROPPED, OUTPUT_DERIVATIVE_TWICE, HIDDEN_DERIVATIVES_MISSING, DERIVATIVE_OF_LAYER_ABOVE, DB_MEAN,
        DB_OVER_UNITS, DB_AT_ROWS, SIGMOID_DERIVATIVE_OF_Z, DERIVATIVES_OF_Z, SIGMOID_DERIVATIVE_OVERFLOWS, TANH_DERIVATIVE_UNSQUARED,
        DELTA_THROUGH_LOWER_W, OUTPUT_DERIVATIVE_SKIPPED, HIDDEN_ACTIVATION_OF_FIRST, RELU_DERIVATIVE_CLIPPED,
        RELU_HIDDEN_SIGMOID_OUTPUT, HIDDEN_AT_ACTIVATION)),
), edits=EDITS)
