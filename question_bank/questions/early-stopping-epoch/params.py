"""Early stopping with patience on a validation-loss curve (epochs numbered from 0)."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import separated
from mlptutor.reference.early_stopping import early_stopping


def generate(rng):
    """A curve that falls, bottoms out and rises noisily; distinct losses (no ties); it stops before the end."""
    patience = int(rng.integers(2, 4))
    while True:
        n = int(rng.integers(9, 13))
        bottom = int(rng.integers(3, n - patience - 1))
        t = np.arange(n)
        curve = 0.5 + 0.04 * (t - bottom) ** 2 / (1 + 0.3 * abs(t - bottom)) + rng.normal(0, 0.02, n)
        losses = np.round(curve, 3).tolist()
        stop, best = early_stopping(losses, patience)
        if separated(losses, 0.002) and stop < n - 1:
            return {"losses": losses, "patience": patience}


def solve(params):
    losses = params["losses"]
    stop, best = early_stopping(losses, params["patience"])
    # epochs before the best without a new lowest loss: the counter rose there and was reset later
    setbacks = [t for t in range(1, best) if losses[t] >= min(losses[:t])]
    return {"answers": {"best_epoch": int(best), "stop_epoch": int(stop)},
            "steps": {"best_loss": losses[best], "setbacks": setbacks}}


MISTAKES = [
    AnswerMistake("early-stopping-one-based", "epochs counted from 1",
            "The first validation loss is epoch 0.",
            lambda p: {k: v + 1 for k, v in solve(p)["answers"].items()}),
]
