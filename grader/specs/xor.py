"""Spec of exercises/xor.py: the 2-2-1 sigmoid network trained to 4/4 on XOR, and what its units learned.

train_xor is judged by behaviour: from a given seed (1) and from a hidden
one (of 40, so the reference trains each once per process) the returned network classifies all four patterns (recomputed here from
the returned params with the reference forward pass), its reported loss,
predictions and count agree with those params, and a run cut short
(3 epochs, no restart) reports exactly that. Short runs (3 epochs, with and
without a failed first start) return the reference's params: the docstring
fixes every draw and step. hidden_logic is compared with
the reference on trained networks and on the course's OR / NAND / AND
network.
"""

import functools

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Case
from mlptutor.grader.checks.tolerance import allclose
from mlptutor.grader.checks.validate import int_problem, scalar_problem
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.reference import xor as ref
from mlptutor.reference.backprop import mlp_loss_and_grads
from mlptutor.reference.init import init_params
from mlptutor.reference.losses import bce
from mlptutor.reference.mlp import predict
from mlptutor.reference.optim import sgd_step

# the course's reading: h1 = OR, h2 = NAND, output = h1 AND h2 (weights large enough to saturate)
COURSE = {"W1": np.array([[20.0, -20.0], [20.0, -20.0]]), "b1": np.array([-10.0, 30.0]),
          "W2": np.array([[20.0], [20.0]]), "b2": np.array([-30.0])}
# an untrained network whose units' pre-activations lie between 0 and 0.5 on some patterns: there a sigmoid
# output above 0.5 tells apart thresholding the output (right) from thresholding z at 0.5
SOFT = {"W1": np.array([[0.3, -0.4], [0.3, -0.4]]), "b1": np.array([0.1, 0.6]),
        "W2": np.array([[0.4], [0.3]]), "b2": np.array([-0.2])}
POOL = 40  # hidden seeds of train_xor and networks of hidden_logic are drawn from the first POOL seeds
SHORT = {"max_epochs": 3, "max_restarts": 0, "tol": 1e-9}


def _network_problem(value):
    if type(value) is not dict or not {"epochs", "restarts", "loss", "predictions", "correct", "params"} <= set(value):
        return "return the dict with epochs, restarts, loss, predictions, correct and params"
    params = value["params"]
    shapes = {"W1": (2, 2), "b1": (2,), "W2": (2, 1), "b2": (1,)}
    if type(params) is not dict or any(type(params.get(k)) is not np.ndarray or params[k].shape != s
                                       for k, s in shapes.items()):
        return "params must hold W1 (2, 2), b1 (2,), W2 (2, 1) and b2 (1,) arrays"
    # the docstring's types: ints (numpy integers too) and a float64 loss
    return next((p for k in ("epochs", "restarts", "correct") if (p := int_problem(value[k], k))), None) \
        or scalar_problem(value["loss"], "loss")


def consistent(value, case):
    """The reported numbers are those of the returned params."""
    p = predict(ref.XOR_INPUTS, value["params"], ref.ACTIVATIONS)
    if not np.isclose(value["loss"], bce(p, ref.XOR_TARGETS), rtol=1e-6):
        return "the reported loss is not the mean binary cross-entropy of the returned params on the four patterns"
    predictions = value["predictions"]
    if type(predictions) is not np.ndarray or predictions.shape != (4,) or not np.allclose(predictions, p[:, 0], rtol=1e-6):
        return "predictions must be the (4,) output probabilities of the returned params"
    right = int(np.sum((p[:, 0] > 0.5) == ref.XOR_TARGETS[:, 0].astype(bool)))
    if value["correct"] != right:
        return f"the returned params get {right} patterns right, but correct says {value['correct']}"
    return None


def learns_xor(value, expected, case):
    problem = _network_problem(value) or consistent(value, case)
    if problem:
        return problem
    if value["correct"] != 4:
        return f"the trained network classifies {value['correct']} of the 4 patterns, all 4 expected"
    if not value["loss"] < case.kwargs.get("tol", 0.05):
        return "training stopped before the loss fell below tol"
    if not 0 <= value["restarts"] <= 10 or not 1 <= value["epochs"] <= 2000:
        return "epochs and restarts must count the gradient steps of the last start and the fresh starts"
    return None


def reports_short_run(value, expected, case):
    problem = _network_problem(value) or consistent(value, case)
    if problem:
        return problem
    if (value["epochs"], value["restarts"]) != (3, 0):
        return (f"with max_epochs 3 and no restart the run takes 3 steps and 0 restarts, "
                f"you reported epochs {value['epochs']}, restarts {value['restarts']}")
    return None


def same_params(value, expected, case):
    """The docstring fixes every draw and step of a run, so its params are the reference's to rounding (the
    project's tolerance: a float32 step anywhere shows)."""
    if type(value) is not dict or any(type(value.get(k)) is not np.ndarray or value[k].shape != expected[k].shape
                                      for k in expected):
        return "params must hold W1 (2, 2), b1 (2,), W2 (2, 1) and b2 (1,) arrays"
    if any(value[k].dtype != np.float64 for k in expected):
        return "params must be float64 arrays, as the inputs and the initial weights are"
    off = [k for k in expected if not allclose(value[k], expected[k])]
    if off:
        return (f"the returned {', '.join(off)} are not those of the specified run: every start draws W1, then W2, "
                f"from the one rng (stds sqrt(2/4), sqrt(2/3)), then steps W <- W - eta dL/dW on the mean cross-entropy")
    return None


def _train(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10, extra_epoch=0, loss="bce", w2_first=False,
           std_power=0.5):
    """train_xor with the usual slips switchable: a frame for the wrong variants below."""
    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        if w2_first:
            W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
            params = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2), "W2": W2, "b2": np.zeros(1)}
        elif std_power != 0.5:
            W1 = (2 / 4) ** std_power * rng.standard_normal((2, 2))
            params = {"W1": W1, "b1": np.zeros(2), "W2": (2 / 3) ** std_power * rng.standard_normal((2, 1)),
                      "b2": np.zeros(1)}
        else:
            params = init_params([2, 2, 1], rng, scheme="xavier")
        for epoch in range(max_epochs + 1):
            value, grads = mlp_loss_and_grads(ref.XOR_INPUTS, ref.XOR_TARGETS, params, ref.ACTIVATIONS, loss=loss)
            if value < tol or epoch == max_epochs:
                break
            params = sgd_step(params, grads, eta)
        if value < tol:
            break
    p = predict(ref.XOR_INPUTS, params, ref.ACTIVATIONS)[:, 0]
    return {"epochs": epoch + extra_epoch, "restarts": restart, "loss": float(value), "predictions": p,
            "correct": int(np.sum((p > 0.5) == ref.XOR_TARGETS[:, 0].astype(bool))), "params": params}


EPOCHS_OFF_BY_ONE = Mistake(
    "xor-epochs-off-by-one", "epochs reported one higher than the gradient steps taken",
    "epochs counts the gradient steps of the final start: a run stopped after 3 steps reports 3.",
    lambda seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10: _train(seed, eta, max_epochs, tol, max_restarts,
                                                                                 extra_epoch=1))
LAYER_2_FIRST = Mistake(
    "xor-init-layer-2-first", "W2 drawn from the rng before W1",
    "draw layer 1 first: W1 = sqrt(2/4) * rng.standard_normal((2, 2)), then W2 = sqrt(2/3) * rng.standard_normal((2, 1)).",
    lambda seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10: _train(seed, eta, max_epochs, tol, max_restarts,
                                                                                 w2_first=True))
VARIANCE_AS_STD = Mistake(
    "xor-init-variance-as-std", "the weights drawn with std 2/4 and 2/3 (the variances) instead of their square roots",
    "Xavier's variance is 2 / (n_in + n_out): its standard deviation is sqrt(2/4) for W1 and sqrt(2/3) for W2.",
    lambda seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10: _train(seed, eta, max_epochs, tol, max_restarts,
                                                                                 std_power=1.0))
MSE_LOSS = Mistake(
    "xor-mse-loss", "the XOR network trained and judged on the mean squared error",
    "the course trains this network on the binary cross-entropy of its output probability.",
    lambda seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10: _train(seed, eta, max_epochs, tol, max_restarts,
                                                                                 loss="mse"))


def _logic(params, on_hidden=False, rows=False, rename=True, on_z=False):
    """hidden_logic with the usual slips switchable: a frame for the wrong variants below."""
    W1 = params["W1"].T if rows else params["W1"]
    squash = (lambda z: z) if on_z else (lambda z: 1 / (1 + np.exp(-z)))
    hidden = squash(ref.XOR_INPUTS @ W1 + params["b1"])
    out = squash((np.round(hidden) if on_hidden else ref.XOR_INPUTS) @ params["W2"] + params["b2"])
    table = lambda v: tuple(int(x > 0.5) for x in v)
    network = predict(ref.XOR_INPUTS, params, ref.ACTIVATIONS)[:, 0]
    output = ref.BOOLEAN_FUNCTIONS[table(out[:, 0])]
    return {"hidden": [ref.BOOLEAN_FUNCTIONS[table(hidden[:, j])] for j in range(2)],
            "output": output.replace("x", "h") if rename else output,
            "network": ref.BOOLEAN_FUNCTIONS[table(network)]}


OUTPUT_ON_NETWORK_HIDDEN = Mistake(
    "xor-logic-output-on-network-hidden-values", "the output unit read on the network's own hidden values",
    "name the output as a function of (h1, h2): evaluate it on the four binary patterns (0,0), (0,1), (1,0), (1,1).",
    lambda params: _logic(params, on_hidden=True))
UNITS_AS_ROWS = Mistake(
    "xor-logic-units-as-rows", "the hidden units taken as the rows of W1",
    "W1 is (2 inputs, 2 units): hidden unit j is column j.",
    lambda params: _logic(params, rows=True))
THRESHOLD_ON_Z = Mistake(
    "xor-logic-threshold-on-z", "the units' pre-activations z thresholded at 0.5 instead of their sigmoid outputs",
    "a unit is on when its output sigmoid(z) is above 0.5, that is when z > 0 (not z > 0.5).",
    lambda params: _logic(params, on_z=True))
OUTPUT_IN_X = Mistake(
    "xor-logic-output-named-in-x", "the output's function named in x1, x2 instead of h1, h2",
    "the output unit's inputs are the hidden units: name its function in h1 and h2.",
    lambda params: _logic(params, rename=False))


@functools.cache
def trained(seed):
    return cached_train_xor(seed)["params"]


def logic_cases(rng):
    """Two of POOL trained networks (each trained once per process: training costs 10 to 40 ms)."""
    return [(trained(int(seed)),) for seed in rng.choice(POOL, size=2, replace=False)]


# the scenarios' reference runs depend only on their (hashable) arguments: train each once per process
cached_train_xor = functools.lru_cache(maxsize=256)(ref.train_xor)

# How a student makes each mistake: in the correct solution tests/solutions/xor.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "xor-epochs-off-by-one": Edit("{\"epochs\": epoch,", "{\"epochs\": epoch + 1,"),
    "xor-mse-loss": Edit(
        "            \"network\": BOOLEAN_FUNCTIONS[_table(_forward(XOR_INPUTS, params)[1][:, 0])]}",
        "            \"network\": BOOLEAN_FUNCTIONS[_table(_forward(XOR_INPUTS, params)[1][:, 0])]}\n"
        "\n"
        "\n"
        "def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):\n"
        "    rng = np.random.default_rng(seed)\n"
        "    for restart in range(max_restarts + 1):\n"
        "        params = {\"W1\": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), \"b1\": np.zeros(2),\n"
        "                  \"W2\": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), \"b2\": np.zeros(1)}\n"
        "        for epoch in range(max_epochs + 1):\n"
        "            loss = _mse(_forward(XOR_INPUTS, params)[1])\n"
        "            if loss < tol or epoch == max_epochs:\n"
        "                break\n"
        "            grads = _gradients(params)\n"
        "            params = {k: params[k] - eta * grads[k] for k in params}\n"
        "        if loss < tol:\n"
        "            break\n"
        "    p = _forward(XOR_INPUTS, params)[1][:, 0]\n"
        "    correct = int(np.sum((p > 0.5) == XOR_TARGETS[:, 0].astype(bool)))\n"
        "    return {\"epochs\": epoch, \"restarts\": restart, \"loss\": loss, \"predictions\": p, \"correct\": correct, \"params\": params}\n"
        "def _mse(p):\n"
        "    return float(0.5 * np.mean((p - XOR_TARGETS) ** 2))\n"
        "\n"
        "\n"
        "def _gradients(params):\n"
        "    A1, p = _forward(XOR_INPUTS, params)\n"
        "    d2 = (p - XOR_TARGETS) / len(XOR_INPUTS) * p * (1 - p)\n"
        "    d1 = d2 @ params[\"W2\"].T * A1 * (1 - A1)\n"
        "    return {\"W1\": XOR_INPUTS.T @ d1, \"b1\": d1.sum(axis=0), \"W2\": A1.T @ d2, \"b2\": d2.sum(axis=0)}"),
    "xor-logic-output-on-network-hidden-values": Edit(
        "    on_patterns = _sigmoid(XOR_INPUTS @ params[\"W2\"] + params[\"b2\"])[:, 0]",
        "    on_patterns = _sigmoid(np.round(hidden) @ params[\"W2\"] + params[\"b2\"])[:, 0]"),
    "xor-logic-units-as-rows": Edit(
        "    hidden = _sigmoid(XOR_INPUTS @ params[\"W1\"] + params[\"b1\"])",
        "    hidden = _sigmoid(XOR_INPUTS @ params[\"W1\"].T + params[\"b1\"])"),
    "xor-logic-output-named-in-x": Edit(".replace(\"x\", \"h\")", ""),
    "xor-init-layer-2-first": Edit(
        "        params = {\"W1\": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), \"b1\": np.zeros(2),\n"
        "                  \"W2\": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), \"b2\": np.zeros(1)}",
        "        W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))\n"
        "        params = {\"W1\": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), \"b1\": np.zeros(2),\n"
        "                  \"W2\": W2, \"b2\": np.zeros(1)}"),
    "xor-init-variance-as-std": Edit(
        "        params = {\"W1\": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), \"b1\": np.zeros(2),\n"
        "                  \"W2\": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), \"b2\": np.zeros(1)}",
        "        params = {\"W1\": (2 / 4) * rng.standard_normal((2, 2)), \"b1\": np.zeros(2),\n"
        "                  \"W2\": (2 / 3) * rng.standard_normal((2, 1)), \"b2\": np.zeros(1)}"),
    "xor-logic-threshold-on-z": Edit(
        "    hidden = _sigmoid(XOR_INPUTS @ params[\"W1\"] + params[\"b1\"])\n"
        "    on_patterns = _sigmoid(XOR_INPUTS @ params[\"W2\"] + params[\"b2\"])[:, 0]",
        "    hidden = XOR_INPUTS @ params[\"W1\"] + params[\"b1\"]\n"
        "    on_patterns = (XOR_INPUTS @ params[\"W2\"] + params[\"b2\"])[:, 0]"),
}


SPEC = ExerciseSpec("xor", (
    FunctionSpec("train_xor", cached_train_xor, (
        BehaviourCheck("behaviour", 3.0, scenarios=(
            Scenario("seed 1", learns_xor, args=Case((1,)), validate=False),
            Scenario("a hidden seed", learns_xor, draw=lambda rng: Case((int(rng.integers(2, POOL)),)), validate=False),
            Scenario("3 epochs, no restart", reports_short_run, args=Case((4,), dict(SHORT)), validate=False),
        )),
        # the weights of short runs, a check of their own: a relation is sought among these cheap calls only
        BehaviourCheck("specified-run", 1.0, scenarios=(
            Scenario("3 epochs: the weights", same_params, args=Case((4,), dict(SHORT)), pick=("params",),
                     validate=False),
            Scenario("3 epochs after a failed start: the weights", same_params,
                     args=Case((4,), {**SHORT, "max_restarts": 1}), pick=("params",), validate=False),
        )),
    ), (EPOCHS_OFF_BY_ONE, MSE_LOSS, LAYER_2_FIRST, VARIANCE_AS_STD)),
    FunctionSpec("hidden_logic", ref.hidden_logic, (
        ValueCheck("value", 2.0, fixed=((COURSE,), (trained(0),), (SOFT,)), hidden=logic_cases),
    ), (OUTPUT_ON_NETWORK_HIDDEN, UNITS_AS_ROWS, OUTPUT_IN_X, THRESHOLD_ON_Z)),
), edits=EDITS)
