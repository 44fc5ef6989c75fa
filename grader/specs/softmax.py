"""Spec of exercises/softmax.py: softmax, log_softmax, softmax_jacobian, softmax_cross_entropy_grad."""

import numpy as np

from mlptutor.grader.checks.behaviour import BehaviourCheck, Scenario
from mlptutor.grader.specs._reuse import computed_afresh
from mlptutor.grader.checks.cases import Inputs
from mlptutor.grader.checks.hygiene import HygieneCheck
from mlptutor.grader.checks.shape import ShapeCheck
from mlptutor.grader.checks.value import ValueCheck
from mlptutor.grader.mistakes import Edit, Mistake
from mlptutor.grader.relations.terms import Term
from mlptutor.grader.spec import ExerciseSpec, FunctionSpec
from mlptutor.grader.specs._draw import cases, normal, sized
from mlptutor.reference import softmax as ref

LOGITS = np.array([[2.0, 1.0, 0.1]])  # the course's worked example: [0.659, 0.242, 0.099]
# large logits whose rows have very different scales: shifting by one maximum for the whole batch leaves the
# last row all exp(-1900) = 0 (0/0 = NaN), and entries far below their row's maximum underflow in softmax,
# so log(softmax) gives log(0) = -inf
LARGE = np.array([[1000.0, 999.0, -1000.0, 0.0], [-5.0, 800.0, 0.0, 3.0], [-1000.0, -990.0, -995.0, -1001.0]])
# one row whose largest size is a negative logit: a shift by max |z| overflows exp (exp(1005)), one by the maximum
# (row or batch: one row) is right; a shape no other call has, so a result kept by an array's id cannot answer it
NEGATIVE_FAR = np.array([[5.0, -1000.0, 0.0, 1.0, 2.0]])
# log-probabilities near log(1e-10) (probabilities 2.8e-10 and 7.6e-10): an eps added inside the log moves them, a
# floor only when above them (1e-9 does, 1e-10 does not), so each of ADDED_EPS and FLOORS gives its own values here;
# on LARGE, far below every eps, an eps added and the same floor agree
NEAR_EPS = np.array([[0.0, -22.0, -21.0]])
# batch 1, square (where a transpose keeps the shape) and non-square; width >= 2: over one class softmax is 1
# and log_softmax 0 whatever the logits
LOGIT_SIZES = ((1, 4), (3, 3), (5, 2))


def _one_hot(n, k, rng):
    return np.eye(k)[rng.integers(0, k, size=n)]


NO_MAX_SHIFT = Mistake(
    "softmax-no-max-shift", "softmax without subtracting the row maximum",
    "exp overflows for logits near 1000: subtract each row's maximum before exponentiating (it cancels out).",
    lambda Z: np.exp(Z) / np.exp(Z).sum(axis=-1, keepdims=True))
WRONG_AXIS = Mistake(
    "softmax-wrong-axis", "softmax normalised over the batch axis instead of over the classes",
    "each row is one example: which axis holds the classes? Check that every row of your result sums to 1.",
    lambda Z: ref.softmax(np.asarray(Z).T).T if np.ndim(Z) == 2 else ref.softmax(Z))
GLOBAL_SUM = Mistake(
    "softmax-global-sum", "softmax divided by the sum over the whole batch",
    "normalise every row on its own, over the classes: check that every row of your result sums to 1.",
    lambda Z: np.exp(Z - np.max(Z)) / np.exp(Z - np.max(Z)).sum())


def _shifted(Z, shift):
    """softmax of Z's rows, each shifted by shift(Z) instead of its own maximum (0 / 0 left as NaN)."""
    with np.errstate(invalid="ignore"):
        E = np.exp(Z - shift(Z))
        return E / E.sum(axis=-1, keepdims=True)


SHIFT_BY_MAX_ABS = Mistake(
    "softmax-shift-by-max-abs", "softmax shifted by the row's largest absolute value instead of its maximum",
    "the shift must be the row's maximum itself, so that its largest exponent is exp(0) = 1: shifted by max |z|, a "
    "row of large negative logits underflows to 0 / 0.",
    lambda Z: _shifted(Z, lambda Z: np.abs(Z).max(axis=-1, keepdims=True)))


GLOBAL_MAX_SHIFT = Mistake(
    "softmax-batch-max-shift", "softmax shifted by the largest logit of the whole batch instead of each row's maximum",
    "shift every row by its own maximum, over the classes: shifted by the batch's largest logit, a row far below "
    "it (by ~750 or more) underflows to 0 / 0.",
    lambda Z: _shifted(Z, np.max))


def _in_float32(Z):
    Z = np.asarray(Z, dtype=np.float32)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return (E / E.sum(axis=-1, keepdims=True)).astype(np.float64)


FLOAT32 = Mistake(
    "softmax-float32", "softmax computed in float32 (PyTorch's default dtype) and cast back to float64",
    "float32 keeps about 7 digits, so each probability is off by ~1e-8 and the cast back cannot restore them: "
    "compute in float64 throughout.",
    _in_float32)


def _log_shifted_by_batch_max(Z):
    shifted = Z - np.max(Z)
    with np.errstate(divide="ignore"):
        return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


LOG_GLOBAL_MAX_SHIFT = Mistake(
    "log-softmax-batch-max-shift", "log_softmax shifted by the largest logit of the whole batch instead of each "
    "row's maximum",
    "shift every row by its own maximum, over the classes: shifted by the batch's largest logit, a row far below "
    "it (by ~750 or more) sums to exp(...) = 0 and log(0) = -inf.",
    _log_shifted_by_batch_max)
GLOBAL_SUM_ROW_SHIFT = Mistake(
    "softmax-global-sum-row-shift", "softmax shifted by each row's maximum but divided by the sum over the whole batch",
    "normalise every row on its own, over the classes: check that every row of your result sums to 1.",
    lambda Z: (lambda E: E / E.sum())(np.exp(Z - np.max(Z, axis=-1, keepdims=True))))
WRONG_AXIS_ROW_SHIFT = Mistake(
    "softmax-wrong-axis-row-shift", "softmax shifted by each row's maximum but normalised over the batch axis "
    "(sum(axis=0))",
    "each row is one example: divide it by its own sum, over the axis you took the maximum on; check the shape of "
    "the sums before dividing.",
    lambda Z: (lambda E: E / E.sum(axis=0, keepdims=True))(np.exp(Z - np.max(Z, axis=-1, keepdims=True))))
LOG_NO_MAX_SHIFT = Mistake(
    "log-softmax-no-max-shift", "log_softmax as z - log(sum(exp(z))) without the max shift",
    "exp overflows for large logits: with m the row maximum, use (z - m) - log(sum(exp(z - m))).",
    lambda Z: Z - np.log(np.exp(Z).sum(axis=-1, keepdims=True)))
LOG_OF_SOFTMAX = Mistake(
    "log-softmax-as-log-of-softmax", "log_softmax computed as log(softmax(Z))",
    "softmax underflows to 0 for very negative logits and log(0) = -inf: use (z - m) - log(sum(exp(z - m))).",
    lambda Z: np.log(ref.softmax(Z)))
# log(softmax) kept finite by a floor (or an eps added): every log-probability below log(eps) comes out as about
# log(eps); common bounds
FLOORS = (1e-7, 1e-9, 1e-10, 1e-12, 1e-15)
LOG_FLOORED = tuple(Mistake(
    f"log-softmax-floored-{eps:g}", f"log_softmax as log(max(softmax(Z), {eps:g})), floored",
    "a floor keeps log finite but caps every log-probability at log(eps): use (z - m) - log(sum(exp(z - m))), "
    "exact for every logit.",
    lambda Z, eps=eps: np.log(np.maximum(ref.softmax(Z), eps))) for eps in FLOORS)
# log(softmax + eps), the float32 frameworks' eps added rather than a floor: every log-probability is off a little,
# a vanishing one capped near log(eps); 1e-9 and 1e-10 are the blog answers' constants
ADDED_EPS = (1e-7, 1e-8, 1e-9, 1e-10)
LOG_PLUS_EPS = tuple(Mistake(
    f"log-softmax-plus-{eps:g}", f"log_softmax as log(softmax(Z) + {eps:g}), an eps added",
    "an eps added inside the log shifts every log-probability a little and caps the small ones near log(eps): use "
    "(z - m) - log(sum(exp(z - m))), exact for every logit and never log(0).",
    lambda Z, eps=eps: np.log(ref.softmax(Z) + eps)) for eps in ADDED_EPS)
JACOBIAN_DIAGONAL = Mistake(
    "softmax-jacobian-diagonal-only", "softmax Jacobian with only its diagonal s (1 - s)",
    "every s_i depends on every z_j: J = diag(s) - s s^T, whose off-diagonal entries are -s_i s_j.",
    lambda Z: ref.softmax(Z)[..., :, None] * (1 - ref.softmax(Z))[..., :, None] * np.eye(np.shape(Z)[-1]))
JACOBIAN_EYE_MINUS_OUTER = Mistake(
    "softmax-jacobian-eye-minus-outer", "softmax Jacobian as I - s s^T, the factor s_i of the diagonal term forgotten",
    "J[i, j] = s_i (delta_ij - s_j): the s_i multiplies the delta too, so the diagonal is s_i - s_i^2, not 1 - s_i^2.",
    lambda Z: np.eye(np.shape(Z)[-1]) - _softmax_column(Z) * ref.softmax(Z)[..., None, :])
JACOBIAN_WITHOUT_S_I = Mistake(
    "softmax-jacobian-factor-s-i-dropped", "softmax Jacobian as delta_ij - s_j (I - 1 s^T), the factor s_i in front "
    "dropped",
    "J[i, j] = s_i (delta_ij - s_j): row i is scaled by s_i, so no two rows are the same, and each row sums to 0.",
    lambda Z: np.eye(np.shape(Z)[-1]) - ref.softmax(Z)[..., None, :])
JACOBIAN_SIGN = Mistake(
    "softmax-jacobian-sign", "softmax Jacobian as s s^T - diag(s)",
    "d s_i / d z_i = s_i (1 - s_i) is positive: J = diag(s) - s s^T.",
    lambda Z: -ref.softmax_jacobian(Z))
JACOBIAN_SQUARES = Mistake(
    "softmax-jacobian-squares", "softmax Jacobian as diag(s) - s**2, the outer product s s^T written as a square",
    "s s^T is the (K, K) matrix of every product s_i s_j (an outer product); s**2 squares each entry, one row "
    "repeated: compare their shapes.",
    lambda Z: _softmax_column(Z) * np.eye(np.shape(Z)[-1]) - (ref.softmax(Z) ** 2)[..., None, :])
# the square taken in the row's own index (s_i twice, e.g. an index plane of np.indices used for both factors):
# each row i subtracts s_i^2, the transpose of the slip above
# (tests/solutions/wrong/softmax/r25_jacobian_row_plane_twice.py)
JACOBIAN_SQUARES_DOWN = Mistake(
    "softmax-jacobian-squares-down-rows", "softmax Jacobian as diag(s) - s_i**2 along each row i, the outer product "
    "s s^T written as the square of the row's own entry",
    "off the diagonal d s_i / d z_j = -s_i s_j pairs two entries, the row's i and the column's j; squaring s_i gives "
    "one value repeated along the row: the result is then no longer symmetric, as J must be.",
    lambda Z: _softmax_column(Z) * (np.eye(np.shape(Z)[-1]) - _softmax_column(Z)))
JACOBIAN_INNER_PRODUCT = Mistake(
    "softmax-jacobian-inner-product", "softmax Jacobian as diag(s) - s @ s, the outer product s s^T written as the "
    "inner product (one number, sum of s_i^2)",
    "for a vector s, s @ s (and s.T @ s) is the number sum_i s_i^2; s s^T is the (K, K) matrix of every product "
    "s_i s_j, an outer product: print the shape of each.",
    lambda Z: _softmax_column(Z) * np.eye(np.shape(Z)[-1]) - (ref.softmax(Z) ** 2).sum(axis=-1)[..., None, None])
JACOBIAN_INNER_PRODUCT_FLAT = Mistake(
    "softmax-jacobian-inner-product-flat", "softmax Jacobian of a flat z (K,) built with the inner product of s with itself (a "
    "number) where the outer product is due; a batch's right",
    "a flat s (K,) has no second axis, so s.T is s itself and s @ s.T is the number sum_i s_i^2; only a column "
    "s (K, 1) gives the (K, K) outer product s s^T: reshape s to a column or use np.outer(s, s).",
    lambda Z: JACOBIAN_INNER_PRODUCT.variant(Z) if np.ndim(Z) == 1 else ref.softmax_jacobian(Z))
JACOBIAN_BATCH_LAST = Mistake(
    "softmax-jacobian-batch-on-last-axis", "a batch's (K, K) Jacobians stacked along the last axis, (K, K, N)",
    "the batch comes first, as in Z (N, K): J[n] is row n's (K, K) matrix, shape (N, K, K) (np.stack(..., axis=0), "
    "or broadcasting over the leading axis).",
    lambda Z: np.moveaxis(ref.softmax_jacobian(Z), 0, -1) if np.ndim(Z) == 2 else ref.softmax_jacobian(Z))
JACOBIAN_ONE_VECTOR = Mistake(
    "softmax-jacobian-one-vector-only",
    "the Jacobian written for one vector (np.diag and np.outer of s), on a batch too",
    "np.diag of a 2-D s takes its diagonal and np.outer flattens it: a batch (N, K) needs one (K, K) matrix per "
    "row, shape (N, K, K). Broadcasting can build it: which axes must s fill in s_i (delta_ij - s_j)?",
    lambda Z: (lambda s: np.diag(s) - np.outer(s, s))(ref.softmax(Z)))
# the old NumPy tutorials' np.matrix: iterating over one gives (1, K) rows, and np.diag of a 2-D row is its diagonal,
# the single entry s_0, which broadcasts over s s^T
JACOBIAN_DIAG_OF_ROW = Mistake(
    "softmax-jacobian-diag-of-a-row", "each Jacobian's diag(s) taken of a (1, K) row (the rows of an np.matrix): "
    "np.diag gives its one entry s_0, so J = s_0 - s s^T",
    "np.diag builds a (K, K) diagonal matrix only from a flat (K,) vector: of a 2-D (1, K) row it takes the "
    "diagonal, one number s_0, which then broadcasts over the whole matrix. Iterating over an np.matrix gives "
    "such rows: flatten each first (np.ravel, or .A1 of an np.matrix).",
    lambda Z: (lambda S: S[..., :1, None] - S[..., :, None] * S[..., None, :])(ref.softmax(Z)))


def _first_row_and_column_zero(J):
    """J with row 0 and column 0 of every (K, K) matrix set to 0 (loops over 1..K-1: a 1-based range kept)."""
    J = np.array(J)
    J[..., 0, :] = 0.0
    J[..., :, 0] = 0.0
    return J


JACOBIAN_FROM_ONE = Mistake(
    "softmax-jacobian-loops-from-1", "the Jacobian filled by loops over range(1, K) into zeros: row and column 0 "
    "never written",
    "Python indexes from 0: range(1, K) starts at the second class, so row and column 0 keep the zeros they "
    "started with; loop over range(K).",
    lambda Z: _first_row_and_column_zero(ref.softmax_jacobian(Z)))
JACOBIAN_NO_MAX_SHIFT = Mistake(
    "softmax-jacobian-no-max-shift", "the Jacobian's softmax computed as exp(z) / sum exp(z), without the max shift",
    "exp overflows for logits near 1000: build J from a softmax that subtracts each row's maximum first.",
    lambda Z: (lambda S: S[..., :, None] * (np.eye(S.shape[-1]) - S[..., None, :]))(NO_MAX_SHIFT.variant(
        np.asarray(Z, dtype=np.float64))))
CE_NO_MEAN = Mistake(
    "softmax-ce-grad-no-1/N", "softmax + cross-entropy gradient without the 1/N of the mean loss",
    "the loss is the mean over the batch, so its gradient is (softmax(logits) - Y) / N.",
    lambda logits, Y: ref.softmax(logits) - Y)
CE_SIGN = Mistake(
    "softmax-ce-grad-sign", "softmax + cross-entropy gradient with the wrong sign",
    "the gradient points towards more loss: (softmax(logits) - Y) / N, prediction minus target.",
    lambda logits, Y: (Y - ref.softmax(logits)) / np.shape(logits)[0])
CE_TARGET_FROM_PREDICTION = Mistake(
    "softmax-ce-grad-target-from-prediction", "the 1 subtracted at each row's largest logit (the prediction) instead "
    "of at its label",
    "the gradient is softmax(logits) - Y: the one-hot Y marks the true class, which need not be the class the logits "
    "favour (they differ exactly where the network is wrong, where the gradient matters most).",
    lambda logits, Y: (ref.softmax(logits) - np.eye(np.shape(logits)[1])[np.argmax(logits, axis=1)])
    / np.shape(logits)[0])
CE_FLOOR_DIVISION = Mistake(
    "softmax-ce-grad-floor-division", "the 1/N written 1 // N, floor division: 0 for any batch of more than one",
    "1 // N is integer division (0 for N > 1); divide by N with / (or multiply by 1 / N).",
    lambda logits, Y: (ref.softmax(logits) - Y) * (1 // np.shape(logits)[0]))
CE_LOG_PROBABILITIES = Mistake(
    "softmax-ce-grad-log-probabilities", "softmax + cross-entropy gradient from log_softmax(logits) instead of softmax",
    "the log belongs to the loss; its gradient with respect to the logits is (softmax(logits) - Y) / N, "
    "probabilities minus targets.",
    lambda logits, Y: (ref.log_softmax(logits) - Y) / np.shape(logits)[0])



def _vjp_through_probabilities(logits, Y):
    """J^T (-Y / s) / N: the chain rule through the probabilities, each row's Jacobian times dL/ds."""
    S = ref.softmax(logits)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.einsum("nij,ni->nj", _jacobian_of(S), -np.asarray(Y, dtype=np.float64) / S) / np.shape(logits)[0]


# Murphy's vector-Jacobian products taken literally: the loss's gradient in the probabilities, -y / s, pulled back
# through the softmax Jacobian; exact in algebra (it simplifies to s - y), not where s underflows to 0
CE_VJP_THROUGH_PROBABILITIES = Mistake(
    "softmax-ce-grad-vjp-through-probabilities", "the gradient as the softmax Jacobian times dL/ds = -y / s, which "
    "divides by probabilities that underflow to 0",
    "J^T (-y / s) is (s - y) in algebra, but in floating point a probability far below its row's largest one is 0 "
    "and -y / s is inf or NaN there: simplify the product by hand first, so that nothing divides by s.",
    _vjp_through_probabilities)

# probabilities kept inside [eps, 1 - eps] by a clip, Keras' epsilon habit: every probability below eps comes out as
# eps (rows still sum to 1 within eps)
SOFTMAX_CLIPPED = Mistake(
    "softmax-clipped-1e-07", "softmax clipped to [1e-7, 1 - 1e-7]",
    "softmax is exact for every logit once each row's maximum is subtracted: a clip changes every probability "
    "nearer 0 or 1 than its bound (a confident row's small ones).",
    lambda Z: np.clip(ref.softmax(Z), 1e-7, 1 - 1e-7))


def _jacobian_of(S):
    return S[..., :, None] * (np.eye(S.shape[-1]) - S[..., None, :])


# the Jacobian and the gradient computed right from a softmax with one of softmax's slips: a student's own softmax,
# which they call, makes its rows wrong too; named so, they send the student to softmax's rows instead of reading
# as a slip of their own (JACOBIAN_NO_MAX_SHIFT is the Jacobian's through NO_MAX_SHIFT)
SOFTMAX_SLIPS = (NO_MAX_SHIFT, WRONG_AXIS, GLOBAL_SUM, GLOBAL_SUM_ROW_SHIFT, SHIFT_BY_MAX_ABS, GLOBAL_MAX_SHIFT,
                 WRONG_AXIS_ROW_SHIFT, FLOAT32, SOFTMAX_CLIPPED)
THROUGH_HINT = ("{what} is right for the softmax it is built on, and that softmax is wrong (your own softmax, if you call "
                "it): correct softmax, whose rows say how, and this follows.")
JACOBIAN_THROUGH = tuple(Mistake(
    f"softmax-jacobian-via-{m.id}", f"the Jacobian built on a {m.title}", THROUGH_HINT.format(what="your Jacobian"),
    lambda Z, m=m: _jacobian_of(m.variant(np.asarray(Z, dtype=np.float64)))) for m in SOFTMAX_SLIPS[1:])
CE_THROUGH = tuple(Mistake(
    f"softmax-ce-grad-via-{m.id}", f"the gradient built on a {m.title}", THROUGH_HINT.format(what="your gradient"),
    lambda logits, Y, m=m: (m.variant(np.asarray(logits, dtype=np.float64)) - Y) / np.shape(logits)[0])
    for m in SOFTMAX_SLIPS)


def logit_rows(width: int) -> Inputs:
    """Hidden logits of spread 3: one flat vector of `width`, then batches at LOGIT_SIZES."""
    return Inputs("inputs", lambda rng: [*cases(normal((width,), 3.0))(rng),
                                         *sized(lambda n, k, r: (normal((n, k), 3.0)(r),), LOGIT_SIZES)(rng)])


ROWS = logit_rows(5)


def refilled_logits(rng):
    """Two batches of one shape that no other call of the function has (a result kept by the object and shape of an
    array freed before cannot answer the first): the second call gets the first call's array, refilled in place."""
    return [(normal((4, 6), 3.0)(rng),), (normal((4, 6), 3.0)(rng),)]


def refilled_targets(rng):
    """refilled_logits with one-hot targets, the same for both calls: a gradient kept by the logits' object answers
    the second call with exactly the first call's result."""
    Y = _one_hot(4, 6, rng)
    return [(logits, Y) for (logits,) in refilled_logits(rng)]


def reuse_check(draw):
    """A caller that reuses its buffer: a result kept by the argument object shows."""
    return BehaviourCheck("reuse", 0.5, scenarios=(
        Scenario("logits refilled in place", computed_afresh, draw=draw, several=True, refill=True),))


def row_checks(*extreme, fixed=()):
    """Shape, value (the worked example, the cases `fixed`), hygiene (warnings, large logits and the cases `extreme`,
    float32) on shared rows, and a caller that reuses its buffer (a result kept by the argument object shows)."""
    return (
        ShapeCheck("shape", 1.0, sizes=ROWS),
        ValueCheck("value", 2.0, fixed=((LOGITS,), *fixed), hidden=ROWS),
        HygieneCheck("hygiene", 1.0, inputs=ROWS, extreme=((LARGE,), *extreme)),
        reuse_check(refilled_logits),
    )


JACOBIAN_ROWS = logit_rows(4)
TARGETS = Inputs("inputs", sized(lambda n, k, rng: (normal((n, k), 3.0)(rng), _one_hot(n, k, rng)), LOGIT_SIZES))
# row 2's class is 805 below its row maximum; row 3's is 10 below, all its logits near -1000
LARGE_CASE = (LARGE, np.eye(4)[[1, 0, 1]])
# NEGATIVE_FAR's class the -1000 logit: a softmax shifted by max |z| (1000) overflows there, one shifted by the
# batch's maximum does not; the Jacobian takes it too, so the two slips' "through" mistakes are told apart
NEGATIVE_FAR_CASE = (NEGATIVE_FAR, np.eye(5)[[1]])


# How a student makes each mistake: in the correct solution tests/solutions/softmax.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "softmax-ce-grad-floor-division": Edit("return (softmax(logits) - Y) / logits.shape[0]",
                                           "return (softmax(logits) - Y) * (1 // logits.shape[0])"),
    "softmax-jacobian-factor-s-i-dropped": Edit("S[..., :, None] * (np.eye(K) - S[..., None, :])",
                                                "np.eye(K) - S[..., None, :]"),
    "softmax-jacobian-eye-minus-outer": Edit("S[..., :, None] * (np.eye(K) - S[..., None, :])",
                                             "np.eye(K) - S[..., :, None] * S[..., None, :]"),
    "softmax-clipped-1e-07": Edit("    return E / E.sum(axis=-1, keepdims=True)",
                                  "    return np.clip(E / E.sum(axis=-1, keepdims=True), 1e-07, 1 - 1e-07)"),
    "softmax-no-max-shift": Edit("E = np.exp(Z - Z.max(axis=-1, keepdims=True))", "E = np.exp(Z)"),
    "softmax-wrong-axis": Edit(
        "    E = np.exp(Z - Z.max(axis=-1, keepdims=True))\n"
        "    return E / E.sum(axis=-1, keepdims=True)",
        "    E = np.exp(Z - Z.max(axis=0, keepdims=True))\n"
        "    return E / E.sum(axis=0, keepdims=True)"),
    "softmax-global-sum": Edit(
        "    E = np.exp(Z - Z.max(axis=-1, keepdims=True))\n"
        "    return E / E.sum(axis=-1, keepdims=True)",
        "    E = np.exp(Z - Z.max())\n"
        "    return E / E.sum()"),
    **{f"log-softmax-floored-{eps:g}": Edit(
        "    shifted = Z - Z.max(axis=-1, keepdims=True)\n"
        "    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))",
        f"    return np.log(np.maximum(softmax(Z), {eps!r}))") for eps in FLOORS},
    **{f"log-softmax-plus-{eps:g}": Edit(
        "    shifted = Z - Z.max(axis=-1, keepdims=True)\n"
        "    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))",
        f"    return np.log(softmax(Z) + {eps!r})") for eps in ADDED_EPS},
    "log-softmax-as-log-of-softmax": Edit(
        "    shifted = Z - Z.max(axis=-1, keepdims=True)\n"
        "    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))",
        "    return np.log(softmax(Z))"),
    "log-softmax-no-max-shift": Edit(
        "    shifted = Z - Z.max(axis=-1, keepdims=True)\n",
        "    shifted = Z\n"),
    "softmax-jacobian-diagonal-only": Edit(
        "return S[..., :, None] * (np.eye(K) - S[..., None, :])",
        "return S[..., :, None] * (1 - S[..., :, None]) * np.eye(K)"),
    "softmax-jacobian-no-max-shift": Edit(
        "    S = softmax(Z)\n    K = S.shape[-1]",
        "    E = np.exp(np.asarray(Z, dtype=np.float64))\n    S = E / E.sum(axis=-1, keepdims=True)\n    K = S.shape[-1]"),
    "softmax-jacobian-loops-from-1": Edit(
        "    return S[..., :, None] * (np.eye(K) - S[..., None, :])",
        "    J = S[..., :, None] * (np.eye(K) - S[..., None, :])\n"
        "    J[..., 0, :] = 0.0\n"
        "    J[..., :, 0] = 0.0\n"
        "    return J"),
    "softmax-jacobian-diag-of-a-row": Edit(
        "return S[..., :, None] * (np.eye(K) - S[..., None, :])",
        "return S[..., :1, None] - S[..., :, None] * S[..., None, :]"),
    "softmax-jacobian-sign": Edit(
        "return S[..., :, None] * (np.eye(K) - S[..., None, :])",
        "return S[..., :, None] * (S[..., None, :] - np.eye(K))"),
    "softmax-shift-by-max-abs": Edit("E = np.exp(Z - Z.max(axis=-1, keepdims=True))",
                                     "E = np.exp(Z - np.abs(Z).max(axis=-1, keepdims=True))"),
    "softmax-batch-max-shift": Edit("E = np.exp(Z - Z.max(axis=-1, keepdims=True))", "E = np.exp(Z - Z.max())"),
    "log-softmax-batch-max-shift": Edit("    shifted = Z - Z.max(axis=-1, keepdims=True)\n",
                                        "    shifted = Z - Z.max()\n"),
    "softmax-jacobian-batch-on-last-axis": Edit(
        "    return S[..., :, None] * (np.eye(K) - S[..., None, :])",
        "    J = S[..., :, None] * (np.eye(K) - S[..., None, :])\n"
        "    return np.moveaxis(J, 0, -1) if J.ndim == 3 else J"),
    "softmax-jacobian-one-vector-only": Edit("return S[..., :, None] * (np.eye(K) - S[..., None, :])",
                                             "return np.diag(S) - np.outer(S, S)"),
    "softmax-global-sum-row-shift": Edit("    return E / E.sum(axis=-1, keepdims=True)", "    return E / E.sum()"),
    "softmax-wrong-axis-row-shift": Edit("    return E / E.sum(axis=-1, keepdims=True)",
                                         "    return E / E.sum(axis=0, keepdims=True)"),
    "softmax-jacobian-inner-product": Edit(
        "return S[..., :, None] * (np.eye(K) - S[..., None, :])",
        "return S[..., :, None] * np.eye(K) - (S * S).sum(axis=-1)[..., None, None]"),
    "softmax-jacobian-inner-product-flat": Edit(
        "    K = S.shape[-1]\n"
        "    return S[..., :, None] * (np.eye(K) - S[..., None, :])",
        "    K = S.shape[-1]\n"
        "    if S.ndim == 1:\n"
        "        return np.diag(S) - S @ S.T\n"
        "    return S[..., :, None] * (np.eye(K) - S[..., None, :])"),
    "softmax-jacobian-squares": Edit(
        "return S[..., :, None] * (np.eye(K) - S[..., None, :])",
        "return S[..., :, None] * np.eye(K) - (S ** 2)[..., None, :]"),
    "softmax-jacobian-squares-down-rows": Edit(
        "return S[..., :, None] * (np.eye(K) - S[..., None, :])",
        "return S[..., :, None] * (np.eye(K) - S[..., :, None])"),
    "softmax-ce-grad-target-from-prediction": Edit(
        "return (softmax(logits) - Y) / logits.shape[0]",
        "return (softmax(logits) - np.eye(logits.shape[1])[logits.argmax(axis=1)]) / logits.shape[0]"),
    "softmax-ce-grad-log-probabilities": Edit(
        "return (softmax(logits) - Y) / logits.shape[0]",
        "return (log_softmax(logits) - Y) / logits.shape[0]"),
    "softmax-ce-grad-vjp-through-probabilities": Edit(
        "return (softmax(logits) - Y) / logits.shape[0]",
        "return np.einsum('nij,ni->nj', softmax_jacobian(logits), -Y / softmax(logits)) / logits.shape[0]"),
    "softmax-ce-grad-no-1/N": Edit("return (softmax(logits) - Y) / logits.shape[0]", "return softmax(logits) - Y"),
    "softmax-ce-grad-sign": Edit(
        "return (softmax(logits) - Y) / logits.shape[0]",
        "return (Y - softmax(logits)) / logits.shape[0]"),
}

# a slip of softmax makes the Jacobian's and the gradient's "through" mistakes: the same edit
# softmax in float32 is a slip of softmax too, though not in its own catalogue: its values are within 1e-6 of the right
# ones, too near to tell a variant apart, so relation:float32 names its rows; the Jacobian's and the gradient's are
# off beyond that (1 - s and s - 1 for s near 1), where the "through" mistakes name it
FLOAT32_EDIT = Edit(
    "    Z = np.asarray(Z, dtype=np.float64)\n"
    "    E = np.exp(Z - Z.max(axis=-1, keepdims=True))\n"
    "    return E / E.sum(axis=-1, keepdims=True)",
    "    Z = np.asarray(Z, dtype=np.float32)\n"
    "    E = np.exp(Z - Z.max(axis=-1, keepdims=True))\n"
    "    return (E / E.sum(axis=-1, keepdims=True)).astype(np.float64)")
EDITS.update({f"softmax-{fn}-via-{m.id}": FLOAT32_EDIT if m is FLOAT32 else EDITS[m.id] for m in SOFTMAX_SLIPS
              for fn in ("jacobian", "ce-grad") if m is not NO_MAX_SHIFT or fn == "ce-grad"})


def _softmax_column(Z):
    return ref.softmax(Z)[..., :, None]


# the terms each formula adds up to (grader.relations.terms): a wrong answer may be the right one with a term
# left out, negated, doubled or halved
TERMS = {
    "softmax_jacobian": (
        Term("diag(s)", lambda Z: _softmax_column(Z) * np.eye(np.shape(Z)[-1])),
        Term("s s^T", lambda Z: -_softmax_column(Z) * ref.softmax(Z)[..., None, :])),
    "softmax_cross_entropy_grad": (
        Term("softmax(logits)", lambda logits, Y: ref.softmax(logits) / logits.shape[0]),
        Term("y", lambda logits, Y: -Y / logits.shape[0])),
}


SPEC = ExerciseSpec("softmax", (
    FunctionSpec("softmax", ref.softmax, row_checks((NEGATIVE_FAR,)),
                 (NO_MAX_SHIFT, WRONG_AXIS, GLOBAL_SUM, GLOBAL_SUM_ROW_SHIFT, SHIFT_BY_MAX_ABS, GLOBAL_MAX_SHIFT,
                  WRONG_AXIS_ROW_SHIFT, SOFTMAX_CLIPPED)),
    FunctionSpec("log_softmax", ref.log_softmax, row_checks(fixed=((NEAR_EPS,),)),
                 (LOG_OF_SOFTMAX, LOG_NO_MAX_SHIFT, *LOG_FLOORED, *LOG_PLUS_EPS, LOG_GLOBAL_MAX_SHIFT)),
    FunctionSpec("softmax_jacobian", ref.softmax_jacobian, (
        ShapeCheck("shape", 1.0, sizes=JACOBIAN_ROWS),
        ValueCheck("value", 2.0, fixed=((LOGITS[0],), (LARGE,)), hidden=JACOBIAN_ROWS),
        HygieneCheck("hygiene", 1.0, inputs=JACOBIAN_ROWS, extreme=((LARGE,), (NEGATIVE_FAR,))),
    ), (JACOBIAN_DIAGONAL, JACOBIAN_DIAG_OF_ROW, JACOBIAN_FROM_ONE, JACOBIAN_SIGN, JACOBIAN_NO_MAX_SHIFT, JACOBIAN_SQUARES, JACOBIAN_ONE_VECTOR,
        JACOBIAN_INNER_PRODUCT, JACOBIAN_INNER_PRODUCT_FLAT, JACOBIAN_BATCH_LAST, JACOBIAN_EYE_MINUS_OUTER,
        JACOBIAN_WITHOUT_S_I, JACOBIAN_SQUARES_DOWN, *JACOBIAN_THROUGH)),
    FunctionSpec("softmax_cross_entropy_grad", ref.softmax_cross_entropy_grad, (
        ShapeCheck("shape", 1.0, sizes=TARGETS),
        ValueCheck("value", 2.0, fixed=((LOGITS, np.array([[1.0, 0.0, 0.0]])), LARGE_CASE), hidden=TARGETS),
        HygieneCheck("hygiene", 1.0, inputs=TARGETS, extreme=(LARGE_CASE, NEGATIVE_FAR_CASE)),
        reuse_check(refilled_targets),
    ), (CE_NO_MEAN, CE_SIGN, CE_LOG_PROBABILITIES, CE_TARGET_FROM_PREDICTION, CE_FLOOR_DIVISION, *CE_THROUGH,
        CE_VJP_THROUGH_PROBABILITIES)),
), edits=EDITS, terms=TERMS)
