"""One example through a dense layer: z = x W + b (W of shape (n_in, n_out)), a = ReLU(z)."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded, told_apart
from mlptutor.reference.activations import relu
from mlptutor.reference.layers import dense_forward


def generate(rng):
    """2-3 inputs, 2-3 units; every |z| >= 0.05 (no ReLU kink), at least one unit active and one not; no bias 0
    (a 0 bias on every active unit gave the forgotten bias full marks); every known mistake told apart."""
    n_in, n_out = int(rng.integers(2, 4)), int(rng.integers(2, 4))
    while True:
        params = {"x": rounded(rng, -2, 2, 1, size=n_in, min_abs=0.5),
                  "W": rounded(rng, -1, 1, 1, size=(n_in, n_out), min_abs=0.1),
                  "b": rounded(rng, -0.5, 0.5, 1, size=n_out, min_abs=0.1)}
        z = np.asarray(_affine(params["x"], params["W"], params["b"]))
        if (np.abs(z).min() >= 0.05 and (z > 0).any() and (z < 0).any()
                and told_apart(params, solve(params)["answers"], MISTAKES, __file__)):
            return params


def _affine(x, W, b):
    return dense_forward(np.asarray([x], dtype=float), np.asarray(W, dtype=float), np.asarray(b, dtype=float))[0][0].tolist()


def solve(params):
    z = _affine(params["x"], params["W"], params["b"])
    return {"answers": {"z": z, "a": relu(np.asarray(z)).tolist()}, "steps": {}}


def _no_bias(p):
    z = _affine(p["x"], p["W"], np.zeros(len(p["b"])))
    return {"z": z, "a": relu(np.asarray(z)).tolist()}


def _rows_as_units(p):
    """The notes' layout (section 14.2: z = W x + b, rows are units) applied to this W: z = x W^T + b, which only a
    square W lets one compute."""
    W = np.asarray(p["W"], dtype=float)
    if W.shape[0] != W.shape[1]:
        return {}
    z = _affine(p["x"], W.T, p["b"])
    return {"z": z, "a": relu(np.asarray(z)).tolist()}


MISTAKES = [
    AnswerMistake("forward-transposed-W", "W read with one row per unit (z = W x + b), not one row per input",
            "Here W has one row per input and one column per unit: z_j = sum_i x_i W_ij + b_j, i.e. x W + b.",
            _rows_as_units),
    AnswerMistake("forward-no-bias", "the bias left out", "Add the bias b to x W before the activation.", _no_bias),
    AnswerMistake("forward-no-activation", "the activation skipped (a = z)",
            "a = ReLU(z): negative pre-activations become 0.", lambda p: {"a": solve(p)["answers"]["z"]}),
]
