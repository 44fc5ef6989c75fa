"""Spec of exercises/losses.py: MSE, binary cross-entropy, cross-entropy from logits, and their gradients.

Every loss is summed over the output units and averaged over the batch, so
every gradient carries 1/N; the fixed cases are the course's worked examples.
"""

import numpy as np

from mlptutor.grader.checks.cases import Inputs
from mlptutor.grader.checks.edge import EdgeCheck
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.shape import ShapeCheck
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.relations.terms import Term
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._draw import SIZES
from mlptutor.grader.specs.softmax import CE_NO_MEAN, CE_SIGN, GLOBAL_MAX_SHIFT, LOG_GLOBAL_MAX_SHIFT
from mlptutor.reference import losses as ref
from mlptutor.reference.activations import sigmoid

# y_hat = 1.5, y = 3: L = 1/2 (1.5 - 3)^2 = 1.125
SCALAR_EXAMPLE = (np.array([[1.5]]), np.array([[3.0]]))
# p = 0.99 and p = 0.01 for a positive example: losses 0.01 and 4.6
BCE_EXAMPLE = (np.array([[0.99], [0.01]]), np.array([[1.0], [1.0]]))
# softmax [2, 1, 0.1] = [0.659, 0.242, 0.099], cross-entropy of class 0: 0.417
CE_EXAMPLE = (np.array([[2.0, 1.0, 0.1]]), np.array([[1.0, 0.0, 0.0]]))
# probabilities of exactly 0 and 1: log(0) unless clipped
CERTAIN = (np.array([[0.0, 1.0, 0.5], [1.0, 0.0, 0.3]]), np.array([[1.0, 0.0, 1.0], [1.0, 1.0, 0.0]]))
# P = 0 only where Y = 1 (no P = 1): clipped below only, P is right here; not clipped at all, log(0) is not
CERTAIN_ZEROS = (np.array([[0.0, 0.4], [0.7, 0.2]]), np.array([[1.0, 0.0], [1.0, 0.0]]))
# certain and right (P = 0 with Y = 0, P = 1 with Y = 1): the clipped P in the numerator too gives +-1/N here;
# clipped only in the denominator, the gradient is 0 (beside CERTAIN's 5e11 entries, any tolerance hides that)
CERTAIN_AND_RIGHT = (np.array([[0.0, 1.0], [0.25, 1.0]]), np.array([[0.0, 1.0], [0.0, 1.0]]))
# rows of very different scales (one maximum for the whole batch leaves the third row all exp(-1990) = 0), true
# classes far below their row's maximum (softmax underflows there: log(softmax) gives log(0)), and a row whose
# maximum is 1166 above its mean (a shift by the row mean instead of the maximum overflows exp)
LARGE_LOGITS = (np.array([[1000.0, 999.0, -1000.0], [-5.0, 800.0, 0.0], [-1000.0, -990.0, -995.0],
                          [800.0, -900.0, -1000.0]]),
                np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]]))
# every logit near 750: unshifted, exp overflows; one maximum for the whole batch stays finite and right here,
# which tells that mistake apart from no shift at all
HIGH_LOGITS = (np.array([[750.0, 749.0, 748.0], [745.0, 746.0, 744.0]]), np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]))
# two rows 800 apart, each true class near its own row's maximum: right for log(softmax) shifted per row, while one
# maximum for the whole batch leaves the lower row all exp(-800) = 0 (tells that shift from log of a softmax)
ROWS_APART = (np.array([[1.0, 2.0, 0.0], [-800.0, -799.0, -801.0]]), np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]]))


# large predictions close to their targets: (Y_hat - Y)^2 is exact enough here, while the square expanded as
# Y_hat^2 - 2 Y_hat Y + Y^2 cancels ~1e17 terms down to errors of ~1 and keeps only rounding noise
FAR_AND_CLOSE = (np.array([[1e8 + 0.5, 1e8 - 1.0], [3e8 + 2.0, -2e8]]),
                 np.array([[1e8, 1e8 + 1.5], [3e8, -2e8 - 0.25]]))


def regression(n, k, rng):
    """Y_hat, Y (n, k); k = 1 gives a flat (n,) pair."""
    shape = (n,) if k == 1 else (n, k)
    return rng.normal(size=shape), rng.normal(size=shape)



def probabilities(n, k, rng):
    """P in (0.05, 0.95) and labels Y in {0, 1}, (n, k) or (n,) for k = 1."""
    shape = (n,) if k == 1 else (n, k)
    return rng.uniform(0.05, 0.95, size=shape), rng.integers(0, 2, size=shape).astype(float)



def logits(n, k, rng):
    """Logits Z (n, k) of spread 3 and one-hot Y (n, k), k >= 2."""
    return rng.normal(0.0, 3.0, size=(n, k)), np.eye(k)[rng.integers(0, k, size=n)]



# the module docstring: "An empty batch (N = 0) is no error: a loss is then NaN (the mean of no examples) and a
# gradient has 0 rows"; np.mean of nothing warns on the way, which the docstring does not forbid
EMPTY_BATCH = EdgeCheck("edge", 0.5, fixed=((np.zeros((0, 3)), np.zeros((0, 3))),),
                        what=("an empty batch of shape (0, 3)",), warnings_allowed=True)


def saturated(rng):
    """One more (P, Y) pair (5, 2) whose P is 1e-11 in its first entry and in a random half of the others with label 1
    (a saturated sigmoid, confident and wrong): inside the docstring's clip [1e-12, 1 - 1e-12], so a clip at another
    bound from 1e-10 up, Keras's 1e-7, gives another loss here (-log 1e-7 = 16.1 where 25.3 is due), not only on the
    hygiene's P of 0 and 1. Never 1 - 1e-11, which is 1 in the hygiene's float32 copy (log(1 - P) = log 0 for right
    code too)."""
    P, Y = probabilities(5, 2, rng)
    Y[0, 0] = 1.0  # one saturated entry at least, whatever the draw
    confident = (Y == 1.0) & (rng.random(P.shape) < 0.5)
    confident[0, 0] = True
    return [(np.where(confident, 1e-11, P), Y)]


def loss_checks(draw, fixed, extreme=(), classes=0, more=lambda rng: []):
    """Shape, value (and on `fixed`) and hygiene on hidden pairs at SIZES (classes added to the width), the last
    pair's prediction again with OTHER_TARGETS, then the pairs `more` draws; the hygiene's large inputs are the
    cases `extreme`; the empty batch."""
    inputs = Inputs("inputs", lambda rng: [*_again_with_other_targets([draw(n, k + classes, rng) for n, k in SIZES],
                                                                      OTHER_TARGETS[draw]), *more(rng)])
    return (
        ShapeCheck("shape", 1.0, sizes=inputs),
        ValueCheck("value", 2.0, fixed=fixed, hidden=inputs),
        HygieneCheck("hygiene", 1.0, inputs=inputs, extreme=tuple(extreme) or None),
        EMPTY_BATCH,
    )


# targets unlike a draw's own in every row: negated, flipped labels, each row's class moved on
OTHER_TARGETS = {regression: np.negative, probabilities: lambda Y: 1.0 - Y, logits: lambda Y: np.roll(Y, 1, axis=1)}


def _again_with_other_targets(pairs, other):
    """`pairs`, then the last one's prediction (a copy) with `other` targets, unlike its own in every row: a result
    memoised by the prediction alone (its bytes, as a cache key) kept full marks where no two calls shared it; then
    the targets' other side as the prediction, with the first targets (the shape of the two calls before, other
    values): a result memoised by the shape alone (a dict keyed by Z.shape) kept full marks too."""
    prediction, targets = pairs[-1]
    return [*pairs, (prediction.copy(), other(targets)), (other(prediction), targets)]


def _batch(Y):
    return np.shape(Y)[0]


MSE_NO_HALF = Mistake(
    "mse-no-half", "MSE without the factor 1/2",
    "the course's MSE takes half the squared error, so that its gradient has no factor 2.",
    lambda Y_hat, Y: 2 * ref.mse(Y_hat, Y))
MSE_NO_MEAN = Mistake(
    "mse-no-mean", "MSE summed over the batch instead of averaged",
    "the loss is a mean over the examples: divide the sum by N, the number of rows.",
    lambda Y_hat, Y: ref.mse(Y_hat, Y) * _batch(Y))
MSE_MEAN_ALL = Mistake(
    "mse-mean-over-all-entries", "MSE averaged over every entry instead of over the examples",
    "sum over the output units and average over the batch only: N is the number of rows, not the number of entries.",
    lambda Y_hat, Y: float(0.5 * np.mean((np.asarray(Y_hat) - Y) ** 2)))
MSE_KERAS = Mistake(
    "mse-mean-over-all-entries-no-half", "MSE as Keras' mean_squared_error: the mean over every entry, without the "
    "1/2",
    "the course's MSE is 1/(2N) times the sum of every squared error: half the squared error, averaged over the N "
    "rows only (a framework's MSE averages over the outputs too and drops the 1/2).",
    lambda Y_hat, Y: float(np.mean((np.asarray(Y_hat) - Y) ** 2)))
MSE_LAST_AXIS = Mistake(
    "mse-sum-over-last-axis", "MSE as the mean over rows of the sum over the last axis, so a flat (N,) batch is summed",
    "for a flat (N,) batch the last axis is the batch itself: sum every squared error and divide by N = the "
    "number of rows (shape[0]), whatever the number of axes.",
    lambda Y_hat, Y: float(np.mean(np.sum((np.asarray(Y_hat) - Y) ** 2, axis=-1)) / 2))
# The Elements of Statistical Learning's R(theta) = sum_i sum_k (y_ik - f_k(x_i))^2 (eq. 11.9), taken for the course's
# MSE: neither its 1/2 nor its mean
MSE_SUM_OF_SQUARES = Mistake(
    "mse-sum-of-squared-errors", "the plain sum of squared errors, without the 1/2 and without the mean over the "
    "batch",
    "the course's MSE is 1/(2N) times the sum of squared errors: half of it (so that its gradient has no 2), "
    "averaged over the N rows (a textbook's sum of squares R(theta) has neither).",
    lambda Y_hat, Y: 2 * ref.mse(Y_hat, Y) * _batch(Y))
MSE_ABSOLUTE = Mistake(
    "mse-absolute-error", "the absolute error |Y_hat - Y| where the squared error is due",
    "MSE squares each error; the absolute value gives another loss (the MAE).",
    lambda Y_hat, Y: float(0.5 * np.sum(np.abs(np.asarray(Y_hat) - Y)) / _batch(Y)))
MSE_NOT_SQUARED = Mistake(
    "mse-error-not-squared", "the errors Y_hat - Y summed as they are, never squared",
    "MSE squares each error before adding them up: errors of opposite signs must not cancel out.",
    lambda Y_hat, Y: float(0.5 * np.sum(np.asarray(Y_hat) - Y) / _batch(Y)))
MSE_EXPANDED_SQUARE = Mistake(
    "mse-expanded-square", "the squared error expanded as sum(Y_hat^2) - 2 sum(Y_hat Y) + sum(Y^2)",
    "the expansion subtracts large, nearly equal sums: for large Y_hat close to Y their rounding errors swamp the "
    "small difference. Subtract first, then square: (Y_hat - Y)^2.",
    lambda Y_hat, Y: float((np.sum(Y_hat * Y_hat) - 2 * np.sum(Y_hat * Y) + np.sum(Y * Y)) / (2 * _batch(Y))))
MSE_GRAD_NO_MEAN = Mistake(
    "mse-grad-no-1/N", "MSE gradient without the 1/N of the mean",
    "the loss averages over N examples, so each example's gradient is scaled by 1/N too.",
    lambda Y_hat, Y: np.asarray(Y_hat) - Y)
MSE_GRAD_TWO = Mistake(
    "mse-grad-factor-2", "MSE gradient with a factor 2",
    "the 1/2 in the loss cancels the 2 from differentiating the square.",
    lambda Y_hat, Y: 2 * ref.mse_grad(Y_hat, Y))
MSE_GRAD_SIZE = Mistake(
    "mse-grad-over-size", "MSE gradient divided by the number of entries N*K instead of the batch size N",
    "the loss sums over the K outputs and averages over the N rows only: divide by N = shape[0].",
    lambda Y_hat, Y: (np.asarray(Y_hat) - Y) / np.size(Y_hat))
BCE_NO_CLIP = Mistake(
    "bce-no-clip", "binary cross-entropy on probabilities without clipping",
    "a predicted probability of exactly 0 or 1 puts log(0) into the loss: clip P away from 0 and 1 first.",
    lambda P, Y: float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / _batch(Y)))


def _bce_clipped_below(P, Y):
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-np.sum(Y * np.log(np.clip(P, ref.EPS, None)) + (1 - Y) * np.log(1 - np.asarray(P))) / _batch(Y))


BCE_CLIPPED_BELOW = Mistake(
    "bce-clipped-below-only", "binary cross-entropy with P clipped from below only (no upper bound 1 - 1e-12)",
    "a predicted probability of exactly 1 still puts log(1 - P) = log(0) into the loss: clip P from both sides, "
    "to [1e-12, 1 - 1e-12], before either log.",
    _bce_clipped_below)


def _bce_clipped_at(eps):
    return lambda P, Y: float(-np.sum(Y * np.log(np.clip(P, eps, 1 - eps)) + (1 - Y) * np.log(1 - np.clip(P, eps, 1 - eps)))
                              / _batch(Y))


# P clipped with another library's or a guessed bound instead of the docstring's 1e-12 (Keras' 1e-7, a round 1e-6 or
# 1e-9, ...): only a P nearer 0 or 1 than the bound shows it
OTHER_EPS = (1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-15)
BCE_OTHER_CLIPS = tuple(Mistake(
    f"bce-clip-{eps:g}", f"P clipped to [{eps:g}, 1 - {eps:g}] instead of the docstring's [1e-12, 1 - 1e-12]",
    "clip with the bound the docstring gives, 1e-12: another bound changes the loss of every prediction nearer "
    "0 or 1 than it (a confident mistake's loss is capped at -log(bound)).",
    _bce_clipped_at(eps)) for eps in OTHER_EPS)
BCE_GRAD_OTHER_CLIPS = tuple(Mistake(
    f"bce-grad-clip-{eps:g}", f"the gradient's P clipped to [{eps:g}, 1 - {eps:g}] instead of the docstring's "
    "[1e-12, 1 - 1e-12]",
    "clip with the bound the docstring gives, 1e-12, as bce does: another bound changes the gradient of every "
    "prediction nearer 0 or 1 than it.",
    lambda P, Y, eps=eps: (np.clip(P, eps, 1 - eps) - Y) / (np.clip(P, eps, 1 - eps) * (1 - np.clip(P, eps, 1 - eps)))
    / _batch(Y)) for eps in OTHER_EPS)


def _bce_log_plus(eps):
    return lambda P, Y: float(-np.sum(Y * np.log(np.asarray(P) + eps) + (1 - Y) * np.log(1 - np.asarray(P) + eps))
                              / _batch(Y))


# an eps added inside each log (a blog's np.log(p + 1e-9)) instead of P clipped: every ordinary loss is off a little,
# by about eps / P, and a confident mistake costs -log(eps)
BCE_LOG_PLUS = tuple(Mistake(
    f"bce-log-plus-{eps:g}", f"binary cross-entropy as log(P + {eps:g}) and log(1 - P + {eps:g}) instead of P "
    "clipped to [1e-12, 1 - 1e-12]",
    f"an eps added inside each log shifts every example's loss a little and caps a confident mistake's at "
    f"-log({eps:g}) = {-np.log(eps):.1f}: clip P itself to [1e-12, 1 - 1e-12], as the docstring says, then take "
    "plain logs.",
    _bce_log_plus(eps)) for eps in OTHER_EPS)


def _bce_log_clamped(P, Y):
    with np.errstate(divide="ignore"):
        log_p, log_q = np.maximum(np.log(P), -100.0), np.maximum(np.log(1.0 - np.asarray(P)), -100.0)
    return float(-np.sum(Y * log_p + (1 - Y) * log_q) / _batch(Y))


# PyTorch's F.binary_cross_entropy clamps each log at -100 instead of clipping P: a confident mistake (P = 0 with
# Y = 1) then costs 100, not -log(1e-12) = 27.6
BCE_LOG_CLAMP = Mistake(
    "bce-log-clamped-at-100", "each log clamped at -100 (PyTorch's rule) instead of P clipped to [1e-12, 1 - 1e-12]",
    "the docstring clips P itself to [1e-12, 1 - 1e-12] before the logs, so a confident mistake costs "
    "-log(1e-12) = 27.6; a floor on the log (a framework's -100) gives another value wherever P is nearer 0 or 1 "
    "than 1e-12.",
    _bce_log_clamped)
BCE_NO_MEAN = Mistake(
    "bce-no-mean", "binary cross-entropy summed over the batch instead of averaged",
    "the loss is a mean over the examples: divide the sum by N, the number of rows.",
    lambda P, Y: ref.bce(P, Y) * _batch(Y))
BCE_GRAD_NO_CLIP = Mistake(
    "bce-grad-no-clip", "binary cross-entropy gradient without clipping P",
    "P (1 - P) is 0 when P is exactly 0 or 1: clip P the same way as in the loss before dividing.",
    lambda P, Y: (np.asarray(P) - Y) / (P * (1 - np.asarray(P))) / _batch(Y))
BCE_MEAN_ALL = Mistake(
    "bce-mean-over-all-entries", "binary cross-entropy averaged over every entry instead of over the examples",
    "sum over the output units and average over the batch only: N is the number of rows, not the number of entries.",
    lambda P, Y: float(-np.mean(Y * np.log(_clipped(P)) + (1 - Y) * np.log(1 - _clipped(P)))))
BCE_GRAD_NUMERATOR_UNCLIPPED = Mistake(
    "bce-grad-numerator-unclipped", "binary cross-entropy gradient with P clipped in the denominator only",
    "clip P once, before the whole formula: (P - Y) uses the clipped P too, as the loss does.",
    lambda P, Y: (np.asarray(P) - Y) / (_clipped(P) * (1 - _clipped(P))) / _batch(Y))
BCE_LOG1P_OF_P = Mistake(
    "bce-log1p-of-p", "binary cross-entropy with log1p(P), which is log(1 + P), for log(1 - P)",
    "np.log1p(x) is log(1 + x): the second term needs log(1 - P), np.log1p(-P).",
    lambda P, Y: float(-np.sum(Y * np.log(_clipped(P)) + (1 - Y) * np.log1p(_clipped(P))) / _batch(Y)))
BCE_GRAD_TIMES_VARIANCE = Mistake(
    "bce-grad-times-p-one-minus-p", "binary cross-entropy gradient multiplied by P (1 - P) instead of divided",
    "dL/dP of -[y log P + (1 - y) log(1 - P)] divides by the product of P and 1 - P (that product multiplies only "
    "the sigmoid's derivative, in dL/dz).",
    lambda P, Y: (_clipped(P) - Y) * (_clipped(P) * (1 - _clipped(P))) / _batch(Y))
BCE_GRAD_NO_MEAN = Mistake(
    "bce-grad-no-1/N", "binary cross-entropy gradient without the 1/N of the mean",
    "the loss averages over N examples, so its gradient carries 1/N too.",
    lambda P, Y: ref.bce_grad(P, Y) * _batch(Y))
BCE_GRAD_SIZE = Mistake(
    "bce-grad-over-size", "binary cross-entropy gradient divided by the number of entries N*K instead of the batch "
    "size N",
    "the loss sums over the K outputs and averages over the N rows only: divide by N = shape[0].",
    lambda P, Y: ref.bce_grad(P, Y) * _batch(Y) / max(np.size(P), 1))
BCE_GRAD_WRT_LOGIT = Mistake(
    "bce-grad-wrt-logit", "the gradient with respect to the logit z, (P - Y) / N (sigmoid and cross-entropy taken "
    "together), instead of with respect to P",
    "bce_grad differentiates the loss with respect to the probability P itself: (P - Y) / N is what it becomes once "
    "multiplied by the sigmoid's derivative P (1 - P), a step that belongs to the layer below.",
    lambda P, Y: (np.asarray(P, dtype=np.float64) - Y) / _batch(Y))
CE_UNSHIFTED = Mistake(
    "ce-softmax-of-unshifted-logits", "cross-entropy from the softmax of unshifted logits",
    "exp of a logit near 1000 overflows: work with log-softmax, subtracting each row's maximum first.",
    lambda Z, Y: float(-np.sum(Y * np.log(np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True))) / _batch(Y)))
CE_LOGITS_NO_MEAN = Mistake(
    "ce-no-mean", "cross-entropy summed over the batch instead of averaged",
    "the loss is a mean over the examples: divide the sum by N, the number of rows.",
    lambda Z, Y: ref.cross_entropy_with_logits(Z, Y) * _batch(Y))
CE_LOG_EPS = Mistake(
    "ce-log-softmax-plus-eps", "cross-entropy as log(softmax + eps), which caps each example's loss",
    "log(s + 1e-12) can never go below log(1e-12) = -27.6, however small s is: take the log-softmax stably "
    "from the logits, (z - m) - log sum exp(z - m).",
    lambda Z, Y: float(-np.sum(Y * np.log(np.exp(_log_softmax_of(Z)) + 1e-12)) / _batch(Y)))
# Keras' epsilon 1e-7 (Geron's -mean(sum(Y log(Y_proba + epsilon)))) and the other usual ones: unlike 1e-12 they
# shift every ordinary example's loss too, by about eps / s
CE_LOG_OTHER_EPS = tuple(Mistake(
    f"ce-log-softmax-plus-{eps:g}", f"cross-entropy as log(softmax + {eps:g}), which shifts and caps each example's loss",
    f"log(s + {eps:g}) is not log s: it is off by about {eps:g} / s on every example and never goes below "
    f"log({eps:g}) = {np.log(eps):.1f}, however small s is: take the log-softmax stably from the logits, "
    "(z - m) - log sum exp(z - m), with no epsilon at all.",
    lambda Z, Y, eps=eps: float(-np.sum(Y * np.log(np.exp(_log_softmax_of(Z)) + eps)) / _batch(Y)))
    for eps in OTHER_EPS)
CE_MASKED_LOG = Mistake(
    "ce-masked-log-of-softmax", "cross-entropy from np.ma.log(softmax), which masks the probabilities that underflow "
    "to 0 and drops their loss",
    "a true class whose softmax underflows to 0 is the worst prediction, not one to leave out: np.ma.log (or a where "
    "P > 0) drops exactly the examples with the largest loss. Take the log-softmax stably from the logits, "
    "(z - m) - log sum exp(z - m), which never needs a mask.",
    lambda Z, Y: float(-np.sum(Y * _masked_log(np.exp(_log_softmax_of(Z)))) / _batch(Y)))
CE_SHIFT_IN_NUMERATOR_ONLY = Mistake(
    "ce-shift-in-numerator-only", "log-softmax as (z - m) - log sum exp(z), the maximum left out of the log-sum-exp",
    "subtract the same row maximum m inside the log-sum-exp too: (z - m) - log sum exp(z - m). Without it the "
    "result is off by m and exp(z) overflows for large logits.",
    lambda Z, Y: _ce_of(Y, _row_shifted(Z) - _unshifted_log_sum_exp(Z, axis=1)))
CE_LOG_SOFTMAX_PLUS_LSE = Mistake(
    "ce-log-softmax-plus-log-sum-exp", "log-softmax as (z - m) + log sum exp(z - m), the log of the denominator added",
    "log(a / b) is log a - log b: look again at the sign in front of the log-sum-exp of your log-softmax (the "
    "log-probabilities of a row are never positive).",
    lambda Z, Y: _ce_of(Y, _row_shifted(Z) + _unshifted_log_sum_exp(_row_shifted(Z), axis=1)))
CE_LOGSUMEXP_OVER_BATCH = Mistake(
    "ce-logsumexp-over-batch", "the log-sum-exp taken over the whole batch instead of each row",
    "each example's softmax normalises over its own K logits: sum over axis 1 with keepdims, not over every entry.",
    lambda Z, Y: _ce_of(Y, _row_shifted(Z) - _unshifted_log_sum_exp(_row_shifted(Z), axis=None)))


def _row_shifted(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z - Z.max(axis=1, keepdims=True)


def _unshifted_log_sum_exp(Z, axis):
    """log sum exp as a student writes it (no shift of its own): overflow gives inf quietly, as the student's NaN."""
    with np.errstate(over="ignore"):
        return np.log(np.sum(np.exp(Z), axis=axis, keepdims=axis is not None))


def _ce_of(Y, log_probabilities):
    with np.errstate(invalid="ignore"):
        return float(-np.sum(Y * log_probabilities) / _batch(Y))


CE_BATCH_MAX_SHIFT = Mistake(
    "ce-batch-max-shift", "cross-entropy with the logits shifted by the largest logit of the whole batch instead of "
    "each row's maximum",
    "shift every row by its own maximum (axis 1, keepdims): shifted by the batch's largest logit, a row far below it "
    "(by ~750 or more) sums to exp(...) = 0 and its log-sum-exp is log(0).",
    lambda Z, Y: _ce_of(Y, LOG_GLOBAL_MAX_SHIFT.variant(np.asarray(Z, dtype=np.float64))))
CE_GRAD_BATCH_MAX_SHIFT = Mistake(
    "ce-grad-batch-max-shift", "the gradient's softmax shifted by the largest logit of the whole batch instead of "
    "each row's maximum",
    "shift every row by its own maximum (axis 1, keepdims): shifted by the batch's largest logit, a row far below it "
    "(by ~750 or more) underflows to 0 / 0.",
    lambda Z, Y: (GLOBAL_MAX_SHIFT.variant(np.asarray(Z, dtype=np.float64)) - Y) / _batch(Y))
CE_ONE_HOT_AS_INDEX = Mistake(
    "ce-one-hot-as-index", "cross-entropy indexing the log-probabilities with the one-hot Y as if it held class "
    "labels (log_softmax[rows, Y])",
    "Y is one-hot (N, K), not a vector of class indices: as an index its 0s and 1s pick columns 0 and 1 of every row. "
    "Weight the log-probabilities by Y instead.",
    lambda Z, Y: _ce_of_index(Z, Y))


def _ce_of_index(Z, Y):
    log_p = _log_softmax_of(Z)
    return float(-log_p[np.arange(len(log_p))[:, None], np.asarray(Y).astype(int)].sum() / _batch(Y))


# np.take without an axis indexes the ravel (an APL/J "take" habit): each label picks from the first row(s), not
# from its own row (tests/solutions/wrong/losses/r25_ce_take_from_ravel.py)
CE_TAKE_FROM_RAVEL = Mistake(
    "ce-labels-taken-from-ravel", "each label's log-probability taken with np.take(log_p, labels), no axis: from the "
    "flattened array (the first row) instead of the label's own row",
    "np.take without an axis reads the array flattened, so label k picks entry k of row 0 for every example: pick "
    "one entry per row, from row n for example n (or weight the log-probabilities by Y).",
    lambda Z, Y: _ce_taken_from_ravel(Z, Y))


def _ce_taken_from_ravel(Z, Y):
    log_p = _log_softmax_of(Z)
    with np.errstate(invalid="ignore"):
        return float(-np.take(log_p, np.argmax(Y, axis=1)).sum() / _batch(Y))


# rows, cols = np.nonzero(Y) with the row plane used for both indices: each example n reads log_p[n, n], the
# diagonal, and an IndexError once N > K (tests/solutions/wrong/losses/r25_ce_nonzero_row_plane_twice.py)
CE_DIAGONAL = Mistake(
    "ce-labels-row-plane-twice", "each example's log-probability read at log_p[n, n] (the row index of np.nonzero(Y) "
    "used for the column too) instead of at its label's column",
    "np.nonzero(Y) gives two index arrays, the rows (the examples) and the columns (their labels): index the row "
    "with the first and the column with the second.",
    lambda Z, Y: _ce_diagonal(Z, Y))


def _ce_diagonal(Z, Y):
    log_p = _log_softmax_of(Z)
    rows = np.nonzero(Y)[0]
    with np.errstate(invalid="ignore"):
        return float(-log_p[rows, rows].sum() / _batch(Y))


# UFLDL's softmax exercise, -(1/m) sum(groundTruth .* log(p)): the shift keeps exp finite, but a probability far
# below its row's maximum is exactly 0 and its log -inf (LARGE_LOGITS' true classes)
CE_LOG_OF_SOFTMAX = Mistake(
    "ce-log-of-softmax", "cross-entropy as the log of the (max-shifted) softmax probabilities",
    "shifting by the maximum keeps exp finite, but a probability far below its row's largest one is exactly 0 and "
    "log(0) = -inf: take the log-probabilities from the logits without forming the softmax, (z - m) - log sum "
    "exp(z - m).",
    lambda Z, Y: _ce_of(Y, _log_of_softmax(Z)))


def _log_of_softmax(Z):
    with np.errstate(divide="ignore"):
        return np.log(np.exp(_log_softmax_of(Z)))


CE_OF_PROBABILITIES = Mistake(
    "ce-logits-as-probabilities", "cross-entropy taking the logits as if they were probabilities",
    "Z are logits, not probabilities: turn them into log-probabilities first, stably.",
    lambda Z, Y: float(-np.sum(Y * np.log(Z)) / _batch(Y)))
# the logits clipped like probabilities, which keeps the loss finite but still no softmax: eps -> where it comes from
LOGITS_CLIPPED_AT = {1e-7: "Keras' from_logits=False default, its epsilon", 1e-12: "the course's bce bound"}
CE_OF_CLIPPED = tuple(Mistake(
    f"ce-logits-clipped-as-probabilities-{eps:g}", f"cross-entropy taking the logits as probabilities, clipped to "
    f"[{eps:g}, 1 - {eps:g}] ({origin})",
    "Z are logits, not probabilities: clipping them does not make them a distribution; take the log-softmax of each "
    "row stably, (z - m) - log sum exp(z - m).",
    lambda Z, Y, eps=eps: float(-np.sum(Y * np.log(np.clip(Z, eps, 1 - eps))) / _batch(Y)))
    for eps, origin in LOGITS_CLIPPED_AT.items())

# Raschka's NeuralNetMLP: a sigmoid on every output unit and the two-term log loss against the one-hot targets
CE_SIGMOID_UNITS = Mistake(
    "ce-logits-sigmoid-per-unit", "cross-entropy of a sigmoid on every logit (binary cross-entropy per unit) "
    "instead of the softmax's",
    "the K logits of a row compete in one softmax, and only the true class's log-probability counts: "
    "-sum_k Y_nk log_softmax(Z)_nk; a sigmoid per unit with log(1 - s) terms is the loss of K separate yes/no outputs.",
    lambda Z, Y: ref.bce(sigmoid(Z), Y))

# How a student makes each mistake: in the correct solution tests/solutions/losses.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "ce-logits-sigmoid-per-unit": Edit(
        "    return float(-np.sum(Y * _log_softmax(Z)) / N)",
        "    P = np.clip(1 / (1 + np.exp(-np.clip(Z, -250, 250))), 1e-12, 1 - 1e-12)\n"
        "    return float(-np.sum(Y * np.log(P) + (1.0 - Y) * np.log(1.0 - P)) / N)"),
    "bce-log1p-of-p": Edit("(1 - Y) * np.log(1 - P)", "(1 - Y) * np.log1p(P)"),
    "bce-grad-wrt-logit": Edit("return (P - Y) / (P * (1 - P)) / N", "return (P - Y) / N"),
    "ce-one-hot-as-index": Edit("return float(-np.sum(Y * _log_softmax(Z)) / N)",
                                "return float(-_log_softmax(Z)[np.arange(N)[:, None], Y.astype(int)].sum() / N)"),
    "ce-labels-taken-from-ravel": Edit(
        "return float(-np.sum(Y * _log_softmax(Z)) / N)",
        "return float(-np.take(_log_softmax(Z), Y.argmax(axis=1)).sum() / N)"),
    "ce-labels-row-plane-twice": Edit(
        "return float(-np.sum(Y * _log_softmax(Z)) / N)",
        "rows = np.nonzero(Y)[0]\n    return float(-_log_softmax(Z)[rows, rows].sum() / N)"),
    "bce-grad-times-p-one-minus-p": Edit("return (P - Y) / (P * (1 - P)) / N", "return (P - Y) * (P * (1 - P)) / N"),
    "ce-shift-in-numerator-only": Edit(
        "    return float(-np.sum(Y * _log_softmax(Z)) / N)",
        "    shifted = Z - Z.max(axis=1, keepdims=True)\n"
        "    return float(-np.sum(Y * (shifted - np.log(np.exp(Z).sum(axis=1, keepdims=True)))) / N)"),
    "ce-log-softmax-plus-log-sum-exp": Edit(
        "    return float(-np.sum(Y * _log_softmax(Z)) / N)",
        "    shifted = Z - Z.max(axis=1, keepdims=True)\n"
        "    return float(-np.sum(Y * (shifted + np.log(np.exp(shifted).sum(axis=1, keepdims=True)))) / N)"),
    "ce-logsumexp-over-batch": Edit(
        "    return float(-np.sum(Y * _log_softmax(Z)) / N)",
        "    shifted = Z - Z.max(axis=1, keepdims=True)\n"
        "    return float(-np.sum(Y * (shifted - np.log(np.sum(np.exp(shifted))))) / N)"),
    "mse-grad-over-size": Edit("    N = Y.shape[0]\n    return (Y_hat - Y) / N", "    return (Y_hat - Y) / Y.size"),
    "mse-no-half": Edit(
        "return float(0.5 * np.sum((Y_hat - Y) ** 2) / N)",
        "return float(np.sum((Y_hat - Y) ** 2) / N)"),
    "mse-no-mean": Edit(
        "return float(0.5 * np.sum((Y_hat - Y) ** 2) / N)",
        "return float(0.5 * np.sum((Y_hat - Y) ** 2))"),
    "mse-sum-of-squared-errors": Edit(
        "return float(0.5 * np.sum((Y_hat - Y) ** 2) / N)",
        "return float(np.sum((Y_hat - Y) ** 2))"),
    "mse-mean-over-all-entries": Edit(
        "return float(0.5 * np.sum((Y_hat - Y) ** 2) / N)",
        "return float(0.5 * np.mean((Y_hat - Y) ** 2))"),
    "mse-mean-over-all-entries-no-half": Edit(
        "return float(0.5 * np.sum((Y_hat - Y) ** 2) / N)",
        "return float(np.mean((Y_hat - Y) ** 2))"),
    "mse-sum-over-last-axis": Edit(
        "return float(0.5 * np.sum((Y_hat - Y) ** 2) / N)",
        "return float(np.mean(np.sum((Y_hat - Y) ** 2, axis=-1)) / 2)"),
    "mse-expanded-square": Edit(
        "return float(0.5 * np.sum((Y_hat - Y) ** 2) / N)",
        "return float((np.sum(Y_hat * Y_hat) - 2 * np.sum(Y_hat * Y) + np.sum(Y * Y)) / (2 * N))"),
    "mse-error-not-squared": Edit("np.sum((Y_hat - Y) ** 2)", "np.sum(Y_hat - Y)"),
    "mse-absolute-error": Edit("np.sum((Y_hat - Y) ** 2)", "np.sum(np.abs(Y_hat - Y))"),
    "mse-grad-no-1/N": Edit("return (Y_hat - Y) / N", "return Y_hat - Y"),
    "mse-grad-factor-2": Edit("return (Y_hat - Y) / N", "return 2 * (Y_hat - Y) / N"),
    **{f"bce-clip-{eps:g}": Edit("    P = np.clip(P, 1e-12, 1 - 1e-12)\n    return float(",
                                 f"    P = np.clip(P, {eps!r}, 1 - {eps!r})\n    return float(") for eps in OTHER_EPS},
    **{f"bce-grad-clip-{eps:g}": Edit("    P = np.clip(P, 1e-12, 1 - 1e-12)\n    return (P - Y)",
                                      f"    P = np.clip(P, {eps!r}, 1 - {eps!r})\n    return (P - Y)") for eps in OTHER_EPS},
    **{f"bce-log-plus-{eps:g}": Edit(
        "    P = np.clip(P, 1e-12, 1 - 1e-12)\n"
        "    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / N)",
        f"    return float(-np.sum(Y * np.log(P + {eps!r}) + (1 - Y) * np.log(1 - P + {eps!r})) / N)")
       for eps in OTHER_EPS},
    "bce-log-clamped-at-100": Edit(
        "    P = np.clip(P, 1e-12, 1 - 1e-12)\n"
        "    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / N)",
        "    with np.errstate(divide='ignore'):\n"
        "        log_p, log_q = np.maximum(np.log(P), -100.0), np.maximum(np.log(1 - P), -100.0)\n"
        "    return float(-np.sum(Y * log_p + (1 - Y) * log_q) / N)"),
    "bce-no-clip": Edit(
        "    P = np.clip(P, 1e-12, 1 - 1e-12)\n"
        "    return float(",
        "    return float("),
    "bce-clipped-below-only": Edit("    P = np.clip(P, 1e-12, 1 - 1e-12)\n    return float(",
                                   "    P = np.clip(P, 1e-12, None)\n    return float("),
    "ce-batch-max-shift": Edit(
        "    return float(-np.sum(Y * _log_softmax(Z)) / N)",
        "    shifted = Z - Z.max()\n"
        "    return float(-np.sum(Y * (shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True)))) / N)"),
    "ce-grad-batch-max-shift": Edit(
        "    N = Z.shape[0]\n"
        "    return (np.exp(_log_softmax(Z)) - Y) / N",
        "    E = np.exp(Z - Z.max())\n"
        "    return (E / E.sum(axis=1, keepdims=True) - Y) / Z.shape[0]"),
    "bce-no-mean": Edit("np.log(1 - P)) / N)", "np.log(1 - P)))"),
    "bce-mean-over-all-entries": Edit(
        "return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / N)",
        "return float(-np.mean(Y * np.log(P) + (1 - Y) * np.log(1 - P)))"),
    "ce-log-softmax-plus-eps": Edit(
        "return float(-np.sum(Y * _log_softmax(Z)) / N)",
        "return float(-np.sum(Y * np.log(np.exp(_log_softmax(Z)) + 1e-12)) / N)"),
    **{f"ce-log-softmax-plus-{eps:g}": Edit(
        "return float(-np.sum(Y * _log_softmax(Z)) / N)",
        f"return float(-np.sum(Y * np.log(np.exp(_log_softmax(Z)) + {eps!r})) / N)") for eps in OTHER_EPS},
    "bce-grad-numerator-unclipped": Edit(
        "    P = np.clip(P, 1e-12, 1 - 1e-12)\n"
        "    return (P - Y) / (P * (1 - P)) / N",
        "    Pc = np.clip(P, 1e-12, 1 - 1e-12)\n"
        "    return (P - Y) / (Pc * (1 - Pc)) / N"),
    "bce-grad-no-clip": Edit(
        "    P = np.clip(P, 1e-12, 1 - 1e-12)\n"
        "    return (P - Y)",
        "    return (P - Y)"),
    "bce-grad-over-size": Edit("return (P - Y) / (P * (1 - P)) / N", "return (P - Y) / (P * (1 - P)) / P.size"),
    "bce-grad-no-1/N": Edit("return (P - Y) / (P * (1 - P)) / N", "return (P - Y) / (P * (1 - P))"),
    "ce-softmax-of-unshifted-logits": Edit(
        "return float(-np.sum(Y * _log_softmax(Z)) / N)",
        "return float(-np.sum(Y * np.log(np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True))) / N)"),
    "ce-masked-log-of-softmax": Edit(
        "return float(-np.sum(Y * _log_softmax(Z)) / N)",
        "return float(-np.ma.sum(Y * np.ma.log(np.exp(_log_softmax(Z)))) / N)"),
    "ce-no-mean": Edit("return float(-np.sum(Y * _log_softmax(Z)) / N)", "return float(-np.sum(Y * _log_softmax(Z)))"),
    "ce-log-of-softmax": Edit(
        "return float(-np.sum(Y * _log_softmax(Z)) / N)",
        "return float(-np.sum(Y * np.log(np.exp(_log_softmax(Z)))) / N)"),
    "ce-logits-as-probabilities": Edit(
        "return float(-np.sum(Y * _log_softmax(Z)) / N)",
        "return float(-np.sum(Y * np.log(Z)) / N)"),
    **{m.id: Edit("return float(-np.sum(Y * _log_softmax(Z)) / N)",
                  f"return float(-np.sum(Y * np.log(np.clip(Z, {eps!r}, 1 - {eps!r}))) / N)")
       for m, eps in zip(CE_OF_CLIPPED, LOGITS_CLIPPED_AT)},
    "softmax-ce-grad-no-1/N": Edit(
        "    N = Z.shape[0]\n"
        "    return (np.exp(_log_softmax(Z)) - Y) / N",
        "    return np.exp(_log_softmax(Z)) - Y"),
    "softmax-ce-grad-sign": Edit(
        "    N = Z.shape[0]\n"
        "    return (np.exp(_log_softmax(Z)) - Y) / N",
        "    return (Y - np.exp(_log_softmax(Z))) / len(Z)"),
}


def _n(Y):
    return np.shape(Y)[0]


def _log_softmax_of(Z):
    Z = np.asarray(Z, dtype=np.float64)
    shifted = Z - Z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def _masked_log(P):
    """log P where P > 0 and 0 where it underflowed, what np.ma.log's masked entries add to a sum."""
    return np.log(P, out=np.zeros_like(P), where=P > 0)


def _clipped(P):
    return np.clip(P, ref.EPS, 1.0 - ref.EPS)


def _log_sum_exp(Z):
    m = Z.max(axis=-1, keepdims=True)
    return m + np.log(np.exp(Z - m).sum(axis=-1, keepdims=True))


# the terms each formula adds up to (grader.relations.terms): a wrong answer may be the right one with a term
# left out, negated, doubled or halved
TERMS = {
    "bce": (
        Term("y log p", lambda P, Y: float(-np.sum(Y * np.log(_clipped(P))) / _n(Y))),
        Term("(1 - y) log(1 - p)", lambda P, Y: float(-np.sum((1.0 - Y) * np.log1p(-_clipped(P))) / _n(Y)))),
    "bce_grad": (
        Term("y / p", lambda P, Y: -Y / _clipped(P) / _n(Y)),
        Term("(1 - y) / (1 - p)", lambda P, Y: (1.0 - Y) / (1.0 - _clipped(P)) / _n(Y))),
    "cross_entropy_with_logits": (
        Term("log-sum-exp of the logits", lambda Z, Y: float(np.sum(Y * _log_sum_exp(Z)) / _n(Y))),
        Term("true class's logit", lambda Z, Y: float(-np.sum(Y * Z) / _n(Y)))),
    "cross_entropy_with_logits_grad": (
        Term("softmax(z)", lambda Z, Y: np.exp(Z - _log_sum_exp(Z)) / Z.shape[0]),
        Term("y", lambda Z, Y: -Y / Z.shape[0])),
}


SPEC = ExerciseSpec("losses", (
    FunctionSpec("mse", ref.mse, loss_checks(regression, (SCALAR_EXAMPLE,), (FAR_AND_CLOSE,)),
                 (MSE_NO_HALF, MSE_NO_MEAN, MSE_MEAN_ALL, MSE_LAST_AXIS, MSE_ABSOLUTE, MSE_NOT_SQUARED,
                  MSE_EXPANDED_SQUARE, MSE_KERAS, MSE_SUM_OF_SQUARES)),
    FunctionSpec("mse_grad", ref.mse_grad, loss_checks(regression, (SCALAR_EXAMPLE,)),
                 (MSE_GRAD_NO_MEAN, MSE_GRAD_TWO, MSE_GRAD_SIZE)),
    FunctionSpec("bce", ref.bce, loss_checks(probabilities, (BCE_EXAMPLE,), (CERTAIN, CERTAIN_ZEROS), more=saturated),
                 (BCE_NO_CLIP, BCE_CLIPPED_BELOW, BCE_NO_MEAN, BCE_MEAN_ALL, BCE_LOG1P_OF_P, BCE_LOG_CLAMP,
                  *BCE_OTHER_CLIPS, *BCE_LOG_PLUS)),
    FunctionSpec("bce_grad", ref.bce_grad, loss_checks(probabilities, (BCE_EXAMPLE, CERTAIN_AND_RIGHT), (CERTAIN,)),
                 (BCE_GRAD_NO_CLIP, BCE_GRAD_NUMERATOR_UNCLIPPED, BCE_GRAD_NO_MEAN, BCE_GRAD_TIMES_VARIANCE,
                  BCE_GRAD_WRT_LOGIT, BCE_GRAD_SIZE, *BCE_GRAD_OTHER_CLIPS)),
    FunctionSpec("cross_entropy_with_logits", ref.cross_entropy_with_logits,
                 loss_checks(logits, (CE_EXAMPLE,), (LARGE_LOGITS, HIGH_LOGITS, ROWS_APART), classes=1),
                 (CE_UNSHIFTED, CE_LOGITS_NO_MEAN, CE_OF_PROBABILITIES, *CE_OF_CLIPPED, CE_LOG_EPS, *CE_LOG_OTHER_EPS,
                  CE_SHIFT_IN_NUMERATOR_ONLY, CE_LOG_SOFTMAX_PLUS_LSE, CE_LOGSUMEXP_OVER_BATCH, CE_BATCH_MAX_SHIFT,
                  CE_ONE_HOT_AS_INDEX, CE_SIGMOID_UNITS, CE_LOG_OF_SOFTMAX, CE_MASKED_LOG, CE_TAKE_FROM_RAVEL,
                  CE_DIAGONAL)),
    FunctionSpec("cross_entropy_with_logits_grad", ref.cross_entropy_with_logits_grad,
                 loss_checks(logits, (CE_EXAMPLE,), (LARGE_LOGITS, HIGH_LOGITS, ROWS_APART), classes=1),
                 (CE_NO_MEAN, CE_SIGN, CE_GRAD_BATCH_MAX_SHIFT)),
), edits=EDITS, terms=TERMS)
