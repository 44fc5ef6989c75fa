"""Exercise: early stopping on a validation-loss curve.

Epochs are numbered from 0: val_losses[e] is the loss after epoch e.
"""

import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    """Where early stopping halts on a validation-loss curve.

    val_losses: list of floats, val_losses[e] after epoch e (epochs from 0).
    Improvement: loss < best - min_delta (min_delta is absolute, in the loss's units).
    Stop at the first epoch with `patience` consecutive non-improving epochs, else at the last epoch.
    Returns (stop_epoch, best_epoch), both 0-based.
    """
    raise NotImplementedError


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """Early stopping with restore-best-weights.

    weights: list with one params dict per epoch, weights[e] the params after epoch e.
    Same rule as early_stopping. Returns (stop_epoch, best_epoch, weights[best_epoch]).
    """
    raise NotImplementedError
