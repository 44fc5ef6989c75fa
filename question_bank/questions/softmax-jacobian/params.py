"""d s_i / d z_j = s_i (delta_ij - s_j) for s = softmax(z): the two formulas, then the 3 x 3 Jacobian at given logits."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded, separated
from mlptutor.reference.derivatives import softmax_diagonal, softmax_off_diagonal
from mlptutor.reference.softmax import softmax, softmax_jacobian


def generate(rng):
    """3 logits at least 0.2 apart, every Jacobian entry at least 0.005 in size (none prints as 0)."""
    while True:
        z = rounded(rng, -1, 2, 1, size=3)
        if separated(z, 0.2) and np.abs(softmax_jacobian(np.asarray(z))).min() >= 0.005:
            return {"z": z}


def solve(params):
    z = np.asarray(params["z"], dtype=float)
    return {
        "answers": {"diagonal": softmax_diagonal(), "off_diagonal": softmax_off_diagonal(),
                    "jacobian": softmax_jacobian(z).tolist()},
        "steps": {"s": softmax(z).tolist()},
    }


def _no_cross_terms(p):
    s = np.asarray(solve(p)["steps"]["s"])
    return {"jacobian": np.diag(s * (1 - s)).tolist()}


MISTAKES = [
    AnswerMistake("softmax-jacobian-diagonal-only", "only the diagonal (as if each s_i depended on z_i alone)",
            "Every s_i depends on every logit through the shared denominator: ds_i/dz_j = -s_i s_j for i != j.",
            _no_cross_terms),
]
