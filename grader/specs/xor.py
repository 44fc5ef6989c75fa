"""Spec of exercises/xor.py: the 2-2-1 sigmoid network trained to 4/4 on XOR, and what its units learned.

The docstring fixes every draw and step of a run, so a run's whole result is
the reference's to rounding (the project's tolerance, float64): checked on
cheap runs first (no step at all: the initial draw and its loss; 3 steps,
with a failed first start; the defaults' seed, eta and 10 restarts), so a
function that never converges is told what is wrong before its long runs
time out. train_xor's behaviour: from seed 1 and from a hidden seed (of 40,
so the reference trains each once per process), both learning in their first
start (no restart: a function that never converges returns after 2000 steps,
well within a call's time, and is told so), the run stops where the
reference's does, the returned network classifies all four patterns
(recomputed here from the returned params with the reference forward pass),
and its reported loss, predictions and count agree with those params.
hidden_logic is compared with the reference on trained networks, the
course's OR / NAND / AND network, networks whose units and output take each
of the 16 truth tables, and unsaturated networks (where the hidden values
that reach the output are not 0 or 1).
"""

import functools
import itertools

import numpy as np

from mlptutor.grader import diskcache
from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Case
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.tolerance import allclose
from mlptutor.grader.checks.validate import array_problem, int_problem, scalar_problem
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.relations.terms import Term
from mlptutor.grader.relations.texts import reads
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._reuse import kept_by_object
from mlptutor.reference import xor as ref
from mlptutor.reference.backprop import mlp_loss_and_grads
from mlptutor.reference.init import init_params
from mlptutor.reference.losses import bce, bce_with_logits
from mlptutor.reference.mlp import predict
from mlptutor.reference.optim import sgd_step

# the course's reading: h1 = OR, h2 = NAND, output = h1 AND h2 (weights large enough to saturate)
COURSE = {"W1": np.array([[20.0, -20.0], [20.0, -20.0]]), "b1": np.array([-10.0, 30.0]),
          "W2": np.array([[20.0], [20.0]]), "b2": np.array([-30.0])}
# the course's logic network (OR, NAND, AND) with weights of 2000: pre-activations of -3000 to 3000, where
# 1 / (1 + exp(-z)) overflows; the stub promises any such network works without warnings
HUGE = {"W1": np.array([[2000.0, -2000.0], [2000.0, -2000.0]]), "b1": np.array([-1000.0, 3000.0]),
        "W2": np.array([[2000.0], [2000.0]]), "b2": np.array([-3000.0])}
# an untrained network whose units' pre-activations lie between 0 and 0.5 on some patterns: there a sigmoid
# output above 0.5 tells apart thresholding the output (right) from thresholding z at 0.5
SOFT = {"W1": np.array([[0.3, -0.4], [0.3, -0.4]]), "b1": np.array([0.1, 0.6]),
        "W2": np.array([[0.4], [0.3]]), "b2": np.array([-0.2])}
# unsaturated hidden units (A1 between 0.1 and 0.95 on some patterns) and an output near 0.5: the hidden values
# that reach the output are not 0 or 1, so a sigmoid slip of a few percent changes the network's table
UNSATURATED = {"W1": np.array([[-4.377968, 6.663663], [-4.728871, 2.68542]]), "b1": np.array([3.634741, 0.415007]),
               "W2": np.array([[6.274468], [1.058274]]), "b2": np.array([-2.890254])}
POOL = 40  # hidden seeds of train_xor and networks of hidden_logic are drawn from the first POOL seeds
# seeds of POOL (but 0 and 1) whose first start learns at the defaults: the learning runs take no restart, so a
# function that never converges returns after max_epochs steps (well within a call's time) instead of 11 times that
FIRST_START_LEARNS = tuple(s for s in range(2, POOL) if s not in (13, 18, 21, 27, 28))
# 3 steps, far from the default tol (a run's tol is left at its default, so a relation finder that tries an
# argument at its default re-runs at most one start of max_epochs steps)
SHORT = {"max_epochs": 3, "max_restarts": 0}
# no step: the initial draw and its loss; the predictions of seeds 14 and 20 lie on both sides of 0.5, close to it
# (a count thresholded elsewhere shows), seed 6's far from it
INITIAL = {"max_epochs": 0, "max_restarts": 0}


SHAPES = {"W1": (2, 2), "b1": (2,), "W2": (2, 1), "b2": (1,)}


def _params_problem(params):
    """None when params holds the docstring's finite float64 arrays W1 (2, 2), b1 (2,), W2 (2, 1), b2 (1,)."""
    if type(params) is not dict or not SHAPES.keys() <= params.keys():
        return "params must hold W1 (2, 2), b1 (2,), W2 (2, 1) and b2 (1,) arrays"
    return next((p for k, shape in SHAPES.items()
                 if (p := array_problem(params[k], shape, f"params[{k!r}]", np.float64))), None)


def _network_problem(value):
    """What is wrong with the result's structure and types (None when it is the docstring's dict): the shared
    rules of grader/checks/validate.py for its arrays, ints (numpy integers too) and float64 loss."""
    if type(value) is not dict or not {"epochs", "restarts", "loss", "predictions", "correct", "params"} <= set(value):
        return "return the dict with epochs, restarts, loss, predictions, correct and params"
    if problem := _params_problem(value["params"]):
        return problem
    if problem := array_problem(value["predictions"], (4,), "predictions", np.float64):
        return f"{problem}: predictions are the (4,) output probabilities of the patterns"
    return next((p for k in ("epochs", "restarts", "correct") if (p := int_problem(value[k], k))), None) \
        or scalar_problem(value["loss"], "loss")


def consistent(value, case):
    """The reported numbers are those of the returned params (to the project's tolerance)."""
    p = predict(ref.XOR_INPUTS, value["params"], ref.ACTIVATIONS)
    if not allclose(value["loss"], bce(p, ref.XOR_TARGETS)):
        return ("the reported loss is not the mean binary cross-entropy of the returned params on the four patterns "
                "(p clipped to [1e-12, 1 - 1e-12], in float64)")
    if not allclose(value["predictions"], p[:, 0]):
        return "predictions must be the (4,) output probabilities of the returned params (in float64)"
    right = int(np.sum((p[:, 0] > 0.5) == ref.XOR_TARGETS[:, 0].astype(bool)))
    if value["correct"] != right:
        return f"the returned params get {right} patterns right ((p > 0.5) == y), but correct says {value['correct']}"
    return None


def learns_xor(value, expected, case):
    problem = _network_problem(value) or consistent(value, case)
    if problem:
        return problem
    tol, max_epochs = case.kwargs.get("tol", 0.05), case.kwargs.get("max_epochs", 2000)
    if value["epochs"] == max_epochs and not value["loss"] < tol:
        where = "" if case.hidden else f" (the reference gets there after {expected['epochs']} steps)"
        return (f"the loss is still {value['loss']:.3g} after all {max_epochs} steps: the run never falls below tol "
                f"{tol}{where}; check the initial draw and the gradient steps")
    if value["correct"] != 4:
        return f"the trained network classifies {value['correct']} of the 4 patterns, all 4 expected"
    if not value["loss"] < case.kwargs.get("tol", 0.05):
        return "training stopped before the loss fell below tol"
    if (value["epochs"], value["restarts"]) != (expected["epochs"], expected["restarts"]):
        where = "" if case.hidden else f" (it stops after {expected['epochs']} steps of start {expected['restarts']})"
        return (f"you report epochs {value['epochs']}, restarts {value['restarts']}, but the specified run{where} "
                f"stops at the first step whose loss is below tol (defaults: eta 5.0, tol 0.05, max_epochs 2000, "
                f"max_restarts 10)")
    return None


def reports_short_run(value, expected, case):
    problem = _network_problem(value) or consistent(value, case)
    if problem:
        return problem
    if (value["epochs"], value["restarts"]) != (3, 1):
        return (f"with max_epochs 3 and one restart, both starts take 3 steps and the run reports epochs 3, "
                f"restarts 1; you reported epochs {value['epochs']}, restarts {value['restarts']}")
    return None


def same_params(value, expected, case):
    """The params of a specified run (picked): the reference's to rounding, as float64."""
    if problem := _params_problem(value):
        return problem
    off = [k for k in expected if not allclose(value[k], expected[k])]
    if off:
        return (f"the returned {', '.join(off)} are not the initial draw: every start draws W1, then W2, from the "
                f"one rng (stds sqrt(2/4), sqrt(2/3)), b1 = b2 = 0")
    return None


def same_loss(value, expected, case):
    """The loss of a specified run (picked): the reference's to rounding."""
    if problem := scalar_problem(value, "loss"):
        return problem
    if not allclose(value, expected):
        return ("the reported loss is not the mean binary cross-entropy of the docstring's initial draw on the four "
                "patterns (p clipped to [1e-12, 1 - 1e-12], in float64)")
    return None


def same_run(value, expected, case):
    """The docstring fixes every draw and step of a run, so its whole result is the reference's: the numbers to
    rounding (the project's tolerance: a float32 step anywhere shows), the counts exactly."""
    problem = _network_problem(value)
    if problem:
        return problem
    if (value["epochs"], value["restarts"]) != (expected["epochs"], expected["restarts"]):
        return (f"the run takes {expected['epochs']} steps of start {expected['restarts']}: it reports epochs "
                f"{expected['epochs']}, restarts {expected['restarts']}; you reported epochs {value['epochs']}, "
                f"restarts {value['restarts']}")
    off = [k for k in expected["params"] if not allclose(value["params"][k], expected["params"][k])]
    if off:
        return (f"the returned {', '.join(off)} are not those of the specified run: every start draws W1, then W2, "
                f"from the one rng (stds sqrt(2/4), sqrt(2/3)), then steps W <- W - eta dL/dW on the mean cross-entropy")
    off = [k for k in ("loss", "predictions") if not allclose(value[k], expected[k])]
    if off:
        return (f"the reported {' and '.join(off)} {'are' if len(off) > 1 else 'is'} not that of the returned params: "
                f"the loss is the mean binary cross-entropy (p clipped to [1e-12, 1 - 1e-12]) and the predictions the "
                f"output probabilities of the final weights, in float64")
    if value["correct"] != expected["correct"]:
        return (f"the returned params get {expected['correct']} patterns right ((p > 0.5) == y), but correct says "
                f"{value['correct']}")
    return None


def _hidden_grads(derivative, back=lambda d2, W2: d2 @ W2.T):
    """Mean cross-entropy gradients whose hidden delta is back(d2, W2) * derivative(A1), for a wrong `derivative` in
    place of the sigmoid's A1 (1 - A1), or a wrong `back` in place of d2 W2^T."""
    def grads(params):
        A1 = predict(ref.XOR_INPUTS, {"W1": params["W1"], "b1": params["b1"]}, ref.ACTIVATIONS[:1])
        p = predict(A1, {"W1": params["W2"], "b1": params["b2"]}, ref.ACTIVATIONS[1:])
        d2 = (p - ref.XOR_TARGETS) / len(ref.XOR_INPUTS)
        d1 = back(d2, params["W2"]) * derivative(A1)
        return {"W1": ref.XOR_INPUTS.T @ d1, "b1": d1.sum(axis=0), "W2": A1.T @ d2, "b2": d2.sum(axis=0)}
    return grads


def _sigmoid_gradient(z):
    """Octave ex4's sigmoidGradient(z) = g(z) (1 - g(z)); given only A1 in (0, 1) here: exp cannot overflow."""
    g = 1 / (1 + np.exp(-z))
    return g * (1 - g)


_without_hidden_derivative = _hidden_grads(lambda A1: 1.0)  # the sigmoid derivative left out
_tanh_hidden_derivative = _hidden_grads(lambda A1: 1 - A1 ** 2)  # tanh's derivative written in the output
_bipolar_hidden_derivative = _hidden_grads(lambda A1: 0.5 * (1 + A1) * (1 - A1))  # Fausett's bipolar sigmoid's
_hidden_delta_not_through_w2 = _hidden_grads(lambda A1: A1 * (1 - A1), back=lambda d2, W2: d2)  # (4, 1) broadcast


def _train(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10, extra_epoch=0, loss="bce", w2_first=False,
           std_power=0.5, reseed=None, hidden_derivative=True, step_loss=None, bias_step=1.0, summed_epochs=False,
           counted_starts=False, w2_std=None, keep_best=False, stds=None, hidden_grads=None, at_tol=False,
           bias_std=None, tested_after_steps=False, stale_last=False, best_index=False, reported_before=False,
           uniform=False, w1_transposed=False, nguyen_widrow=False, unclipped=None, by_pattern=False):
    """train_xor with the usual slips switchable: a frame for the wrong variants below (reseed: restart -> the seed
    each start makes a new rng from; unclipped: L with p never clipped, from the output's "logits" or "log" of p;
    by_pattern: each epoch's step made pattern by pattern, each pattern's share 1/4 of the mean loss's gradient)."""
    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        if reseed is not None:
            rng = np.random.default_rng(reseed(seed, restart))
        if w2_first:
            W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
            params = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2), "W2": W2, "b2": np.zeros(1)}
        elif std_power != 0.5:
            W1 = (2 / 4) ** std_power * rng.standard_normal((2, 2))
            params = {"W1": W1, "b1": np.zeros(2), "W2": (2 / 3) ** std_power * rng.standard_normal((2, 1)),
                      "b2": np.zeros(1)}
        elif w2_std is not None:
            params = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
                      "W2": w2_std * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        elif bias_std is not None:
            W1, b1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2)), bias_std * rng.standard_normal(2)
            W2, b2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1)), bias_std * rng.standard_normal(1)
            params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
        elif w1_transposed:  # drawn (hidden, inputs), Rashid's wih, then transposed
            params = {"W1": (np.sqrt(2 / 4) * rng.standard_normal((2, 2))).T, "b1": np.zeros(2),
                      "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        elif uniform:  # Glorot uniform: U(-limit, limit), limit = sqrt(6 / (fan_in + fan_out)), W1 then W2
            params = {"W1": rng.uniform(-np.sqrt(6 / 4), np.sqrt(6 / 4), (2, 2)), "b1": np.zeros(2),
                      "W2": rng.uniform(-np.sqrt(6 / 3), np.sqrt(6 / 3), (2, 1)), "b2": np.zeros(1)}
        elif nguyen_widrow:  # Fausett's Nguyen-Widrow: v uniform in +-0.5, each hidden unit's column rescaled to
            # beta = 0.7 p^(1/n) (p = n = 2), its bias uniform in +-beta; the output layer uniform in +-0.5
            beta = 0.7 * np.sqrt(2.0)
            v = rng.uniform(-0.5, 0.5, (2, 2))
            params = {"W1": beta * v / np.linalg.norm(v, axis=0), "b1": rng.uniform(-beta, beta, 2),
                      "W2": rng.uniform(-0.5, 0.5, (2, 1)), "b2": rng.uniform(-0.5, 0.5, 1)}
        elif stds is not None:
            params = {"W1": stds[0] * rng.standard_normal((2, 2)), "b1": np.zeros(2),
                      "W2": stds[1] * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        else:
            params = init_params([2, 2, 1], rng, scheme="xavier")
        for epoch in range(max_epochs + 1):
            value, grads = mlp_loss_and_grads(ref.XOR_INPUTS, ref.XOR_TARGETS, params, ref.ACTIVATIONS, loss=loss)
            if unclipped:
                value = _unclipped_loss(params, unclipped)
            if not hidden_derivative:
                grads = _without_hidden_derivative(params)
            if hidden_grads is not None:
                grads = hidden_grads(params)
            if step_loss is not None:
                grads = mlp_loss_and_grads(ref.XOR_INPUTS, ref.XOR_TARGETS, params, ref.ACTIVATIONS, loss=step_loss)[1]
            grads = {k: g * bias_step if k.startswith("b") else g for k, g in grads.items()}
            # at_tol: stopped at L <= tol, L computed as a student writes it (its last bit decides)
            done = textbook_loss(params) <= tol if at_tol else value < tol
            done = done and not (tested_after_steps and epoch == 0)  # the fresh draw never tested
            if stale_last and 0 < epoch == max_epochs:  # L after the last step never computed: the one before it kept
                value, done = before, False
            if done or epoch == max_epochs:
                break
            before = value
            params = _by_pattern_step(params, eta) if by_pattern else sgd_step(params, grads, eta)
        if keep_best and (restart == 0 or value < best[0]):
            best = (value, epoch, params, restart)
        if done:
            break
    if reported_before and epoch:  # the last start's loss before its last step, kept for the report alone
        value = before
    if keep_best:  # best_index: with its own restart index, not the count of fresh draws made
        value, epoch, params, restart = best if best_index else (*best[:3], restart)
    p = predict(ref.XOR_INPUTS, params, ref.ACTIVATIONS)[:, 0]
    epochs = epoch + extra_epoch + (restart * max_epochs if summed_epochs else 0)
    return {"epochs": epochs, "restarts": restart + counted_starts, "loss": float(value), "predictions": p,
            "correct": int(np.sum((p > 0.5) == ref.XOR_TARGETS[:, 0].astype(bool))), "params": params}


def _by_pattern_step(params, eta):
    """PDP's learning by pattern: one step per pattern in turn, each by its own term of the mean loss, (p_i - y_i) / 4
    at the output, so the next pattern already sees the changed weights."""
    n = len(ref.XOR_INPUTS)
    for i in range(n):
        grads = mlp_loss_and_grads(ref.XOR_INPUTS[i:i + 1], ref.XOR_TARGETS[i:i + 1], params, ref.ACTIVATIONS,
                                   loss="bce")[1]
        params = sgd_step(params, {k: g / n for k, g in grads.items()}, eta)
    return params


def _unclipped_loss(params, form: str) -> float:
    """The mean cross-entropy with p never clipped: from the output's logits (TF's and Caffe's sigmoid cross-entropy,
    form "logits"), where a saturated wrong output costs more than the clipped -log(1e-12), or as log p and
    log(1 - p) of the bare p (form "log"), inf once p is exactly 0 or 1."""
    A1 = predict(ref.XOR_INPUTS, {"W1": params["W1"], "b1": params["b1"]}, ref.ACTIVATIONS[:1])
    if form == "logits":
        return float(bce_with_logits(A1 @ params["W2"] + params["b2"], ref.XOR_TARGETS))
    p, Y = predict(A1, {"W1": params["W2"], "b1": params["b2"]}, ref.ACTIVATIONS[1:]), ref.XOR_TARGETS
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-np.mean(Y * np.log(p) + (1 - Y) * np.log(1 - p)))


def textbook_loss(params) -> float:
    """L of `params` computed as the docstring writes it, in the plainest numpy: sigmoid 1 / (1 + exp(-z)), X W + b,
    p clipped, the mean of y log p + (1 - y) log(1 - p). A student who writes it so gets these very bits."""
    X, Y = ref.XOR_INPUTS, ref.XOR_TARGETS
    A1 = 1 / (1 + np.exp(-(X @ params["W1"] + params["b1"])))
    p = np.clip(1 / (1 + np.exp(-(A1 @ params["W2"] + params["b2"]))), 1e-12, 1 - 1e-12)
    return float(-np.mean(Y * np.log(p) + (1 - Y) * np.log(1 - p)))


def _first_draw(seed: int) -> dict:
    rng = np.random.default_rng(seed)
    return {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
            "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}


# tol set to the first start's L as textbook_loss computes it, no step, one restart allowed: a run that stops at
# L <= tol stops there, with L equal to tol; one that stops at L < tol (the docstring) draws the second start, or
# stops where its own L (rounded otherwise) is below tol. Whichever, a run that stops early reports L < tol.
AT_TOL = {"max_epochs": 0, "max_restarts": 1, "tol": textbook_loss(_first_draw(14))}


def stops_below_tol(value, expected, case):
    """A run that stops before its last step of its last start stopped at a loss below tol, its own L reported."""
    problem = _network_problem(value) or consistent(value, case)
    if problem:
        return problem
    kw = case.kwargs
    if (value["epochs"] < kw["max_epochs"] or value["restarts"] < kw["max_restarts"]) and not value["loss"] < kw["tol"]:
        return (f"the run stopped (epochs {value['epochs']}, restarts {value['restarts']}) at a loss of "
                f"{value['loss']!r}, not below tol {kw['tol']!r}: stop only at the first params with L < tol, "
                "strictly below (a loss equal to tol goes on)")
    return None


def _slipping(**slips):
    """The variant of train_xor that makes these slips of _train."""
    return lambda seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10: _train(
        seed, eta, max_epochs, tol, max_restarts, **slips)


def _through_updated_w2(eta):
    """Gradients whose hidden delta goes back through W2 after W2's own step: d1 = d2 (W2 - eta A1^T d2)^T A1 (1 - A1)."""
    def grads(params):
        A1 = predict(ref.XOR_INPUTS, {"W1": params["W1"], "b1": params["b1"]}, ref.ACTIVATIONS[:1])
        p = predict(A1, {"W1": params["W2"], "b1": params["b2"]}, ref.ACTIVATIONS[1:])
        d2 = (p - ref.XOR_TARGETS) / len(ref.XOR_INPUTS)
        d1 = d2 @ (params["W2"] - eta * A1.T @ d2).T * A1 * (1 - A1)
        return {"W1": ref.XOR_INPUTS.T @ d1, "b1": d1.sum(axis=0), "W2": A1.T @ d2, "b2": d2.sum(axis=0)}
    return grads


THROUGH_UPDATED_W2 = Mistake(
    "xor-hidden-delta-through-updated-w2", "W2 stepped first and the hidden delta sent back through the new W2",
    "every gradient of a step belongs to the same params: compute all of them (the hidden delta through the W2 "
    "of the forward pass) before changing any weight.",
    lambda seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10: _train(
        seed, eta, max_epochs, tol, max_restarts, hidden_grads=_through_updated_w2(eta)))
STOPS_AT_TOL = Mistake(
    "xor-stops-at-tol", "training stopped at a loss equal to tol (L <= tol) instead of below it",
    "the docstring stops at the first params with L < tol: a loss equal to tol is not below it, so the run goes on.",
    _slipping(at_tol=True))
EPOCHS_OFF_BY_ONE = Mistake(
    "xor-epochs-off-by-one", "epochs reported one higher than the gradient steps taken",
    "epochs counts the gradient steps of the final start: a run stopped after 3 steps reports 3.",
    _slipping(extra_epoch=1))
LAYER_2_FIRST = Mistake(
    "xor-init-layer-2-first", "W2 drawn from the rng before W1",
    "draw layer 1's weights first, then layer 2's: from one generator, the order decides which numbers each layer "
    "gets.",
    _slipping(w2_first=True))
W1_TRANSPOSED = Mistake(
    "xor-init-w1-drawn-transposed", "W1 drawn as a (hidden, inputs) matrix, Rashid's wih, and transposed: the "
    "transpose of the documented draw",
    "the numbers of a draw fill its shape row by row: W1 is drawn directly in its (inputs, hidden) layout, as the "
    "docstring writes it, so each of its entries gets the number the reference's does.",
    _slipping(w1_transposed=True))
VARIANCE_AS_STD = Mistake(
    "xor-init-variance-as-std", "the weights drawn with std 2/4 and 2/3 (the variances) instead of their square roots",
    "Xavier's formula gives a variance: the draws are scaled by its standard deviation.",
    _slipping(std_power=1.0))
RESTARTS_REDRAW_THE_FIRST_START = Mistake(
    "xor-restart-reseeds", "every start seeded afresh with default_rng(seed), so each restart redraws the failed weights",
    "make the rng once, before the first start: each restart then draws new weights from where the last draw left it.",
    _slipping(reseed=lambda seed, restart: seed))
HIDDEN_DELTA_WITHOUT_DERIVATIVE = Mistake(
    "xor-hidden-delta-without-sigmoid-derivative", "the hidden delta d2 W2^T, without the sigmoid derivative A1 (1 - A1)",
    "backpropagating into the hidden layer multiplies by the derivative of its activation, elementwise.",
    _slipping(hidden_derivative=False))
SQUARED_ERROR_STEPS = Mistake(
    "xor-output-delta-of-squared-error", "the output delta (p - y) / 4 times the sigmoid's slope at the output, the "
    "squared error's, in the steps",
    "the course trains this network on the cross-entropy, not the squared error: differentiate the loss and the "
    "output sigmoid together and see what cancels.",
    _slipping(step_loss="mse"))
# Hagan, Demuth & Beale's sensitivity s = -2 F'(n)(t - a) of the summed squared error (no 1/2 to cancel the 2),
# averaged: twice the squared error's delta, i.e. its steps with 2 eta
SQUARED_ERROR_SENSITIVITY_STEPS = Mistake(
    "xor-output-sensitivity-of-squared-error", "the output delta 2 (p - y) / 4 times the sigmoid's slope, the sensitivity "
    "-2 F'(n)(t - a) of the squared error (t - a)^2, in the steps",
    "the course trains this network on the cross-entropy, not the squared error: differentiate the loss and the "
    "output sigmoid together and see what cancels (both the 2 and the sigmoid's slope go).",
    lambda seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10: _train(
        seed, 2 * eta, max_epochs, tol, max_restarts, step_loss="mse"))
RESTARTS_FROM_NEW_SEEDS = Mistake(
    "xor-restart-new-seed", "each restart seeded afresh with default_rng(seed + restart)",
    "make the rng once, from seed, before the first start: each restart draws its weights from that one generator.",
    _slipping(reseed=lambda seed, restart: seed + restart))
EPOCHS_SUMMED_OVER_STARTS = Mistake(
    "xor-epochs-summed-over-starts", "epochs counted over every start instead of the final start's steps",
    "epochs counts the gradient steps of the final start only: a run whose second start takes 3 steps reports 3.",
    _slipping(summed_epochs=True))
RESTARTS_COUNT_STARTS = Mistake(
    "xor-restarts-count-starts", "restarts counting the starts (a first start that learns reports 1)",
    "restarts counts the fresh draws after the first start: a run whose first start learns reports 0.",
    _slipping(counted_starts=True))
STARTS_COUNTED_AND_CAPPED = Mistake(
    "xor-restarts-count-and-cap-starts", "restarts counting the starts (the first one included) and stopping when "
    "that count reaches max_restarts: a first start that learns reports 1, and one fresh draw fewer is made",
    "restarts counts the fresh draws after the first start, and max_restarts limits those: a run whose first start "
    "learns reports 0, and with max_restarts 1 a failed first start still gets one fresh draw.",
    lambda seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10: _train(
        seed, eta, max_epochs, tol, max(max_restarts - 1, 0), counted_starts=True))
ONE_RESTART_TOO_MANY = Mistake(
    "xor-one-restart-too-many", "one fresh start more than max_restarts allows (restarts > max_restarts to give up)",
    "max_restarts counts the fresh draws after the first start: give up once restarts == max_restarts.",
    lambda seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10: _train(seed, eta, max_epochs, tol,
                                                                                max_restarts + 1))


def _one_restart_too_few(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    # range(max_restarts) makes no start for 0 (a crash, named by itself) or one start, as max(max_restarts, 1) does
    return _train(seed, eta, max_epochs, tol, max(max_restarts - 1, 0))


ONE_RESTART_TOO_FEW = Mistake(
    "xor-one-restart-too-few", "max_restarts starts in all instead of one first start and max_restarts fresh draws "
    "(a loop over range(max_restarts))",
    "max_restarts counts the fresh draws after the first start: with max_restarts 1 a failed first start gets one "
    "more, and with max_restarts 0 the first start still runs.",
    _one_restart_too_few)
LOSS_BEFORE_LAST_STEP = Mistake(
    "xor-loss-before-last-step", "the loss of a start's last step never computed: the one before it reported and "
    "tested",
    "after each step compute L of the new params, the last step's too: it decides whether the start learned, and "
    "it is the loss to report.",
    _slipping(stale_last=True))
REPORTED_LOSS_BEFORE_LAST_STEP = Mistake(
    "xor-reported-loss-before-last-step", "the loss before the last step returned, where the stopping test uses the "
    "loss after it",
    "the loss to report is L of the params returned: the one computed after the last step, which the stopping test "
    "already uses.",
    _slipping(reported_before=True))


def _correct_broadcast(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    run = _train(seed, eta, max_epochs, tol, max_restarts)
    return {**run, "correct": int(np.sum((run["predictions"] > 0.5) == ref.XOR_TARGETS))}  # (4,) against (4, 1)


CORRECT_BROADCAST = Mistake(
    "xor-correct-broadcast", "correct counted as sum((p > 0.5) == y) with p (4,) and y (4, 1): a (4, 4) comparison",
    "compare the four predictions with the four targets as arrays of the same shape (print both shapes): a (4,) "
    "against a (4, 1) broadcasts to 16 comparisons.",
    _correct_broadcast)
BIAS_GRADIENT_AVERAGED = Mistake(
    "xor-bias-gradient-averaged", "the bias gradients averaged over the 4 patterns on top of the 1/4 in the deltas",
    "the deltas already hold the 1/4 of the mean loss: a bias gradient is the sum of its deltas over the patterns.",
    _slipping(bias_step=0.25))


def _step_then_test(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    """train_xor that measures L, steps, then tests the L it measured: one step past the first params below tol,
    with that stale L reported."""
    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        params, epoch = init_params([2, 2, 1], rng, scheme="xavier"), 0
        while epoch < max_epochs:
            value, grads = mlp_loss_and_grads(ref.XOR_INPUTS, ref.XOR_TARGETS, params, ref.ACTIVATIONS, loss="bce")
            params, epoch = sgd_step(params, grads, eta), epoch + 1
            if value < tol:
                break
        else:
            value = mlp_loss_and_grads(ref.XOR_INPUTS, ref.XOR_TARGETS, params, ref.ACTIVATIONS, loss="bce")[0]
        if value < tol:
            break
    p = predict(ref.XOR_INPUTS, params, ref.ACTIVATIONS)[:, 0]
    return {"epochs": epoch, "restarts": restart, "loss": float(value), "predictions": p,
            "correct": int(np.sum((p > 0.5) == ref.XOR_TARGETS[:, 0].astype(bool))), "params": params}


TESTED_AFTER_STEPS = Mistake(
    "xor-tol-tested-after-steps-only", "L < tol tested only after a gradient step, never on a start's fresh draw",
    "test the params before each step, the fresh draw included: a start already below tol stops at 0 epochs.",
    _slipping(tested_after_steps=True))
STEP_THEN_TEST = Mistake(
    "xor-steps-before-testing-the-loss", "the loss measured, a step taken, then that (stale) loss tested against tol",
    "test L of the current params before stepping: the run stops at the first params with L < tol and reports "
    "their L, not the params one step later with the L of the step before.",
    _step_then_test)
W2_STD_FAN_IN = Mistake(
    "xor-init-w2-std-fan-in", "W2 drawn with std sqrt(1/2) (its fan-in alone) instead of Xavier's sqrt(2/3)",
    "Xavier averages both fans: W2 (2, 1) has variance 2 / (2 + 1), std sqrt(2/3).",
    _slipping(w2_std=np.sqrt(1 / 2)))
BEST_FAILED_START = Mistake(
    "xor-returns-best-failed-start",
    "when no start reaches tol, the start of lowest loss returned instead of the final one",
    "the run reports the final start (its params, loss and epochs) whether or not it reached tol.",
    _slipping(keep_best=True))
BEST_FAILED_START_INDEX = Mistake(
    "xor-returns-best-failed-start-and-its-index",
    "the start of lowest loss returned when no start reaches tol, with its own index as restarts",
    "the run reports the final start (its params, loss and epochs) whether or not it reached tol, and restarts "
    "counts every fresh draw made.",
    _slipping(keep_best=True, best_index=True))
MSE_LOSS = Mistake(
    "xor-mse-loss", "the XOR network trained and judged on the mean squared error",
    "the course trains this network on the binary cross-entropy of its output probability.",
    _slipping(loss="mse"))

SUMMED_LOSS_STEPS = Mistake(
    "xor-gradient-of-summed-loss", "the output delta p - y without the 1/4: the gradient of the summed loss, steps 4 "
    "times too large",
    "L is the mean over the 4 patterns: the 1/4 of the mean stays in the output delta.",
    lambda seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10: _train(seed, 4 * eta, max_epochs, tol, max_restarts))
BY_PATTERN = Mistake(
    "xor-pattern-by-pattern-steps", "each epoch's step made pattern by pattern (online, the PDP's learning by "
    "pattern), each pattern's term of the mean loss in turn, instead of one full-batch step",
    "the docstring's step is one gradient step on the mean loss over all four patterns at once: compute every "
    "pattern's delta with the same weights, average, then update once per epoch.",
    _slipping(by_pattern=True))
TANH_HIDDEN_DERIVATIVE = Mistake(
    "xor-hidden-delta-tanh-derivative", "the hidden delta with tanh's derivative 1 - A1^2 for the sigmoid hidden layer",
    "the hidden units are sigmoids, not tanh: use the sigmoid's derivative, written in their output A1.",
    _slipping(hidden_grads=_tanh_hidden_derivative))
BIPOLAR_HIDDEN_DERIVATIVE = Mistake(
    "xor-hidden-delta-bipolar-derivative", "the hidden delta with the bipolar sigmoid's derivative 0.5 (1 + A1)(1 - A1) "
    "(Fausett's f' for f = 2 / (1 + e^-x) - 1) for the binary sigmoid hidden layer",
    "0.5 (1 + f)(1 - f) belongs to the sigmoid whose values run from -1 to 1; these hidden units run from 0 to 1: use "
    "their own derivative, written in their output A1.",
    _slipping(hidden_grads=_bipolar_hidden_derivative))
HIDDEN_DELTA_NOT_THROUGH_W2 = Mistake(
    "xor-hidden-delta-not-through-w2", "the hidden delta d2 * A1 (1 - A1), the output delta not sent back through W2 "
    "(its one column broadcast over both hidden units)",
    "the output delta reaches hidden unit j through its weight W2[j]: multiply by W2^T before the sigmoid's "
    "derivative (a (4, 1) delta broadcasts over the (4, 2) hidden layer without an error).",
    _slipping(hidden_grads=_hidden_delta_not_through_w2))
SIGMOID_GRADIENT_OF_ACTIVATION = Mistake(
    "xor-hidden-delta-sigmoid-gradient-of-activation", "the hidden delta with sigmoidGradient(A1), the sigmoid's "
    "derivative taken at the activation A1 instead of at its pre-activation Z1 (Octave ex4's sigmoidGradient(a2))",
    "sigmoid'(z) = s(z) (1 - s(z)) is evaluated at the pre-activation z; written in the output A1 = s(Z1) it is "
    "A1 (1 - A1): passing A1 to a sigmoid derivative applies the sigmoid twice.",
    _slipping(hidden_grads=_hidden_grads(_sigmoid_gradient)))
BIASES_DRAWN = Mistake(
    "xor-init-biases-drawn", "the biases drawn from the rng too (b1 after W1, b2 after W2, standard normal)",
    "every start draws W1, then W2, and nothing else: b1 = b2 = 0, so the draws of W2 and of every later start "
    "come where the reference's come.",
    _slipping(bias_std=1.0))
STDS_SWAPPED = Mistake(
    "xor-init-stds-swapped", "W1 drawn with std sqrt(2/3) and W2 with sqrt(2/4): the two layers' stds swapped",
    "Xavier's std depends on each layer's own fans: work out n_in + n_out for W1 (2, 2) and for W2 (2, 1).",
    _slipping(stds=(np.sqrt(2 / 3), np.sqrt(2 / 4))))

NGUYEN_WIDROW = Mistake(
    "xor-init-nguyen-widrow", "the weights drawn by Fausett's Nguyen-Widrow rule (uniform, each hidden unit's weights "
    "rescaled to 0.7 sqrt(2), the biases drawn too) instead of the docstring's Xavier normal draws",
    "the docstring fixes each start's draws: W1, then W2, standard normal times sqrt(2/4) and sqrt(2/3), and zero "
    "biases; any other rule, however good, gives other numbers from the same seed.",
    _slipping(nguyen_widrow=True))
LOSS_UNCLIPPED = Mistake(
    "xor-loss-from-logits-unclipped", "L computed from the output's logits (a stable sigmoid cross-entropy) without "
    "the docstring's clip of p to [1e-12, 1 - 1e-12]",
    "the docstring's L clips p to [1e-12, 1 - 1e-12], so a saturated wrong output costs at most -log(1e-12) = 27.6 "
    "per pattern: compute L from p, clipped, even where the logits would give a larger loss.",
    _slipping(unclipped="logits"))
LOG_UNCLIPPED = Mistake(
    "xor-loss-log-of-unclipped-p", "L computed as log p and log(1 - p) without the docstring's clip of p to "
    "[1e-12, 1 - 1e-12]: inf once an output saturates to exactly 0 or 1",
    "the docstring's L clips p to [1e-12, 1 - 1e-12] before the logs: a saturated output is exactly 0 or 1 in "
    "float64, and log(0) is -inf (with a RuntimeWarning).",
    _slipping(unclipped="log"))
XAVIER_UNIFORM = Mistake(
    "xor-init-xavier-uniform", "the weights drawn from Xavier's uniform form (Keras' default glorot_uniform) instead "
    "of its normal form",
    "the docstring fixes the normal draws: W1 = sqrt(2/4) * rng.standard_normal((2, 2)), then W2 = sqrt(2/3) * "
    "rng.standard_normal((2, 1)); a uniform draw of the same variance gives other numbers from the same seed.",
    _slipping(uniform=True))


def _logic(params, on_hidden=None, rows=False, rename=True, on_z=False, reshaped=False, output_bias=True,
           network_squashed=True):
    """hidden_logic with the usual slips switchable: a frame for the wrong variants below."""
    W1 = params["W1"].T if rows else params["W1"]
    squash = (lambda z: z) if on_z else (lambda z: 1 / (1 + np.exp(-z)))
    hidden = squash(ref.XOR_INPUTS @ W1 + params["b1"])
    read_on = {None: ref.XOR_INPUTS, "rounded": np.round(hidden), "real": hidden,
               "mirrored": ref.XOR_INPUTS[:, ::-1]}[on_hidden]
    out = squash(read_on @ params["W2"] + (params["b2"] if output_bias else 0.0))
    table = lambda v: tuple(int(x > 0.5) for x in v)
    network = predict(ref.XOR_INPUTS, params, ref.ACTIVATIONS if network_squashed else ["identity", "sigmoid"])[:, 0]
    output = ref.BOOLEAN_FUNCTIONS[table(out[:, 0])]
    units = hidden.reshape(2, 4) if reshaped else hidden.T
    return {"hidden": [ref.BOOLEAN_FUNCTIONS[table(unit)] for unit in units],
            "output": output.replace("x", "h") if rename else output,
            "network": ref.BOOLEAN_FUNCTIONS[table(network)]}


OUTPUT_ON_NETWORK_HIDDEN = Mistake(
    "xor-logic-output-on-network-hidden-values", "the output unit read on the network's own hidden values, rounded",
    "name the output as a function of (h1, h2): evaluate it on the four binary patterns (0,0), (0,1), (1,0), (1,1).",
    lambda params: _logic(params, on_hidden="rounded"))
OUTPUT_FROM_NETWORK = Mistake(
    "xor-logic-output-from-network-outputs", "the output unit read on the network's real hidden values: its table is "
    "the whole network's",
    "name the output as a function of (h1, h2): evaluate it on the four binary patterns (0,0), (0,1), (1,0), (1,1), "
    "not on the hidden values the inputs give.",
    lambda params: _logic(params, on_hidden="real"))
OUTPUT_MIRRORED = Mistake(
    "xor-logic-output-read-h2-first", "the output unit read on the patterns in (h2, h1) order: the mirrored name",
    "the four binary hidden patterns go in (h1, h2) order: (0,0), (0,1), (1,0), (1,1), h1 first.",
    lambda params: _logic(params, on_hidden="mirrored"))
UNITS_AS_ROWS = Mistake(
    "xor-logic-units-as-rows", "the hidden units taken as the rows of W1",
    "W1 is (2 inputs, 2 units): hidden unit j is column j.",
    lambda params: _logic(params, rows=True))
HIDDEN_RESHAPED = Mistake(
    "xor-logic-hidden-reshaped-not-transposed",
    "the (4, 2) hidden outputs reshaped to (2, 4) instead of transposed: each unit's table mixes both units",
    "hidden unit j is column j of the (4 patterns, 2 units) outputs; a reshape keeps the row-major order, so its "
    "first row holds patterns (0,0) and (0,1) of both units.",
    lambda params: _logic(params, reshaped=True))
THRESHOLD_ON_Z = Mistake(
    "xor-logic-threshold-on-z", "the units' pre-activations z thresholded at 0.5 instead of their sigmoid outputs",
    "a unit is on when its output sigmoid(z) is above 0.5, that is when z > 0 (not z > 0.5).",
    lambda params: _logic(params, on_z=True))
OUTPUT_WITHOUT_BIAS = Mistake(
    "xor-logic-output-without-bias", "the output unit read on the binary hidden patterns without its bias b2",
    "the output unit computes sigmoid(h W2 + b2): its bias belongs in its truth table as in the forward pass.",
    lambda params: _logic(params, output_bias=False))
NETWORK_WITHOUT_HIDDEN_SIGMOID = Mistake(
    "xor-logic-network-without-hidden-sigmoid", "the whole network evaluated with the hidden pre-activations "
    "X W1 + b1 fed to the output, the hidden sigmoid left out",
    "the network's name comes from its real forward pass: the output unit reads the hidden units' sigmoid values.",
    lambda params: _logic(params, network_squashed=False))
OUTPUT_IN_X = Mistake(
    "xor-logic-output-named-in-x", "the output's function named in x1, x2 instead of h1, h2",
    "the output unit's inputs are the hidden units: name its function in h1 and h2.",
    lambda params: _logic(params, rename=False))


def _network_on_rounded_hidden(params):
    """hidden_logic whose "network" runs the output unit on the hidden values thresholded at 0.5, not the real ones."""
    hidden = 1 / (1 + np.exp(-(ref.XOR_INPUTS @ params["W1"] + params["b1"])))
    out = 1 / (1 + np.exp(-((hidden > 0.5) @ params["W2"] + params["b2"])))
    return {**_logic(params), "network": ref.BOOLEAN_FUNCTIONS[tuple(int(x > 0.5) for x in out[:, 0])]}


NETWORK_ON_ROUNDED_HIDDEN = Mistake(
    "xor-logic-network-on-rounded-hidden", "the whole network evaluated on the hidden values rounded to 0/1",
    "the network's name comes from the real forward pass: the output unit on the hidden units' real sigmoid values.",
    _network_on_rounded_hidden)


# a name stands for its truth table: the relation finder compares the rows where a student's unit is on with the
# right unit's (grader/relations/texts.py); the output's names (in h1, h2) read as the same tables
_TABLES = {name: table for table, name in ref.BOOLEAN_FUNCTIONS.items()}
reads(ref.hidden_logic, lambda name: _TABLES.get(name.replace("h", "x")),
      "the truth-table rows (0,0), (0,1), (1,0), (1,1) where it is 1", ("(0,0)", "(0,1)", "(1,0)", "(1,1)"))


@functools.cache
def trained(seed):
    """The params of the run from `seed` at the defaults. A seed of FIRST_START_LEARNS stops in its first start, so
    its run is the one with max_restarts 0 that the behaviour check's hidden seed makes: one training for both (planning
    xor for 40 students in one grader: 34.5 -> 27.9 ms a submission)."""
    return cached_train_xor(seed, **({"max_restarts": 0} if seed in FIRST_START_LEARNS else {}))["params"]


def _unit_weights():
    """Truth table -> (w1, w2, b) of a unit computing it with |z| >= 5 on every binary pattern: the 14 tables a
    single unit can compute (all but XOR and XNOR)."""
    units = {}
    for w1, w2, b in itertools.product((-20.0, -10.0, 0.0, 10.0, 20.0), (-20.0, -10.0, 0.0, 10.0, 20.0),
                                       (-15.0, -10.0, -5.0, 5.0, 10.0, 15.0)):
        z = ref.XOR_INPUTS @ np.array([w1, w2]) + b
        if np.all(np.abs(z) >= 5):
            units.setdefault(tuple(int(v > 0) for v in z), (w1, w2, b))
    return units


# (hidden unit 1, hidden unit 2, output unit) truth tables of saturated networks, one per boolean function of the
# whole network (in BOOLEAN_FUNCTIONS order): between them every one of the 16 names is some network's, and each of
# the 14 a unit can compute is some hidden unit's and some output's (tests/grader/test_spec_xor.py checks it)
TABLES = (("0000", "1000", "0000"), ("1100", "1101", "0100"), ("0100", "0010", "0101"), ("1110", "0011", "1101"),
          ("1010", "1011", "1000"), ("1111", "0101", "0001"), ("0111", "0001", "0010"), ("0000", "1000", "1010"),
          ("0000", "1000", "0111"), ("1000", "1110", "1011"), ("1101", "0101", "1110"), ("0100", "0000", "1100"),
          ("1100", "0000", "0011"), ("0000", "1101", "0100"), ("0000", "1110", "0100"), ("0000", "0000", "1111"))


def every_table():
    """The networks of TABLES, each unit's weights from _unit_weights."""
    units = _unit_weights()
    networks = []
    for h1, h2, out in TABLES:
        (a1, a2, c1), (d1, d2, c2), (o1, o2, c3) = (units[tuple(map(int, t))] for t in (h1, h2, out))
        networks.append(({"W1": np.array([[a1, d1], [a2, d2]]), "b1": np.array([c1, c2]),
                          "W2": np.array([[o1], [o2]]), "b2": np.array([c3])},))
    return tuple(networks)


def logic_cases(rng):
    """Two of POOL trained networks (each trained once per process: training costs 10 to 40 ms) and two
    random unsaturated ones (weights of a few units: the hidden values reaching the output lie between 0 and 1)."""
    # the trained seeds drawn first, as before the random networks came, so earlier draws stay as they were; a pool
    # network is every student's and the public examples' alike (tests/release/test_no_solutions.py counts the
    # pool as public)
    seeds = rng.choice(POOL, size=2, replace=False)
    random = [({"W1": 6.0 * rng.standard_normal((2, 2)), "b1": 4.0 * rng.standard_normal(2),
                "W2": 6.0 * rng.standard_normal((2, 1)), "b2": 4.0 * rng.standard_normal(1)},) for _ in range(2)]
    return [(trained(int(seed)),) for seed in seeds] + random


def refilled_networks(rng):
    """Two random unsaturated networks named differently: the second call gets the first call's params dict, its
    arrays refilled in place (a caller training one dict in place and naming it again)."""
    while True:
        pair = [({"W1": 6.0 * rng.standard_normal((2, 2)), "b1": 4.0 * rng.standard_normal(2),
                  "W2": 6.0 * rng.standard_normal((2, 1)), "b2": 4.0 * rng.standard_normal(1)},) for _ in range(2)]
        if ref.hidden_logic(*pair[0]) != ref.hidden_logic(*pair[1]):
            return pair


# the scenarios' reference runs depend only on their (hashable) arguments: train each once per process, and for
# `mlptutor check` once per grader version (grader/diskcache.py): a repeated check loads this spec (trained(0))
# in 8 ms of CPU instead of 35 (0.23x, alternating runs, 2026-12-05); its plans are kept too (grader/commands.py)
cached_train_xor = functools.lru_cache(maxsize=256)(diskcache.memoised("xor-runs", ref.train_xor))

# How a student makes each mistake: in the correct solution tests/solutions/xor.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "xor-loss-log-of-unclipped-p": Edit("    p = np.clip(p, 1e-12, 1 - 1e-12)\n    return", "    return"),
    "xor-loss-from-logits-unclipped": Edit(
        "            loss = _loss(_forward(XOR_INPUTS, params)[1])",
        "            z = _forward(XOR_INPUTS, params)[0] @ params[\"W2\"] + params[\"b2\"]\n"
        "            loss = float(np.mean(np.maximum(z, 0) - z * XOR_TARGETS + np.log1p(np.exp(-np.abs(z)))))"),
    "xor-tol-tested-after-steps-only": Edit(
        "            if loss < tol or epoch == max_epochs:\n"
        "                break\n"
        "            grads = _gradients(params)\n"
        "            params = {k: params[k] - eta * grads[k] for k in params}\n"
        "        if loss < tol:\n"
        "            break",
        "            if loss < tol and epoch > 0 or epoch == max_epochs:\n"
        "                break\n"
        "            grads = _gradients(params)\n"
        "            params = {k: params[k] - eta * grads[k] for k in params}\n"
        "        if loss < tol and epoch > 0:\n"
        "            break"),
    "xor-pattern-by-pattern-steps": Edit(
        "            grads = _gradients(params)\n"
        "            params = {k: params[k] - eta * grads[k] for k in params}",
        "            for i in range(len(XOR_INPUTS)):\n"
        "                x, t = XOR_INPUTS[i:i + 1], XOR_TARGETS[i:i + 1]\n"
        "                A1, p = _forward(x, params)\n"
        "                d2 = (p - t) / len(XOR_INPUTS)\n"
        "                d1 = d2 @ params[\"W2\"].T * A1 * (1 - A1)\n"
        "                grads = {\"W1\": x.T @ d1, \"b1\": d1.sum(axis=0),\n"
        "                         \"W2\": A1.T @ d2, \"b2\": d2.sum(axis=0)}\n"
        "                params = {k: params[k] - eta * grads[k] for k in params}"),
    "xor-gradient-of-summed-loss": Edit("    d2 = (p - XOR_TARGETS) / len(XOR_INPUTS)", "    d2 = p - XOR_TARGETS"),
    "xor-hidden-delta-sigmoid-gradient-of-activation": Edit(
        "    d1 = d2 @ params[\"W2\"].T * A1 * (1 - A1)",
        "    d1 = d2 @ params[\"W2\"].T * _sigmoid(A1) * (1 - _sigmoid(A1))"),
    "xor-hidden-delta-not-through-w2": Edit("    d1 = d2 @ params[\"W2\"].T * A1 * (1 - A1)",
                                            "    d1 = d2 * A1 * (1 - A1)"),
    "xor-hidden-delta-bipolar-derivative": Edit("    d1 = d2 @ params[\"W2\"].T * A1 * (1 - A1)",
                                                "    d1 = d2 @ params[\"W2\"].T * 0.5 * (1 + A1) * (1 - A1)"),
    "xor-init-nguyen-widrow": Edit(
        "        params = {\"W1\": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), \"b1\": np.zeros(2),\n"
        "                  \"W2\": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), \"b2\": np.zeros(1)}",
        "        v = rng.uniform(-0.5, 0.5, (2, 2))\n"
        "        beta = 0.7 * np.sqrt(2.0)\n"
        "        params = {\"W1\": beta * v / np.linalg.norm(v, axis=0), \"b1\": rng.uniform(-beta, beta, 2),\n"
        "                  \"W2\": rng.uniform(-0.5, 0.5, (2, 1)), \"b2\": rng.uniform(-0.5, 0.5, 1)}"),
    "xor-hidden-delta-tanh-derivative": Edit("    d1 = d2 @ params[\"W2\"].T * A1 * (1 - A1)",
                                             "    d1 = d2 @ params[\"W2\"].T * (1 - A1 ** 2)"),
    "xor-init-xavier-uniform": Edit(
        "params = {\"W1\": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), \"b1\": np.zeros(2),\n"
        "                  \"W2\": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), \"b2\": np.zeros(1)}",
        "params = {\"W1\": rng.uniform(-np.sqrt(6 / 4), np.sqrt(6 / 4), (2, 2)), \"b1\": np.zeros(2),\n"
        "                  \"W2\": rng.uniform(-np.sqrt(6 / 3), np.sqrt(6 / 3), (2, 1)), \"b2\": np.zeros(1)}"),
    "xor-init-stds-swapped": Edit(
        "params = {\"W1\": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), \"b1\": np.zeros(2),\n"
        "                  \"W2\": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), \"b2\": np.zeros(1)}",
        "params = {\"W1\": np.sqrt(2 / 3) * rng.standard_normal((2, 2)), \"b1\": np.zeros(2),\n"
        "                  \"W2\": np.sqrt(2 / 4) * rng.standard_normal((2, 1)), \"b2\": np.zeros(1)}"),
    "xor-logic-network-on-rounded-hidden": Edit(
        "\"network\": BOOLEAN_FUNCTIONS[_table(_forward(XOR_INPUTS, params)[1][:, 0])]",
        "\"network\": BOOLEAN_FUNCTIONS[_table(_sigmoid((hidden > 0.5) @ params[\"W2\"] + params[\"b2\"])[:, 0])]"),
    "xor-epochs-off-by-one": Edit("{\"epochs\": epoch,", "{\"epochs\": epoch + 1,"),
    "xor-epochs-summed-over-starts": Edit("{\"epochs\": epoch,", "{\"epochs\": epoch + restart * max_epochs,"),
    "xor-restarts-count-starts": Edit("\"restarts\": restart,", "\"restarts\": restart + 1,"),
    "xor-one-restart-too-many": Edit("    for restart in range(max_restarts + 1):\n        params =",
                                     "    for restart in range(max_restarts + 2):\n        params ="),
    "xor-restarts-count-and-cap-starts": Edit("    for restart in range(max_restarts + 1):\n        params =",
                                              "    for restart in range(1, max(max_restarts, 1) + 1):\n        params ="),
    "xor-one-restart-too-few": Edit("    for restart in range(max_restarts + 1):\n        params =",
                                    "    for restart in range(max_restarts):\n        params ="),
    "xor-correct-broadcast": Edit("correct = int(np.sum((p > 0.5) == XOR_TARGETS[:, 0].astype(bool)))",
                                  "correct = int(np.sum((p > 0.5) == XOR_TARGETS))"),
    "xor-loss-before-last-step": Edit("            loss = _loss(_forward(XOR_INPUTS, params)[1])\n",
                                      "            if epoch < max_epochs or epoch == 0:\n"
                                      "                loss = _loss(_forward(XOR_INPUTS, params)[1])\n"),
    "xor-reported-loss-before-last-step": Edit(
        "            grads = _gradients(params)\n"
        "            params = {k: params[k] - eta * grads[k] for k in params}\n"
        "        if loss < tol:\n"
        "            break\n",
        "            reported = loss\n"
        "            grads = _gradients(params)\n"
        "            params = {k: params[k] - eta * grads[k] for k in params}\n"
        "        if loss < tol:\n"
        "            break\n"
        "    loss = reported if epoch else loss\n"),
    "xor-restart-new-seed": Edit(
        "    rng = np.random.default_rng(seed)\n    for restart in range(max_restarts + 1):\n",
        "    for restart in range(max_restarts + 1):\n        rng = np.random.default_rng(seed + restart)\n"),
    "xor-stops-at-tol": Edit(
        "            if loss < tol or epoch == max_epochs:\n"
        "                break\n"
        "            grads = _gradients(params)\n"
        "            params = {k: params[k] - eta * grads[k] for k in params}\n"
        "        if loss < tol:\n",
        "            if loss <= tol or epoch == max_epochs:\n"
        "                break\n"
        "            grads = _gradients(params)\n"
        "            params = {k: params[k] - eta * grads[k] for k in params}\n"
        "        if loss <= tol:\n"),
    "xor-bias-gradient-averaged": Edit(
        "\"b1\": d1.sum(axis=0), \"W2\": A1.T @ d2, \"b2\": d2.sum(axis=0)}",
        "\"b1\": d1.mean(axis=0), \"W2\": A1.T @ d2, \"b2\": d2.mean(axis=0)}"),
    "xor-logic-output-read-h2-first": Edit(
        "    on_patterns = _sigmoid(XOR_INPUTS @ params[\"W2\"] + params[\"b2\"])[:, 0]",
        "    on_patterns = _sigmoid(XOR_INPUTS[:, ::-1] @ params[\"W2\"] + params[\"b2\"])[:, 0]"),
    "xor-restart-reseeds": Edit(
        "    rng = np.random.default_rng(seed)\n    for restart in range(max_restarts + 1):\n",
        "    for restart in range(max_restarts + 1):\n        rng = np.random.default_rng(seed)\n"),
    "xor-output-delta-of-squared-error": Edit(
        "    d2 = (p - XOR_TARGETS) / len(XOR_INPUTS)\n", "    d2 = (p - XOR_TARGETS) / len(XOR_INPUTS) * p * (1 - p)\n"),
    "xor-output-sensitivity-of-squared-error": Edit(
        "    d2 = (p - XOR_TARGETS) / len(XOR_INPUTS)\n",
        "    d2 = 2 * (p - XOR_TARGETS) * p * (1 - p) / len(XOR_INPUTS)\n"),
    "xor-hidden-delta-without-sigmoid-derivative": Edit(
        "    d1 = d2 @ params[\"W2\"].T * A1 * (1 - A1)\n", "    d1 = d2 @ params[\"W2\"].T\n"),
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
    "xor-logic-output-from-network-outputs": Edit(
        "    on_patterns = _sigmoid(XOR_INPUTS @ params[\"W2\"] + params[\"b2\"])[:, 0]",
        "    on_patterns = _sigmoid(hidden @ params[\"W2\"] + params[\"b2\"])[:, 0]"),
    "xor-logic-output-without-bias": Edit(
        "    on_patterns = _sigmoid(XOR_INPUTS @ params[\"W2\"] + params[\"b2\"])[:, 0]",
        "    on_patterns = _sigmoid(XOR_INPUTS @ params[\"W2\"])[:, 0]"),
    "xor-logic-network-without-hidden-sigmoid": Edit(
        "\"network\": BOOLEAN_FUNCTIONS[_table(_forward(XOR_INPUTS, params)[1][:, 0])]",
        "\"network\": BOOLEAN_FUNCTIONS[_table(_sigmoid((XOR_INPUTS @ params[\"W1\"] + params[\"b1\"]) @ params[\"W2\"]"
        " + params[\"b2\"])[:, 0])]"),
    "xor-hidden-delta-through-updated-w2": Edit(
        "            grads = _gradients(params)\n"
        "            params = {k: params[k] - eta * grads[k] for k in params}\n",
        "            A1, p = _forward(XOR_INPUTS, params)\n"
        "            d2 = (p - XOR_TARGETS) / len(XOR_INPUTS)\n"
        "            params = {**params, \"W2\": params[\"W2\"] - eta * A1.T @ d2, \"b2\": params[\"b2\"] - eta * d2.sum(axis=0)}\n"
        "            d1 = d2 @ params[\"W2\"].T * A1 * (1 - A1)\n"
        "            params = {**params, \"W1\": params[\"W1\"] - eta * XOR_INPUTS.T @ d1, \"b1\": params[\"b1\"] - eta * d1.sum(axis=0)}\n"),
    "xor-logic-units-as-rows": Edit(
        "    hidden = _sigmoid(XOR_INPUTS @ params[\"W1\"] + params[\"b1\"])",
        "    hidden = _sigmoid(XOR_INPUTS @ params[\"W1\"].T + params[\"b1\"])"),
    "xor-logic-output-named-in-x": Edit(".replace(\"x\", \"h\")", ""),
    "xor-logic-hidden-reshaped-not-transposed": Edit(
        "[BOOLEAN_FUNCTIONS[_table(hidden[:, j])] for j in range(hidden.shape[1])]",
        "[BOOLEAN_FUNCTIONS[_table(unit)] for unit in hidden.reshape(2, 4)]"),
    "xor-init-w1-drawn-transposed": Edit("np.sqrt(2 / 4) * rng.standard_normal((2, 2))",
                                         "(np.sqrt(2 / 4) * rng.standard_normal((2, 2))).T"),
    "xor-init-layer-2-first": Edit(
        "        params = {\"W1\": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), \"b1\": np.zeros(2),\n"
        "                  \"W2\": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), \"b2\": np.zeros(1)}",
        "        W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))\n"
        "        params = {\"W1\": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), \"b1\": np.zeros(2),\n"
        "                  \"W2\": W2, \"b2\": np.zeros(1)}"),
    "xor-steps-before-testing-the-loss": Edit(
        "        for epoch in range(max_epochs + 1):\n"
        "            loss = _loss(_forward(XOR_INPUTS, params)[1])\n"
        "            if loss < tol or epoch == max_epochs:\n"
        "                break\n"
        "            grads = _gradients(params)\n"
        "            params = {k: params[k] - eta * grads[k] for k in params}\n",
        "        epoch = 0\n"
        "        while epoch < max_epochs:\n"
        "            loss = _loss(_forward(XOR_INPUTS, params)[1])\n"
        "            grads = _gradients(params)\n"
        "            params = {k: params[k] - eta * grads[k] for k in params}\n"
        "            epoch += 1\n"
        "            if loss < tol:\n"
        "                break\n"
        "        else:\n"
        "            loss = _loss(_forward(XOR_INPUTS, params)[1])\n"),
    "xor-init-biases-drawn": Edit(
        "params = {\"W1\": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), \"b1\": np.zeros(2),\n"
        "                  \"W2\": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), \"b2\": np.zeros(1)}",
        "params = {\"W1\": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), \"b1\": rng.standard_normal(2),\n"
        "                  \"W2\": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), \"b2\": rng.standard_normal(1)}"),
    "xor-init-w2-std-fan-in": Edit("\"W2\": np.sqrt(2 / 3) * rng.standard_normal((2, 1))",
                                   "\"W2\": np.sqrt(1 / 2) * rng.standard_normal((2, 1))"),
    "xor-returns-best-failed-start": Edit(
        "        if loss < tol:\n"
        "            break\n",
        "        if restart == 0 or loss < best[0]:\n"
        "            best = (loss, epoch, params)\n"
        "        if loss < tol:\n"
        "            break\n"
        "    loss, epoch, params = best\n"),
    "xor-returns-best-failed-start-and-its-index": Edit(
        "        if loss < tol:\n"
        "            break\n",
        "        if restart == 0 or loss < best[0]:\n"
        "            best = (loss, epoch, restart, params)\n"
        "        if loss < tol:\n"
        "            break\n"
        "    loss, epoch, restart, params = best\n"),
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


def _loss_term(targets):
    """One term of a run's reported loss, the mean cross-entropy of its returned params: the patterns with y = 1
    (-y log p) or y = 0 (-(1 - y) log(1 - p)), from the run's own (cached) result."""
    def value(*args):
        p = np.clip(cached_train_xor(*args)["predictions"], 1e-12, 1 - 1e-12)
        y = ref.XOR_TARGETS[:, 0]
        return float(-np.mean(y * np.log(p)) if targets else -np.mean((1 - y) * np.log1p(-p)))
    return value


# the reported loss adds up two terms, each a pattern class's (the relation finder's terms, on the picked loss)
TERMS = {"train_xor": (Term("y log p", _loss_term(1)), Term("(1 - y) log(1 - p)", _loss_term(0)))}


SPEC = ExerciseSpec("xor", (
    # cheap runs first, each check's cheapest scenario first. A relation is sought among the calls of one pick
    # (grader.relations.naming): the weights and the losses of the runs without a step, the specified runs'
    # whole results (pick None), and the learning runs' (pick (), the whole result too), whose tries of changed
    # arguments each cost up to a start of 2000 steps and are made only on what fits the short run first
    FunctionSpec("train_xor", cached_train_xor, (
        # the weights and the loss of runs without a step, picked, in checks of their own: a row's failure is
        # related on the calls of its first pick
        *(BehaviourCheck(check, 0.5, scenarios=tuple(
            Scenario(f"no step from seed {seed}", judge, args=Case((seed,), dict(INITIAL)), pick=(what,), validate=False)
            for seed in (14, 20, 6)))
          for check, what, judge in (("initial-weights", "params", same_params), ("initial-loss", "loss", same_loss))),
        BehaviourCheck("specified-run", 1.0, scenarios=(
            Scenario("no step from seed 14", same_run, args=Case((14,), dict(INITIAL)), validate=False),
            Scenario("3 epochs", same_run, args=Case((4,), dict(SHORT)), validate=False),
            Scenario("3 epochs after a failed start", same_run, args=Case((4,), {**SHORT, "max_restarts": 1}),
                     validate=False),
            Scenario("3 epochs from each of the default 11 starts of the default seed", same_run,
                     args=Case((), {"max_epochs": 3}), validate=False),
            # the first start is below tol before any step (its L is under 1): 0 epochs
            Scenario("tol 5, above the first start's loss", same_run, args=Case((14,), {**SHORT, "tol": 5.0}),
                     validate=False),
            # one step of eta 200 from seed 4's unsaturated draw saturates every output at 1: L clips p there
            # (13.8 = 2 * 27.6 / 4), a loss from the logits does not; the step itself is every student's
            Scenario("one step of eta 200: the outputs saturate", same_run,
                     args=Case((4,), {"eta": 200.0, "max_epochs": 1, "max_restarts": 0}), validate=False),
        )),
        BehaviourCheck("behaviour", 2.0, scenarios=(
            Scenario("3 epochs, one restart", reports_short_run, args=Case((4,), {**SHORT, "max_restarts": 1}),
                     pick=(), validate=False),
            # pick None (not the learning runs' ()): related with the cheap specified runs, not beside 2000-step runs
            Scenario("tol equal to the first start's loss", stops_below_tol, args=Case((14,), dict(AT_TOL)),
                     validate=False),
            Scenario("seed 1, no restart", learns_xor, args=Case((1,), {"max_restarts": 0}), pick=(), validate=False),
            Scenario("a hidden seed, no restart", learns_xor, pick=(), validate=False,
                     draw=lambda rng: Case((int(rng.choice(FIRST_START_LEARNS)),), {"max_restarts": 0}, hidden=True)),
        )),
    ), (EPOCHS_OFF_BY_ONE, MSE_LOSS, LAYER_2_FIRST, W1_TRANSPOSED, VARIANCE_AS_STD, RESTARTS_REDRAW_THE_FIRST_START,
        HIDDEN_DELTA_WITHOUT_DERIVATIVE, SQUARED_ERROR_STEPS, RESTARTS_FROM_NEW_SEEDS, EPOCHS_SUMMED_OVER_STARTS,
        RESTARTS_COUNT_STARTS, BIAS_GRADIENT_AVERAGED, W2_STD_FAN_IN, BEST_FAILED_START, ONE_RESTART_TOO_MANY,
        ONE_RESTART_TOO_FEW, STARTS_COUNTED_AND_CAPPED,
        LOSS_BEFORE_LAST_STEP, REPORTED_LOSS_BEFORE_LAST_STEP, CORRECT_BROADCAST,
        STEP_THEN_TEST, TESTED_AFTER_STEPS, SUMMED_LOSS_STEPS, BY_PATTERN, TANH_HIDDEN_DERIVATIVE,
        HIDDEN_DELTA_NOT_THROUGH_W2, SIGMOID_GRADIENT_OF_ACTIVATION, STDS_SWAPPED, STOPS_AT_TOL, BIASES_DRAWN,
        XAVIER_UNIFORM, NGUYEN_WIDROW,
        BIPOLAR_HIDDEN_DERIVATIVE, THROUGH_UPDATED_W2, BEST_FAILED_START_INDEX, SQUARED_ERROR_SENSITIVITY_STEPS,
        LOSS_UNCLIPPED, LOG_UNCLIPPED)),
    FunctionSpec("hidden_logic", ref.hidden_logic, (
        ValueCheck("value", 2.0, fixed=((COURSE,), (trained(0),), (SOFT,), (UNSATURATED,), *every_table()),
                   hidden=logic_cases),
        # a tuple, planned once per grader as the other specs' large inputs: this check planned in 5 us instead of 79
        # (CPU, median of 2000 alternating plans)
        HygieneCheck("hygiene", 1.0, extreme=((HUGE,),)),
        BehaviourCheck("reuse", 0.5, scenarios=(
            Scenario("params refilled in place", kept_by_object, draw=refilled_networks, several=True, refill=True,
                     validate=False),)),
    ), (OUTPUT_ON_NETWORK_HIDDEN, OUTPUT_FROM_NETWORK, OUTPUT_MIRRORED, UNITS_AS_ROWS, OUTPUT_IN_X, THRESHOLD_ON_Z,
        NETWORK_ON_ROUNDED_HIDDEN, HIDDEN_RESHAPED, OUTPUT_WITHOUT_BIAS, NETWORK_WITHOUT_HIDDEN_SIGMOID)),
), edits=EDITS, terms=TERMS)
