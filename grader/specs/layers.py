"""Spec of exercises/layers.py: dense_forward and dense_backward (batch-first Z = A W + b).

dense_forward's output is compared with the reference, and its cache must be (A, W, b) as the
docstring says; dense_backward is judged on the reference's caches (values and a gradient check that
localises a wrong tensor), so a wrong forward costs it nothing.
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
from mlptutor.grader.specs._draw import SIZES, sized
from mlptutor.grader.specs._reuse import computed_afresh
from mlptutor.reference import layers as ref

# the course's worked example, batch-first: x = [1, 2], W^T = [[.1, .3], [-.2, .4]], b = [0, .1]
EXAMPLE = (np.array([[1.0, 2.0]]), np.array([[0.1, -0.2], [0.3, 0.4]]), np.array([0.0, 0.1]))


GRADS = ("dA", "dW", "db")


def layer(n, k, rng, n_out=None):
    """A (n, k), W (k, n_out), b (n_out,) with n_out != k, so a transposed W cannot fit by accident."""
    n_out = n_out or k + 2
    return rng.normal(size=(n, k)), rng.normal(size=(k, n_out)), rng.normal(size=n_out)


def backward_case(n, k, rng):
    A, W, b = layer(n, k, rng)
    return rng.normal(size=(n, W.shape[1])), (A, W, b)


def cache_is_the_inputs(value, expected, case):
    """The cache is (A, W, b), in this order: what dense_backward (the student's and the reference's) unpacks; the
    line names the first item that differs, and how (a b reshaped to (1, n_out) is in its place, not out of order)."""
    if type(value) not in (tuple, list) or len(value) != 3:
        return "the cache must be (A, W, b), the layer's inputs in this order: dense_backward unpacks it so"
    inputs = dict(zip("AWb", case.args))
    for name, got in zip("AWb", value):
        if type(got) is np.ndarray and got.shape == inputs[name].shape and np.array_equal(got, inputs[name]):
            continue
        if other := next((n for n, sent in inputs.items() if type(got) is np.ndarray and got.shape == sent.shape
                          and np.array_equal(got, sent)), None):
            return f"the cache holds {other} where {name} belongs: it must be (A, W, b), the layer's inputs in this order"
        if type(got) is np.ndarray and got.shape != inputs[name].shape:
            return (f"the cache's {name} has shape {got.shape}, expected {inputs[name].shape}: cache the inputs as "
                    "they came, (A, W, b)")
        return f"the cache's {name} is not the {name} given: the cache is (A, W, b), the layer's inputs as they came"
    return None


# hidden inputs at several batch sizes and widths, shared by the checks of each function
LAYERS = Inputs("inputs", sized(layer))


def single_output_case(rng):
    """A layer of one output unit: db (1,) and dW (n_in, 1) must keep their axes (a squeeze gives () and (n_in,))."""
    A, W, b = layer(2, 3, rng, n_out=1)
    return rng.normal(size=(2, 1)), (A, W, b)


# the first and the last size twice in a row, with other values: gradients summed on the module while the shapes
# stay the same (a sum never reset) show on two calls
BACKWARD = Inputs("inputs", lambda rng: [*sized(backward_case, (SIZES[0], *SIZES, SIZES[-1]))(rng),
                                         single_output_case(rng)])


def refilled_layers(rng):
    """Two layers of one shape no other call has: the second call gets the first call's A, W, b refilled in place
    (a caller that updates W -= eta dW and runs the layer again)."""
    return [layer(4, 3, rng, n_out=2), layer(4, 3, rng, n_out=2)]


NO_BIAS = Mistake(
    "dense-forward-no-bias", "the dense layer without its bias",
    "Z = A W + b: add b (n_out,), it broadcasts over the rows.",
    lambda A, W, b: (A @ W, (A, W, b)))


def _bias_on_first_row(A, W, b):
    Z = np.asarray(A, dtype=np.float64) @ W
    Z[0] += b
    return Z, (A, W, b)


def _first_row_bias_only(A, W, b):
    Z = np.asarray(A, dtype=np.float64) @ W + b
    Z[0] = b
    return Z, (A, W, b)


FIRST_ROW_SKIPPED = Mistake(
    "dense-forward-rows-from-1", "A W filled row by row from row 1 (range(1, N)) into zeros: row 0 of Z holds only "
    "the bias",
    "Python indexes from 0: a loop over range(1, N) starts at the second example, so row 0 never gets its A[0] W; "
    "loop over range(N), or let A @ W do every row at once.",
    _first_row_bias_only)
BIAS_FIRST_ROW = Mistake(
    "dense-forward-bias-on-first-row", "the bias added to the first row of the batch only",
    "every row is one example and each gets the bias: Z = A W + b, with b (n_out,) broadcast over all N rows.",
    _bias_on_first_row)
BIAS_AS_COLUMN = Mistake(
    "dense-forward-bias-as-column", "the bias added as a column (n_out, 1), or to the transposed Z^T (n_out, N) as it "
    "is: either way it runs along the batch",
    "b (n_out,) belongs to the units, the last axis of A W (N, n_out): add it there as it is (it broadcasts over the "
    "rows). Along the batch it makes an (n_out, n_out) result for one example, wrong values where N = n_out and a "
    "broadcasting error for other batch sizes.",
    lambda A, W, b: (np.asarray(A, dtype=np.float64) @ W + np.reshape(b, (-1, 1)), (A, W, b)))
CACHE_WITHOUT_B = Mistake(
    "dense-forward-cache-without-b", "the cache holds (A, W) only: the bias is left out",
    "the docstring's cache is (A, W, b), all three inputs in this order: dense_backward unpacks three items.",
    lambda A, W, b: (np.asarray(A, dtype=np.float64) @ W + b, (A, W)))
CACHE_HOLDS_Z = Mistake(
    "dense-forward-cache-holds-Z", "the cache holds the output Z in place of the input A: (Z, W, b)",
    "dense_backward needs the layer's input to compute dW = A^T dZ: the cache is (A, W, b), the inputs as they came.",
    lambda A, W, b: (lambda Z: (Z, (Z, W, b)))(np.asarray(A, dtype=np.float64) @ W + b))
DB_NOT_SUMMED = Mistake(
    "dense-db-not-summed", "db returned per example instead of summed over the batch",
    "b is shared by every row, so db = dZ summed over axis 0: shape (n_out,).",
    lambda dZ, cache: (dZ @ cache[1].T, cache[0].T @ dZ, dZ))
DB_OVER_UNITS = Mistake(
    "dense-db-summed-over-units", "db summed over axis 1 (each example's units) instead of axis 0 (the batch)",
    "db has one entry per output unit, b's shape (n_out,): add dZ up over the rows (the examples), axis 0.",
    lambda dZ, cache: (dZ @ cache[1].T, cache[0].T @ dZ, dZ.sum(axis=1)))


def _db_at_rows(dZ, cache):
    """db scattered by each entry's row index: db[n] gathers example n's units (IndexError once N > n_out)."""
    db = np.zeros(np.shape(cache[2]))
    np.add.at(db, np.indices(np.shape(dZ))[0].ravel(), np.ravel(dZ))
    return dZ @ cache[1].T, cache[0].T @ dZ, db


# np.add.at(db, np.indices(dZ.shape)[0], ...): an index-arithmetic habit (APL/J) with the planes of np.indices
# mixed up, the row index where the column's was meant (tests/solutions/wrong/layers/r25_db_scattered_by_row.py)
DB_AT_ROWS = Mistake(
    "dense-db-scattered-by-row", "db scattered by each entry's row index (np.indices' plane 0) instead of its "
    "column's: db[n] holds example n's units summed",
    "np.indices(dZ.shape)[0] is each entry's row (its example), [1] its column (its unit): db[j] gathers the "
    "entries of column j, one per example.",
    _db_at_rows)
DB_MEAN = Mistake(
    "dense-db-mean", "db averaged over the batch instead of summed",
    "sum dZ over axis 0; any 1/N of a mean loss is already inside dZ.",
    lambda dZ, cache: (dZ @ cache[1].T, cache[0].T @ dZ, dZ.mean(axis=0)))
DW_TRANSPOSED = Mistake(
    "dense-dW-transposed", "dW computed as dZ^T A, the transpose of the right shape",
    "dW must have W's shape (n_in, n_out): dW = A^T dZ.",
    lambda dZ, cache: (dZ @ cache[1].T, dZ.T @ cache[0], dZ.sum(axis=0)))
DW_RESHAPED = Mistake(
    "dense-dW-reshaped", "dW computed as dZ^T A and reshaped to W's shape: the right numbers in the wrong places",
    "reshape keeps the order of the entries and refills the rows, which is no transpose: dW = A^T dZ already has W's "
    "shape (n_in, n_out).",
    lambda dZ, cache: (dZ @ cache[1].T, (dZ.T @ cache[0]).reshape(np.shape(cache[1])), dZ.sum(axis=0)))
EXTRA_MEAN = Mistake(
    "dense-backward-extra-1/N", "dW and db divided by the batch size",
    "dZ already carries the 1/N of a mean loss: dW = A^T dZ and db = sum of dZ, without dividing again.",
    lambda dZ, cache: (dZ @ cache[1].T, cache[0].T @ dZ / len(dZ), dZ.sum(axis=0) / len(dZ)))
DW_OUTER_OF_SUMS = Mistake(
    "dense-dW-outer-of-sums", "dW as the outer product of A and dZ each summed over the batch",
    "the one-example formula dW = a^T dz holds per example; summed first it mixes examples: dW = A^T dZ sums "
    "a_n^T dz_n over the rows n (the two agree only for a batch of one).",
    lambda dZ, cache: (dZ @ cache[1].T, np.outer(cache[0].sum(axis=0), dZ.sum(axis=0)), dZ.sum(axis=0)))
DW_FIRST_EXAMPLE = Mistake(
    "dense-dW-first-example", "dW from the first example only: the outer product of A[0] and dZ[0]",
    "the one-example formula dW = a^T dz holds per example, and W is shared by every row: dW = A^T dZ sums "
    "a_n^T dz_n over all N rows (the two agree only for a batch of one).",
    lambda dZ, cache: (dZ @ cache[1].T, np.outer(cache[0][0], dZ[0]), dZ.sum(axis=0)))
DB_FIRST_EXAMPLE = Mistake(
    "dense-db-first-example", "db from the first example only: dZ[0] instead of the sum over the batch",
    "b is shared by every row, so its gradient collects every row's dz: db = dZ summed over the batch (the two "
    "agree only for a batch of one).",
    lambda dZ, cache: (dZ @ cache[1].T, cache[0].T @ dZ, np.array(dZ[0], dtype=float)))
def _dA_bias_first_wrong_column(dZ, cache):
    A, W, b = cache
    W_tilde = np.vstack([np.reshape(b, (1, -1)), W])  # Bishop's w_0 = b on a constant input x_0 = 1, in front
    return (dZ @ W_tilde.T)[:, :-1], A.T @ dZ, dZ.sum(axis=0)


DA_BIAS_FIRST_WRONG_COLUMN = Mistake(
    "dense-dA-bias-first-last-column-dropped", "dA from the bias-folded weights [b; W] (bias row first) with the last "
    "column dropped instead of the first",
    "folded in front (x_0 = 1 first), the bias is column 0 of dZ [b; W]^T: drop that one, or simply take dA = dZ W^T "
    "(the constant input has no gradient to pass on).",
    _dA_bias_first_wrong_column)
BIAS_BEFORE_PRODUCT = Mistake(
    "dense-bias-before-product", "the bias added to the input before the product, Z = (A + b) W",
    "the bias is added after the product, once per output unit: Z = A W + b (b has n_out entries, one per column "
    "of Z, not one per input).",
    lambda A, W, b: ((A + b) @ W, (A, W, b)))
BIAS_INSIDE_PRODUCT = Mistake(
    "dense-bias-inside-product", "the bias added to the weights before the product, Z = A (W + b)",
    "the bias is added once per output unit after the product: Z = A W + b (A (W + b) adds b times the sum of each "
    "row of A).",
    lambda A, W, b: (A @ (W + b), (A, W, b)))

# How a student makes each mistake: in the correct solution tests/solutions/layers.py, `old` (found exactly once)
# becomes `new` (grader.mistakes.Edit); the spec's tests and the example class make their submissions so.
EDITS = {
    "dense-forward-no-bias": Edit("Z = A @ W + b", "Z = A @ W"),
    "dense-forward-bias-as-column": Edit("Z = A @ W + b", "Z = A @ W + b.reshape(-1, 1)"),
    "dense-forward-cache-without-b": Edit("    return Z, (A, W, b)", "    return Z, (A, W)"),
    "dense-forward-cache-holds-Z": Edit("    return Z, (A, W, b)", "    return Z, (Z, W, b)"),
    "dense-forward-rows-from-1": Edit("    Z = A @ W + b\n", "    Z = A @ W + b\n    Z[0] = b\n"),
    "dense-forward-bias-on-first-row": Edit("    Z = A @ W + b\n", "    Z = A @ W\n    Z[0] += b\n"),
    "dense-db-not-summed": Edit("dZ.sum(axis=0)", "dZ"),
    "dense-db-mean": Edit("dZ.sum(axis=0)", "dZ.mean(axis=0)"),
    "dense-db-scattered-by-row": Edit(
        "    return dZ @ W.T, A.T @ dZ, dZ.sum(axis=0)",
        "    db = np.zeros(np.shape(b))\n"
        "    np.add.at(db, np.indices(dZ.shape)[0].ravel(), dZ.ravel())\n"
        "    return dZ @ W.T, A.T @ dZ, db"),
    "dense-db-summed-over-units": Edit("dZ.sum(axis=0)", "dZ.sum(axis=1)"),
    "dense-dW-transposed": Edit("A.T @ dZ", "dZ.T @ A"),
    "dense-dW-reshaped": Edit("A.T @ dZ", "(dZ.T @ A).reshape(W.shape)"),
    "dense-dW-outer-of-sums": Edit("A.T @ dZ", "np.outer(A.sum(axis=0), dZ.sum(axis=0))"),
    "dense-dW-first-example": Edit("A.T @ dZ", "np.outer(A[0], dZ[0])"),
    "dense-db-first-example": Edit("dZ.sum(axis=0)", "dZ[0]"),
    "dense-bias-before-product": Edit("Z = A @ W + b", "Z = (A + b) @ W"),
    "dense-bias-inside-product": Edit("Z = A @ W + b", "Z = A @ (W + b)"),
    "dense-dA-bias-first-last-column-dropped": Edit(
        "return dZ @ W.T, A.T @ dZ, dZ.sum(axis=0)",
        "return (dZ @ np.vstack([b, W]).T)[:, :-1], A.T @ dZ, dZ.sum(axis=0)"),
    "dense-backward-extra-1/N": Edit(
        "return dZ @ W.T, A.T @ dZ, dZ.sum(axis=0)",
        "return dZ @ W.T, A.T @ dZ / len(dZ), dZ.sum(axis=0) / len(dZ)"),
}


SPEC = ExerciseSpec("layers", (
    FunctionSpec("dense_forward", ref.dense_forward, (
        ShapeCheck("shape", 1.0, sizes=LAYERS, pick=(0,)),
        ValueCheck("value", 2.0, fixed=(EXAMPLE,), hidden=LAYERS, pick=(0,)),
        BehaviourCheck("cache", 1.0, scenarios=(
            Scenario("the cache", cache_is_the_inputs, pick=(1,), draw=lambda rng: layer(3, 2, rng), validate=False),
        )),
        BehaviourCheck("reuse", 0.5, scenarios=(
            Scenario("A, W, b refilled in place", computed_afresh, pick=(0,), draw=refilled_layers, several=True,
                     refill=True),)),
        HygieneCheck("hygiene", 1.0, inputs=LAYERS, pick=(0,)),
    ), (NO_BIAS, BIAS_FIRST_ROW, FIRST_ROW_SKIPPED, BIAS_AS_COLUMN, CACHE_WITHOUT_B, CACHE_HOLDS_Z, BIAS_BEFORE_PRODUCT,
        BIAS_INSIDE_PRODUCT)),
    FunctionSpec("dense_backward", ref.dense_backward, (
        ShapeCheck("shape", 1.0, sizes=BACKWARD, names=GRADS),
        ValueCheck("value", 2.0, hidden=BACKWARD, names=GRADS),
        HygieneCheck("hygiene", 1.0, inputs=BACKWARD),
        GradientCheck("gradient", 2.0, forward="dense_forward", reference_forward=ref.dense_forward,
                      point=lambda rng: dict(zip("AWb", layer(3, 2, rng))),
                      grads=lambda result: dict(zip("AWb", result)), names=GRADS),
    ), (DB_NOT_SUMMED, DB_MEAN, DB_OVER_UNITS, DB_AT_ROWS, DW_TRANSPOSED, EXTRA_MEAN, DW_OUTER_OF_SUMS, DW_FIRST_EXAMPLE,
        DB_FIRST_EXAMPLE, DW_RESHAPED, DA_BIAS_FIRST_WRONG_COLUMN)),
), edits=EDITS)
