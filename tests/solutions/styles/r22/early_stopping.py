"""Exercise: early stopping on a validation-loss curve.

Data Science from Scratch style: walk the list of floats once, keep the best so far.
Epochs are numbered from 0: val_losses[e] is the loss after epoch e.
"""

from typing import List, Tuple

import numpy as np

Vector = List[float]


def _first_stop(val_losses: Vector, patience: int, min_delta: float) -> Tuple[int, int]:
    """(stop_epoch, best_epoch) of one pass over the curve."""
    best_loss = float("inf")
    best_epoch = 0
    bad_epochs = 0
    for epoch, loss in enumerate(val_losses):
        if loss < best_loss - min_delta:
            best_loss, best_epoch, bad_epochs = loss, epoch, 0
        else:
            bad_epochs += 1
            if bad_epochs >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch


def early_stopping(val_losses, patience, min_delta=0.0):
    """Where early stopping halts on a validation-loss curve.

    val_losses: list of floats, val_losses[e] after epoch e (epochs from 0).
    Improvement: loss < best - min_delta (min_delta is absolute, in the loss's units).
    Stop at the first epoch with `patience` consecutive non-improving epochs, else at the last epoch.
    Returns (stop_epoch, best_epoch), both 0-based.
    """
    losses = [float(v) for v in np.asarray(val_losses, dtype=float).ravel()]
    return _first_stop(losses, patience, min_delta)


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """Early stopping with restore-best-weights.

    weights: list with one params dict per epoch, weights[e] the params after epoch e.
    Same rule as early_stopping. Returns (stop_epoch, best_epoch, weights[best_epoch]).
    """
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[best_epoch]
