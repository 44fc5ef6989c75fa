"""Spec of exercises/regularization.py: L2 penalty, its gradient, the weight-decay step, inverted dropout.

Dropout is judged by what defines it, so any mask drawn from the given
generator passes: on every input, out = A * mask with each mask entry 0 or
1 / (1 - p) (the identity in eval mode); on 5000 units, each unit of each
example dropped on its own draw (the counts per unit and per example scatter
no more than independent binomials allow: grader.checks.statistical's
dispersion_tail), a fraction p dropped (a binomial test) and, over ten calls,
a number dropped that strays from size * p as binomials do, not a fixed count
(concentration_tail, the lower tail); the same seed
gives the same output and another seed another one (the mask comes from
rng, not np.random). Wrong ones are named in the message (no rescale, p as
keep probability, active or scaled at eval, one mask row for the batch).
Dropout's backward is judged on the reference forward's mask; a backward
that drops other units than the mask, or uses it unscaled, is named.
"""

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.checks.cases import Case, Inputs
from mlptutor.grader.checks.gradient import GradientCheck
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.shape import ShapeCheck
from mlptutor.grader.checks.statistical import dispersion_tail, squared_deviation_log_mgf
from mlptutor.grader.checks.tolerance import allclose, within
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.relations.terms import Term
from mlptutor.grader.sandbox import RNG
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs.optim import floats
from mlptutor.grader.specs._draw import SIZES
from mlptutor.grader.specs._generators import seed
from mlptutor.grader.specs._networks import every_network, keys_check, network, shaped_like
from mlptutor.reference import regularization as ref

# w = 4, eta = 0.1, lambda = 0.01, zero data gradient: 0.999 * 4 = 3.996 (the bias is not decayed)
DECAY_EXAMPLE = ({"W1": np.array([[4.0]]), "b1": np.array([4.0])}, {"W1": np.zeros((1, 1)), "b1": np.zeros(1)}, 0.1, 0.01)

# a batch-norm layer's gamma and beta beside W1, b1: no weights either, so a rule "every key but the biases" (not
# k.startswith("b")) that penalises gamma shows here, where the W<l>/b<l> networks hide it
BATCH_NORM_PARAMS = {"W1": np.array([[1.0, -2.0], [0.5, 1.0]]), "b1": np.array([0.5, -0.5]),
                     "gamma1": np.array([1.5, 0.5]), "beta1": np.array([0.2, -0.1])}
BATCH_NORM_LAYER = (BATCH_NORM_PARAMS, 0.1)
BATCH_NORM_STEP = (BATCH_NORM_PARAMS, {"W1": np.array([[0.5, 0.5], [-1.0, 0.0]]), "b1": np.array([1.0, 0.5]),
                                       "gamma1": np.array([0.25, -0.5]), "beta1": np.array([0.5, 1.0])}, 0.1, 0.5)
# biases stored as rows (1, n), Andrew Ng's and CS231n's layout, and a W of one output: a rule by the number of
# axes (torch's "no decay on 1-D parameters", ndim >= 2) instead of the key penalises these biases
ROW_BIAS_PARAMS = {"W1": np.array([[0.5, -1.0], [2.0, 0.25]]), "b1": np.array([[1.5, -0.5]]),
                   "W2": np.array([[1.0], [-2.0]]), "b2": np.array([[0.75]])}
ROW_BIAS_LAYER = (ROW_BIAS_PARAMS, 0.2)
ROW_BIAS_STEP = (ROW_BIAS_PARAMS, {"W1": np.array([[0.5, 0.5], [-1.0, 0.0]]), "b1": np.array([[1.0, 0.5]]),
                                   "W2": np.array([[0.25], [-0.5]]), "b2": np.array([[2.0]])}, 0.1, 0.5)


def penalty_case(rng, architecture=0):
    return network(rng, architecture), float(rng.uniform(0.01, 1.0))


def step_case(rng, architecture=0):
    params = network(rng, architecture)
    return params, shaped_like(params, rng), float(rng.uniform(0.01, 0.5)), float(rng.uniform(0.01, 1.0))


def dict_checks(make, fixed=()):
    """Shape, values (and on `fixed`) and hygiene (warnings, dtype), on hidden cases of every architecture."""
    inputs = Inputs("inputs", every_network(make))
    return (
        ShapeCheck("shape", 1.0, sizes=inputs),
        ValueCheck("value", 2.0, fixed=fixed, hidden=inputs),
        HygieneCheck("hygiene", 1.0, inputs=inputs),
    )


PENALTY_BY_NDIM = Mistake(
    "l2-penalty-by-ndim", "every array of two or more axes penalised (torch's \"no decay on 1-D parameters\"), not "
    "the keys starting with 'W'",
    "the docstring names the weights by their keys (starting with 'W'): a bias stored as a row (1, n) has two axes "
    "and is still not penalised.",
    lambda params, lam: float(lam / 2 * sum(np.sum(np.square(v)) for v in params.values() if np.ndim(v) >= 2)))
DECAY_BY_NDIM = Mistake(
    "weight-decay-by-ndim", "every array of two or more axes decayed (torch's \"no decay on 1-D parameters\"), not "
    "the keys starting with 'W'",
    "the weights are the keys starting with 'W': a bias stored as a row (1, n) has two axes and is still only "
    "stepped, not decayed.",
    lambda params, grads, eta, lam: {k: (1 - eta * lam) * v - eta * grads[k] if np.ndim(v) >= 2 else v - eta * grads[k]
                                     for k, v in floats(params).items()})
PENALTY_ON_BIASES = Mistake(
    "l2-penalty-on-biases", "the L2 penalty summed over the biases too",
    "weight decay shrinks the weights only; the biases are not penalised (keys starting with 'W').",
    lambda params, lam: float(lam / 2 * sum(np.sum(np.square(v)) for v in params.values())))
PENALTY_NO_HALF = Mistake(
    "l2-penalty-no-half", "the L2 penalty without its factor 1/2",
    "the course's penalty is (lambda / 2) times the sum of squares, so that its gradient is lambda W.",
    lambda params, lam: 2 * ref.l2_penalty(params, lam))
PENALTY_NORMS = Mistake(
    "l2-penalty-norms-not-squared", "the L2 penalty as (lambda / 2) sum ||W_l||, the norms not squared",
    "the penalty adds up the squares of the weights: (lambda / 2) sum ||W_l||^2, not the norms themselves.",
    lambda params, lam: float(lam / 2 * sum(np.linalg.norm(v) for k, v in params.items() if k.startswith("W"))))
PENALTY_SPECTRAL = Mistake(
    "l2-penalty-spectral-norm", "the squared spectral norm ||W||_2^2 of each matrix, np.linalg.norm(W, 2), instead of "
    "the sum of its squared entries",
    "for a matrix np.linalg.norm(W, 2) is its largest singular value; the penalty needs every entry squared and "
    "summed (the squared Frobenius norm).",
    lambda params, lam: float(lam / 2 * sum(np.linalg.norm(v, 2) ** 2 if np.ndim(v) == 2 else np.sum(np.square(v))
                                            for k, v in params.items() if k.startswith("W"))))
PENALTY_L1 = Mistake(
    "l2-penalty-l1", "the penalty (lambda / 2) sum |W|, the L1 norm instead of the sum of squares",
    "the L2 penalty squares every weight: (lambda / 2) sum_l sum(W_l^2); absolute values make the L1 penalty.",
    lambda params, lam: float(lam / 2 * sum(np.sum(np.abs(v)) for k, v in params.items() if k.startswith("W"))))
PENALTY_SQUARE_OF_SUM = Mistake(
    "l2-penalty-square-of-sum", "the penalty (lambda / 2) (sum W)^2, the square of each matrix's sum",
    "square each weight, then add: sum(W ** 2), not sum(W) ** 2 (which lets positive and negative weights cancel).",
    lambda params, lam: float(lam / 2 * sum(np.sum(v) ** 2 for k, v in params.items() if k.startswith("W"))))
# Raschka's NeuralNetMLP: L2_term = l2 * (np.sum(w_h ** 2) + np.sum(w_out ** 2)), two weight matrices by name
PENALTY_FIRST_TWO = Mistake(
    "l2-penalty-first-two-layers", "the L2 penalty of W1 and W2 only (a two-layer network's weights by name)",
    "params may hold any number of layers: add up the squares of every weight matrix, each key starting with 'W'.",
    lambda params, lam: float(lam / 2 * sum(np.sum(np.square(params[k])) for k in ("W1", "W2") if k in params)))
PENALTY_MEAN = Mistake(
    "l2-penalty-mean-of-squares", "the L2 penalty from the mean squared weight of each matrix instead of the sum",
    "the penalty adds up the squares of every weight, (lambda / 2) sum_l sum(W_l^2): np.sum, not np.mean (a mean "
    "weighs each matrix by one over its size).",
    lambda params, lam: float(lam / 2 * sum(np.mean(np.square(v)) for k, v in params.items() if k.startswith("W"))))
GRADIENT_ON_BIASES = Mistake(
    "l2-gradient-on-biases", "the L2 gradient applied to the biases too",
    "the biases are not in the penalty, so its gradient with respect to them is 0.",
    lambda params, lam: {k: lam * np.asarray(v, dtype=float) for k, v in params.items()})
GRADIENT_NO_LAMBDA = Mistake(
    "l2-gradient-no-lambda", "the L2 gradient without the factor lambda",
    "lambda scales the penalty, so it scales its gradient too.",
    lambda params, lam: ref.l2_gradient(params, 1.0))
GRADIENT_TWO = Mistake(
    "l2-gradient-factor-2", "the L2 gradient with an extra factor 2 (2 lambda W)",
    "the 1/2 in (lambda / 2) sum W^2 cancels the 2 from differentiating the square.",
    lambda params, lam: ref.l2_gradient(params, 2 * lam))
GRADIENT_OVER_ROWS = Mistake(
    "l2-gradient-over-rows", "lambda / m times each weight matrix, m its number of rows (the (lambd / m) W of a "
    "course whose penalty is averaged over m examples)",
    "this penalty, (lambda / 2) sum W^2, is averaged over no batch, and a matrix's rows are no number of examples: "
    "what does differentiating it give?",
    lambda params, lam: {k: g / len(g) if k.startswith("W") else g for k, g in ref.l2_gradient(params, lam).items()})
GRADIENT_SCALAR_ZERO = Mistake(
    "l2-gradient-bias-scalar-zero", "a bare 0.0 for every bias instead of an array of zeros of the bias's shape",
    "the gradient dict mirrors params key by key: each entry has its parameter's shape, an array even where every "
    "entry is 0 (a bias updated with this gradient must stay an array).",
    lambda params, lam: {k: v if k.startswith("W") else 0.0 for k, v in ref.l2_gradient(params, lam).items()})
# Geron's Ridge penalty alpha / 2 sum(theta[1:] ** 2) and its gradient alpha * theta[1:] (theta_0 the bias, in the
# first row of a weight matrix with a column of ones in X): here b is a key of its own, so the slice spares real weights
FIRST_ROW_HINT = ("W holds no bias row here: the biases are the keys starting with 'b', and every entry of W, its "
                  "first row included, is in the penalty")
PENALTY_FIRST_ROW = Mistake(
    "l2-penalty-first-row-spared", "the L2 penalty without the first row of each weight matrix (theta[1:], as if "
    "that row held the bias)", f"{FIRST_ROW_HINT}.",
    lambda params, lam: float(lam / 2 * sum(np.sum(np.square(v[1:])) for k, v in floats(params).items()
                                            if k.startswith("W"))))
GRADIENT_FIRST_ROW = Mistake(
    "l2-gradient-first-row-spared", "lambda W with the first row of each weight matrix left at 0 (theta[1:], as if that "
    "row held the bias)", f"{FIRST_ROW_HINT}, so the gradient is lambda W whole.",
    lambda params, lam: {k: np.vstack([np.zeros_like(g[:1]), g[1:]]) if k.startswith("W") else g
                         for k, g in ref.l2_gradient(params, lam).items()})
NOT_BIAS_HINT = ("the weights are the keys starting with 'W'; every other parameter, a batch-norm layer's gamma and "
                 "beta as well as the biases, is left out: test key.startswith('W'), not 'no bias'.")
PENALTY_ALL_BUT_B = Mistake(
    "l2-penalty-every-key-but-b", "every key not starting with 'b' penalised (gamma of a batch-norm layer too), not "
    "only the keys starting with 'W'", NOT_BIAS_HINT,
    lambda params, lam: float(lam / 2 * sum(np.sum(np.square(v)) for k, v in params.items() if not k.startswith("b"))))
GRADIENT_ALL_BUT_B = Mistake(
    "l2-gradient-every-key-but-b", "lambda times every parameter not starting with 'b' (gamma of a batch-norm layer "
    "too), not only the weights", NOT_BIAS_HINT,
    lambda params, lam: {k: np.zeros_like(v) if k.startswith("b") else lam * v for k, v in floats(params).items()})
DECAY_ALL_BUT_B = Mistake(
    "weight-decay-every-key-but-b", "every parameter not starting with 'b' decayed (gamma of a batch-norm layer too), "
    "not only the weights", NOT_BIAS_HINT,
    lambda params, grads, eta, lam: {k: (v if k.startswith("b") else (1 - eta * lam) * v) - eta * grads[k]
                                     for k, v in floats(params).items()})
DECAY_SIGN = Mistake(
    "weight-decay-wrong-sign", "weight decay that grows the weights, (1 + eta lambda) W",
    "the penalty's gradient lambda W is subtracted like any gradient, so the weights shrink.",
    lambda params, grads, eta, lam: ref.weight_decay_step(params, grads, eta, -lam))
DECAY_ON_BIASES = Mistake(
    "weight-decay-on-biases", "weight decay applied to the biases too",
    "only the weights (keys starting with 'W') are decayed; the biases take a plain gradient step.",
    lambda params, grads, eta, lam: {k: (1 - eta * lam) * params[k] - eta * grads[k] for k in params})
DECAY_AFTER_STEP = Mistake(
    "weight-decay-after-the-step", "the decay applied after the gradient step, (1 - eta lambda)(W - eta g)",
    "both terms come from the gradient at the current W: W - eta (g + lambda W); decaying the stepped W adds "
    "eta^2 lambda g.",
    lambda params, grads, eta, lam: {k: (1 - eta * lam) * (params[k] - eta * grads[k]) if k.startswith("W")
                                     else params[k] - eta * grads[k] for k in params})
DECAY_NO_ETA = Mistake(
    "weight-decay-without-eta", "weight decay as (1 - lambda) W, without the learning rate",
    "the decay term is part of the gradient, so the learning rate multiplies it too.",
    lambda params, grads, eta, lam: ref.weight_decay_step(params, grads, eta, lam / eta))


def _dropout(A, p, rng, mode, keep_probability=False, scale_eval=False, train_at_eval=False, rescale=True,
             shared=False, below=False, cached_keep=False, scale_by_p=False, below_p=False):
    """Dropout with the usual slips switchable: a frame for the wrong variants below. `below` keeps a unit when its
    draw u < 1 - p instead of the reference's u >= p; `below_p` keeps it when u < p (the comparison turned, the scale
    left at 1 / (1 - p)); `cached_keep` scales out right but caches the 0/1 keep mask;
    `scale_by_p` drops right but divides the kept units by p (inf at p = 0, quietly here as a student's gives)."""
    if mode == "eval" and not train_at_eval:
        mask = np.full(np.shape(A), 1 - p if scale_eval else 1.0)
    else:
        u = np.broadcast_to(rng.random(np.shape(A)[-1]), np.shape(A)) if shared else rng.random(np.shape(A))
        keep = u < p if keep_probability or below_p else (u < 1 - p) if below else u >= p
        with np.errstate(divide="ignore", invalid="ignore"):
            mask = keep / ((p if keep_probability or scale_by_p else 1 - p) if rescale else 1.0)
        if cached_keep:
            return A * mask, {"mask": keep.astype(np.float64)}
    return A * mask, {"mask": mask}


def _dropout_slip(id, title, hint, **slip):
    """The slip with the reference's mask rule (keep u >= p), and with deeplearning.ai's and CS231n's
    keep = rng.random(shape) < keep_prob, i.e. u < 1 - p: a rule the docstring allows as well, whose masks differ
    from the reference's, so a slip made with it is only reproduced with it."""
    return (Mistake(id, title, hint, lambda A, p, rng, mode="train": _dropout(A, p, rng, mode, **slip)),
            Mistake(f"{id}-keep-below", f"{title} (the mask keeping a unit where its uniform draw is below 1 - p)", hint,
                    lambda A, p, rng, mode="train": _dropout(A, p, rng, mode, below=True, **slip)))


DROPOUT_NO_RESCALE = _dropout_slip(
    "dropout-no-rescale", "inverted dropout without the 1 / (1 - p) scaling of the kept units",
    "with units dropped the expected activation shrinks by (1 - p): scale the survivors so it stays the same.",
    rescale=False)
DROPOUT_SCALED_AT_EVAL = _dropout_slip(
    "dropout-scaled-at-eval", "dropout scaling the activations by (1 - p) at evaluation",
    "with inverted dropout the scaling happens in training, so evaluation is the identity.",
    scale_eval=True)
# the original dropout of Srivastava et al. (2014), not inverted: the two slips above made together
DROPOUT_NOT_INVERTED = _dropout_slip(
    "dropout-not-inverted", "the original (non-inverted) dropout: kept units unscaled in training, the activations "
    "scaled by (1 - p) at evaluation",
    "that is the 2014 paper's dropout; the docstring's is inverted: the survivors are scaled by 1 / (1 - p) in "
    "training, so evaluation is the identity.",
    rescale=False, scale_eval=True)
DROPOUT_AT_EVAL = _dropout_slip(
    "dropout-active-at-eval", "units dropped in eval mode too",
    "dropout is a training-time regulariser: in eval mode every unit is kept.",
    train_at_eval=True)
DROPOUT_ONE_MASK = _dropout_slip(
    "dropout-one-mask-for-batch", "one mask row drawn and shared by every example of the batch",
    "each unit of each example is dropped on its own draw: draw a mask of A's whole shape, not one row for all.",
    shared=True)
# deeplearning.ai caches D and divides by keep_prob again in its backward
DROPOUT_CACHED_KEEP = _dropout_slip(
    "dropout-mask-cached-unscaled", "out scaled right, but the 0/1 keep mask cached instead of keep / (1 - p)",
    "dropout_backward multiplies dout by cache[\"mask\"]: cache the very numbers out was multiplied by, the kept "
    "units' 1 / (1 - p) included.",
    cached_keep=True)
DROPOUT_SCALED_BY_P = _dropout_slip(
    "dropout-scaled-by-p", "units dropped with probability p, but the kept ones scaled by 1 / p",
    "p is the probability of DROPPING a unit, so a unit is kept with probability 1 - p: scale the kept ones by "
    "1 / (1 - p) so that the expected activation stays the same.",
    scale_by_p=True)
DROPOUT_P_KEEPS = Mistake(
    "dropout-p-as-keep-probability", "p used as the probability of keeping a unit",
    "here p is the probability of DROPPING a unit: a unit survives when its uniform draw is at least p.",
    lambda A, p, rng, mode="train": _dropout(A, p, rng, mode, keep_probability=True))
# the comparison alone turned (u < p keeps), the scale right: the behaviour row sees 1 - p of the units dropped
DROPOUT_KEPT_BELOW_P = Mistake(
    "dropout-kept-below-p", "a unit kept where its uniform draw is below p, so dropped with probability 1 - p",
    "a draw u below p happens with probability p, the chance of DROPPING a unit: keep the units whose draw is at "
    "least p.",
    lambda A, p, rng, mode="train": _dropout(A, p, rng, mode, below_p=True))
# every (slip, slip made with u < 1 - p) pair of _dropout_slip, for their Edits
DROPOUT_SLIPS = (DROPOUT_NO_RESCALE, DROPOUT_SCALED_BY_P, DROPOUT_SCALED_AT_EVAL, DROPOUT_AT_EVAL, DROPOUT_ONE_MASK,
                 DROPOUT_CACHED_KEEP, DROPOUT_NOT_INVERTED)
BACKWARD_UNSCALED = Mistake(
    "dropout-backward-unscaled", "dropout's backward with the 0/1 keep mask instead of the scaled mask",
    "the forward multiplied by the scaled mask, so the gradient goes back through the same numbers.",
    lambda dout, cache: dout * (np.asarray(cache["mask"]) > 0))

BACKWARD_DIVIDES = Mistake(
    "dropout-backward-divides-by-mask", "dropout's backward dividing by the mask instead of multiplying",
    "the forward multiplied by the mask, so by the chain rule the gradient is multiplied by the same numbers "
    "(a dropped unit's 0 then gives 0, not a division by 0).",
    lambda dout, cache: _quiet_divide(dout, np.asarray(cache["mask"])))


def _quiet_divide(a, b):
    with np.errstate(divide="ignore", invalid="ignore"):
        return a / b


def _kept_scale(mask: np.ndarray, p: float) -> str | None:
    """What is wrong with the values of a train-mode mask, naming the slip; None when each is 0 or 1 / (1 - p)."""
    # return_counts: np.unique's plain call asks np.ma.is_masked, whose first use imports numpy.ma (7 ms of CPU
    # in a cold `mlptutor check`, 2026-12-05); the values are the same (sorted, the NaNs as one)
    kept = np.unique(mask[mask != 0], return_counts=True)[0]
    if allclose(kept, 1 / (1 - p)):
        return None
    if mask.size > 1 and np.all(mask == 1):
        return ("nothing dropped and nothing scaled in train mode: each unit must be dropped with "
                "probability p and the kept ones scaled by 1 / (1 - p)")
    if np.allclose(kept, 1.0):
        return ("no rescale: the kept units are multiplied by 1, but inverted dropout scales them by "
                "1 / (1 - p) so that the expected activation stays the same")
    if np.allclose(kept, 1 - p):
        return "kept units multiplied by (1 - p) instead of divided by it: inverted dropout scales them by 1 / (1 - p)"
    if p and np.allclose(kept, 1 / p):  # whether the drop rule took p for keeping too, the behaviour row tells
        return ("the kept units are scaled by 1 / p instead of 1 / (1 - p): in the scale p is taken as the keep "
                "probability, where it is the probability of dropping a unit")
    return (f"the mask holds {', '.join(f'{v:.4g}' for v in kept[:3])}: each entry must be 0 (dropped) "
            f"or 1 / (1 - p) = {1 / (1 - p):.4g} (kept)")


def _eval_problem(out: np.ndarray, mask: np.ndarray, A: np.ndarray, p: float) -> str | None:
    """What is wrong in eval mode, naming the slip; None for the identity with a mask of ones."""
    if np.array_equal(out, A) and np.all(mask == 1):
        return None
    if np.allclose(mask, 1 - p):
        return ("scaled at eval: the activations are multiplied by (1 - p) in eval mode; with inverted "
                "dropout the scaling happens in training and eval mode is the identity")
    if np.any(mask == 0) or np.any((out == 0) & (A != 0)):
        return "active at eval: units are dropped in eval mode; dropout only acts in training"
    return "eval mode must return A unchanged with a mask of ones: no dropping and no scaling"


def dropout_values(value, expected, case):
    """Any correct mask rule: out = A * mask, each mask entry 0 or 1 / (1 - p); the identity in eval mode."""
    (out, cache), (A, p) = value, case.args[:2]
    mask = cache["mask"]
    if case.kwargs.get("mode", "train") == "eval":
        return _eval_problem(out, mask, A, p)
    if problem := _kept_scale(mask, p):
        if _kept_scale(mask / (1 - p), p) is None and allclose(out, A * mask / (1 - p)):
            return ("out is scaled right, but the cache's mask holds the 0/1 keep flags: cache the scaled mask "
                    "keep / (1 - p), the numbers out was multiplied by (dropout_backward multiplies by it)")
        return problem
    if not allclose(out, A * mask):
        return "out must be A * mask, with the mask returned in the cache"
    return None


def drops_fraction_p(value, expected, case):
    """A fraction p of the units dropped, within 5 binomial standard errors; names p taken as keep probability."""
    out, p = value[0], case.args[1]
    dropped = float(np.mean(out == 0))
    if abs(dropped - p) <= 5 * np.sqrt(p * (1 - p) / out.size):
        return None
    if abs(dropped - (1 - p)) <= 5 * np.sqrt(p * (1 - p) / out.size):
        return (f"p taken as the keep probability: {dropped:.1%} of the units were dropped with p = {p}; "
                f"p is the probability of dropping a unit")
    return f"{dropped:.1%} of the units were dropped with p = {p}: each unit must be dropped with probability p"


# a correct mask fails the independence test with probability below 2 * 1e-10 (one bound per direction;
# tests/grader/test_spec_regularization.py computes the exact tails at the thresholds)
INDEPENDENCE_ALPHA = 1e-10


def drops_independently(value, expected, case):
    """Each unit of each example dropped on its own draw: the number of examples in which each unit is
    dropped (and of units dropped in each example) scatters as independent binomials do, not more (a mask
    that drops a fixed count per example scatters less, and passes). Names a mask shared by the examples."""
    dropped, p = value[0] == 0, case.args[1]
    n, k = dropped.shape
    if dispersion_tail(dropped.sum(axis=0), n, p) < INDEPENDENCE_ALPHA:
        same = " (every example got the same mask)" if (dropped == dropped[0]).all() else ""
        return (f"units are not dropped independently across the examples{same}: the number of examples in "
                "which each unit is dropped varies far more than independent draws allow; draw one number per "
                "entry, e.g. rng.random(A.shape)")
    if dispersion_tail(dropped.sum(axis=1), k, p) < INDEPENDENCE_ALPHA:
        same = " (each example is dropped or kept whole)" if (dropped == dropped[:, :1]).all() else ""
        return (f"units are not dropped independently within an example{same}: the number of units dropped "
                "in each example varies far more than independent draws allow; draw one number per entry, "
                "e.g. rng.random(A.shape)")
    return None


def concentration_tail(counts, trials: int, p: float) -> float:
    """An upper bound on the chance that m independent Binomial(trials, p) counts C_j all lie as close to
    trials p as `counts` do: P(sum_j (C_j - trials p)^2 <= the observed sum) <= exp(s t) E[exp(-s X)]^m for every
    s >= 0, X = (C - trials p)^2 (Chernoff, the lower tail; statistical.dispersion_tail bounds the upper one).
    Counts held at trials p by a rule (a fixed number dropped) give about P(C = trials p)^m."""
    counts = np.asarray(counts, dtype=np.float64).ravel()
    t = float(np.sum(np.square(counts - trials * p)))
    s, log_mgf = squared_deviation_log_mgf(trials, p, 1e-7, 100.0, 120, -1.0)
    return float(np.exp(min(0.0, np.min(s * t + counts.size * log_mgf))))


def count_varies(values, expected, cases):
    """Each unit dropped on its own draw: the number dropped in a call is Binomial(size, p), so over several calls
    it strays from size * p as much as binomials do (a rule that drops a fixed count, round(p * size), or keeps
    one, strays less; a correct mask fails with probability below INDEPENDENCE_ALPHA)."""
    p, size = cases[0].args[1], values[0][0].size
    counts = [int(np.sum(v[0] == 0)) for v in values]
    if concentration_tail(counts, size, p) < INDEPENDENCE_ALPHA:
        return (f"the number of units dropped in {len(counts)} calls on {size} units was {_count_range(counts)}: "
                f"independent draws would scatter around {p * size:g} by about {np.sqrt(size * p * (1 - p)):.0f}; "
                "drop each unit on its own draw with probability p (e.g. rng.random(A.shape) >= p), not a fixed "
                "number of units")
    return None


def _count_range(counts) -> str:
    low, high = min(counts), max(counts)
    return f"{low} every time" if low == high else f"between {low} and {high}"


def survivors_scaled(value, expected, case):
    """On an input of ones every kept unit must come out as 1 / (1 - p)."""
    out, p = value[0], case.args[1]
    return _kept_scale(out, p)


def eval_is_identity(value, expected, case):
    (out, cache), (A, p) = value, case.args[:2]
    return _eval_problem(out, cache["mask"], A, p)


def from_the_generator(values, expected, cases):
    """The same seed gives the same output, another seed another one: the mask comes from `rng` alone."""
    first, again, other = (v[0] for v in values)
    if not np.array_equal(first, again):
        return ("two calls with generators of the same seed gave different masks: draw the mask from the "
                "given rng (not np.random), so that a run can be reproduced")
    if np.array_equal(first, other):
        return ("generators of different seeds gave the same mask: draw the mask from the given rng "
                "(not np.random or a fixed seed)")
    return None


def dropout_case(n, k, rng, p=0.3, mode="train"):
    return Case((rng.normal(size=(n, k)), p, seed(rng)), {"mode": mode})


def dropout_any_shape(shape, rng, p=0.3):
    """Train-mode dropout on A of `shape`: the docstring takes activations of any shape, not only (batch, n)."""
    return Case((rng.normal(size=shape), p, seed(rng)), {"mode": "train"})


def fresh_masks(rng):
    """Ten calls on 2000 units of ones, each with its own seed (p = 0.3: the count of a fixed rule is about
    P(C = 600) ~ 0.02 likely under independent draws, each call)."""
    return [(np.ones((40, 50)), 0.3, seed(rng)) for _ in range(10)]


def same_and_other_seed(rng):
    """Three calls on copies of one input: seeds s, s, and another seed (distinct objects: three calls)."""
    A, s = rng.normal(size=(6, 5)), seed(rng)
    return [(A.copy(), 0.4, RNG(s.seed)), (A.copy(), 0.4, RNG(s.seed)), (A.copy(), 0.4, RNG(s.seed + 1))]


def backward_case(n, k, rng):
    """dA and a mask that keeps some units and drops others (all dropped, the right dA would be all zeros)."""
    cache = ref.dropout_forward(np.ones((n, k)), 0.4, rng)[1]
    while cache["mask"].all() or not cache["mask"].any():
        cache = ref.dropout_forward(np.ones((n, k)), 0.4, rng)[1]
    return rng.normal(size=(n, k)), cache


def kept_or_dropped(out, reference, args, output):
    """The note's test of the student's dropout_forward output: each entry 0 or A / (1 - p) (any mask rule)."""
    A, p = args[0], args[1]
    if type(out) is not np.ndarray or out.shape != np.shape(A):
        return "its output is not an array of A's shape"
    if not np.all((out == 0) | within(out, A / (1 - p))):
        return "its output is not A with some units zeroed and the rest scaled by 1 / (1 - p)"
    return None


def backward_mask_slip(got, expected, cache):
    """Name a backward that does not go back through the cache's mask."""
    dA, mask = got["A"], cache["mask"]
    if not np.array_equal(dA == 0, mask == 0):
        return "different mask: the backward drops other units than the forward did; multiply by cache['mask']"
    if mask.max() > 0 and np.allclose(dA, expected["A"] / mask.max()):
        return "unscaled mask: the backward uses the 0/1 keep mask, but the forward scaled the kept units by 1 / (1 - p)"
    return None


# 5000 units: the dropped fraction is p within 3 percentage points (5 standard errors); p != 1/2, so p taken
# as the keep probability shows
ONES = np.ones((100, 50))
TRAIN_ON_ONES = Inputs("train on ones", lambda rng: [(ONES, 0.3, seed(rng))])  # one call, three behaviours judged
# hidden inputs at SIZES shared by the checks of each function (dropout: one more in eval mode, and p = 0,
# the edge of the documented range [0, 1): nothing dropped, nothing scaled; then A of one and of three axes, "any
# shape": a mask drawn as (A.shape[0], A.shape[1]) shows)
DROPOUT_INPUTS = Inputs("inputs", lambda rng: [dropout_case(2, 5, rng, p=0.2, mode="eval"),
                                               *(dropout_case(n, k, rng) for n, k in SIZES),
                                               dropout_case(3, 4, rng, p=0.0),
                                               dropout_any_shape((7,), rng), dropout_any_shape((2, 3, 4), rng)])
BACKWARD_INPUTS = Inputs("inputs", lambda rng: [backward_case(n, k, rng) for n, k in SIZES])
DOCUMENTED = Case((np.arange(1.0, 7.0).reshape(2, 3), 0.5, RNG(0)))

# dropout_forward's body in tests/solutions/regularization.py
DROPOUT_BODY = ("    if mode == \"eval\":\n"
                "        mask = np.ones_like(A)\n"
                "    else:\n"
                "        keep = rng.random(A.shape) >= p\n"
                "        mask = keep / (1 - p)\n"
                "    return A * mask, {\"mask\": mask}")
# How a student makes each mistake: in the correct solution tests/solutions/regularization.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "l2-penalty-l1": Edit("np.sum(value ** 2)", "np.sum(np.abs(value))"),
    "l2-penalty-square-of-sum": Edit("np.sum(value ** 2)", "np.sum(value) ** 2"),
    "l2-penalty-first-two-layers": Edit("        if key.startswith(\"W\"):\n            total += np.sum(value ** 2)",
                                        "        if key in (\"W1\", \"W2\"):\n            total += np.sum(value ** 2)"),
    "l2-penalty-on-biases": Edit(
        "        if key.startswith(\"W\"):\n"
        "            total += np.sum(value ** 2)",
        "        total += np.sum(value ** 2)"),
    "l2-penalty-norms-not-squared": Edit("total += np.sum(value ** 2)", "total += np.linalg.norm(value)"),
    "l2-penalty-spectral-norm": Edit(
        "total += np.sum(value ** 2)",
        "total += np.linalg.norm(value, 2) ** 2 if value.ndim == 2 else np.sum(value ** 2)"),
    "l2-penalty-by-ndim": Edit(
        "        if key.startswith(\"W\"):\n            total += np.sum(value ** 2)",
        "        if value.ndim >= 2:\n            total += np.sum(value ** 2)"),
    "weight-decay-by-ndim": Edit(
        "        if key.startswith(\"W\"):\n            new[key] = (1 - eta * lam) * value",
        "        if value.ndim >= 2:\n            new[key] = (1 - eta * lam) * value"),
    "weight-decay-after-the-step": Edit(
        "new[key] = (1 - eta * lam) * value - eta * grads[key]",
        "new[key] = (1 - eta * lam) * (value - eta * grads[key])"),
    "l2-penalty-mean-of-squares": Edit("total += np.sum(value ** 2)", "total += np.mean(value ** 2)"),
    "l2-penalty-first-row-spared": Edit("total += np.sum(value ** 2)", "total += np.sum(value[1:] ** 2)"),
    "l2-penalty-no-half": Edit("return float(lam / 2 * total)", "return float(lam * total)"),
    "l2-gradient-on-biases": Edit(
        "        if key.startswith(\"W\"):\n"
        "            grads[key] = lam * value\n"
        "        else:\n"
        "            grads[key] = np.zeros_like(value)",
        "        grads[key] = lam * value"),
    "l2-gradient-no-lambda": Edit("grads[key] = lam * value", "grads[key] = value"),
    "l2-gradient-bias-scalar-zero": Edit("grads[key] = np.zeros_like(value)", "grads[key] = 0.0"),
    "l2-penalty-every-key-but-b": Edit(
        "        if key.startswith(\"W\"):\n            total += np.sum(value ** 2)",
        "        if not key.startswith(\"b\"):\n            total += np.sum(value ** 2)"),
    "l2-gradient-every-key-but-b": Edit("        if key.startswith(\"W\"):\n            grads[key] = lam * value",
                                        "        if not key.startswith(\"b\"):\n            grads[key] = lam * value"),
    "weight-decay-every-key-but-b": Edit(
        "        if key.startswith(\"W\"):\n            new[key] = (1 - eta * lam) * value",
        "        if not key.startswith(\"b\"):\n            new[key] = (1 - eta * lam) * value"),
    "l2-gradient-over-rows": Edit("grads[key] = lam * value", "grads[key] = lam / value.shape[0] * value"),
    "l2-gradient-factor-2": Edit("grads[key] = lam * value", "grads[key] = 2 * lam * value"),
    "l2-gradient-first-row-spared": Edit("grads[key] = lam * value",
                                         "grads[key] = np.vstack([np.zeros_like(value[:1]), lam * value[1:]])"),
    "weight-decay-wrong-sign": Edit("(1 - eta * lam) * value", "(1 + eta * lam) * value"),
    "weight-decay-on-biases": Edit(
        "            new[key] = value - eta * grads[key]",
        "            new[key] = (1 - eta * lam) * value - eta * grads[key]"),
    "weight-decay-without-eta": Edit("(1 - eta * lam) * value", "(1 - lam) * value"),
    "dropout-no-rescale": Edit("mask = keep / (1 - p)", "mask = keep.astype(np.float64)"),
    "dropout-scaled-at-eval": Edit("mask = np.ones_like(A)", "mask = np.full_like(A, 1 - p)"),
    "dropout-active-at-eval": Edit(
        "    if mode == \"eval\":\n"
        "        mask = np.ones_like(A)\n"
        "    else:\n"
        "        keep = rng.random(A.shape) >= p\n"
        "        mask = keep / (1 - p)",
        "    keep = rng.random(A.shape) >= p\n"
        "    mask = keep / (1 - p)"),
    "dropout-not-inverted": Edit(
        "        mask = np.ones_like(A)\n"
        "    else:\n"
        "        keep = rng.random(A.shape) >= p\n"
        "        mask = keep / (1 - p)",
        "        mask = np.full_like(A, 1 - p)\n"
        "    else:\n"
        "        keep = rng.random(A.shape) >= p\n"
        "        mask = keep.astype(np.float64)"),
    "dropout-scaled-by-p": Edit("mask = keep / (1 - p)", "mask = keep / p"),
    "dropout-p-as-keep-probability": Edit(
        "keep = rng.random(A.shape) >= p\n"
        "        mask = keep / (1 - p)",
        "keep = rng.random(A.shape) < p\n"
        "        mask = keep / p"),
    "dropout-kept-below-p": Edit("keep = rng.random(A.shape) >= p", "keep = rng.random(A.shape) < p"),
    "dropout-one-mask-for-batch": Edit("keep = rng.random(A.shape) >= p",
                                       "keep = np.broadcast_to(rng.random(A.shape[-1]) >= p, A.shape)"),
    "dropout-mask-cached-unscaled": Edit(
        "        mask = keep / (1 - p)\n",
        "        mask = keep / (1 - p)\n        return A * mask, {\"mask\": keep.astype(np.float64)}\n"),
    "dropout-backward-divides-by-mask": Edit("return dout * cache[\"mask\"]", "return dout / cache[\"mask\"]"),
    "dropout-backward-unscaled": Edit("return dout * cache[\"mask\"]", "return dout * (cache[\"mask\"] > 0)"),
}

# each dropout slip made with deeplearning.ai's rule keep = rng.random(A.shape) < 1 - p as well
EDITS.update({below.id: Edit(DROPOUT_BODY, EDITS[slip.id].apply(DROPOUT_BODY).replace(">= p", "< 1 - p"))
              for slip, below in DROPOUT_SLIPS})


# the terms each formula adds up to (grader.relations.terms): a wrong answer may be the right one with a term
# left out, negated, doubled or halved
TERMS = {
    "weight_decay_step": (
        Term("params", lambda params, grads, eta, lam: floats(params)),
        Term("eta * grads", lambda params, grads, eta, lam: {k: -eta * g for k, g in floats(grads).items()}),
        Term("eta * lam * W (the decay)", lambda params, grads, eta, lam: {
            k: -eta * lam * v if k.startswith("W") else np.zeros_like(v) for k, v in floats(params).items()})),
}


SPEC = ExerciseSpec("regularization", (
    FunctionSpec("l2_penalty", ref.l2_penalty, dict_checks(penalty_case, (BATCH_NORM_LAYER, ROW_BIAS_LAYER)),
                 (PENALTY_ALL_BUT_B, PENALTY_BY_NDIM, PENALTY_ON_BIASES, PENALTY_NO_HALF, PENALTY_NORMS,
                  PENALTY_SPECTRAL, PENALTY_MEAN, PENALTY_L1, PENALTY_SQUARE_OF_SUM, PENALTY_FIRST_TWO,
                  PENALTY_FIRST_ROW)),
    FunctionSpec("l2_gradient", ref.l2_gradient,
                 (*dict_checks(penalty_case, (BATCH_NORM_LAYER, ROW_BIAS_LAYER)), keys_check(penalty_case)),
                 (GRADIENT_ON_BIASES, GRADIENT_NO_LAMBDA, GRADIENT_TWO, GRADIENT_SCALAR_ZERO, GRADIENT_ALL_BUT_B,
                  GRADIENT_OVER_ROWS, GRADIENT_FIRST_ROW)),
    FunctionSpec("weight_decay_step", ref.weight_decay_step,
                 (*dict_checks(step_case, (DECAY_EXAMPLE, BATCH_NORM_STEP, ROW_BIAS_STEP)), keys_check(step_case)),
                 (DECAY_SIGN, DECAY_ON_BIASES, DECAY_NO_ETA, DECAY_AFTER_STEP, DECAY_ALL_BUT_B, DECAY_BY_NDIM),
                 fresh="a new dict"),
    FunctionSpec("dropout_forward", ref.dropout_forward, (
        ShapeCheck("shape", 1.0, sizes=DROPOUT_INPUTS),
        # values by what defines dropout, so any mask rule drawing from rng passes
        BehaviourCheck("value", 2.0, scenarios=(
            Scenario("a fixed input", dropout_values, args=DOCUMENTED),
            *(Scenario(f"hidden input {i + 1}", dropout_values, draw=DROPOUT_INPUTS, at=i)
              for i in range(len(SIZES) + 4)),
        )),
        BehaviourCheck("behaviour", 2.0, scenarios=(
            # train mode with p > 0 draws its mask from rng on every call (any rule): a mask kept from an earlier call
            # of the same shape draws nothing, which the reproducibility calls show whatever ran before them
            Scenario("train mode", drops_independently, draw=TRAIN_ON_ONES, draws=True),  # first: names a shared mask
            Scenario("train mode", drops_fraction_p, draw=TRAIN_ON_ONES, draws=True),
            Scenario("train mode", survivors_scaled, draw=TRAIN_ON_ONES, draws=True),
            # and draws nothing: the caller's generator is left as it was
            # the shape of DROPOUT_INPUTS' eval case: a mask of ones kept on the module per shape (a C static
            # buffer) is then handed out again, to two callers
            Scenario("eval mode", eval_is_identity, draw=lambda rng: dropout_case(2, 5, rng, p=0.5, mode="eval"),
                     draws=False),
            Scenario("reproducibility", from_the_generator, draw=same_and_other_seed, several=True, draws=True),
            Scenario("the number dropped", count_varies, draw=fresh_masks, several=True, draws=True),
        )),
        HygieneCheck("hygiene", 1.0, inputs=DROPOUT_INPUTS),
    ), (*DROPOUT_NO_RESCALE, *DROPOUT_SCALED_BY_P, *DROPOUT_SCALED_AT_EVAL, *DROPOUT_AT_EVAL, DROPOUT_P_KEEPS,
        DROPOUT_KEPT_BELOW_P, *DROPOUT_NOT_INVERTED, *DROPOUT_ONE_MASK, *DROPOUT_CACHED_KEEP)),
    FunctionSpec("dropout_backward", ref.dropout_backward, (
        ShapeCheck("shape", 1.0, sizes=BACKWARD_INPUTS),
        ValueCheck("value", 2.0, hidden=BACKWARD_INPUTS),
        # on the reference forward's mask; the student's forward is only looked at for a note
        GradientCheck("gradient", 1.0, forward="dropout_forward", reference_forward=ref.dropout_forward,
                      point=lambda rng: {"A": rng.normal(size=(4, 5))}, forward_args=lambda t: (t["A"], 0.4, RNG(7)),
                      grads=lambda dA: {"A": dA}, forward_agrees=kept_or_dropped, explain=backward_mask_slip),
        HygieneCheck("hygiene", 1.0, inputs=BACKWARD_INPUTS),
    ), (BACKWARD_UNSCALED, BACKWARD_DIVIDES)),
), edits=EDITS, terms=TERMS)
