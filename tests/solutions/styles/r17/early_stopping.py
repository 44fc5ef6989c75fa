"""Early stopping, the scikit-learn MLP way (habit: scikit-learn's _update_no_improvement_count).

sklearn keeps best_validation_score_ and a _no_improvement_count that is reset on
every improvement larger than tol and stops once it exceeds n_iter_no_change; here
the stub's names: min_delta is tol, patience is n_iter_no_change, and the count
stops as soon as it reaches patience.
"""

import numpy as np


def _no_improvement_scan(val_losses, n_iter_no_change, tol):
    """(stop_epoch, best_epoch) following sklearn's counter of epochs without improvement."""
    validation_scores_ = [float(v) for v in val_losses]
    best_loss_ = np.inf
    best_epoch_ = 0
    no_improvement_count_ = 0
    n_iter_ = 0
    for n_iter_, loss in enumerate(validation_scores_):
        if loss < best_loss_ - tol:
            best_loss_ = loss
            best_epoch_ = n_iter_
            no_improvement_count_ = 0
        else:
            no_improvement_count_ += 1
        if no_improvement_count_ >= n_iter_no_change:
            return n_iter_, best_epoch_
    return n_iter_, best_epoch_


def early_stopping(val_losses, patience, min_delta=0.0):
    """Where early stopping halts on a validation-loss curve.

    val_losses: list of floats, val_losses[e] after epoch e (epochs from 0).
    Improvement: loss < best - min_delta (min_delta is absolute, in the loss's units).
    Stop at the first epoch with `patience` consecutive non-improving epochs, else at the last epoch.
    Returns (stop_epoch, best_epoch), both 0-based.
    """
    return _no_improvement_scan(val_losses, patience, min_delta)


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """Early stopping with restore-best-weights.

    weights: list with one params dict per epoch, weights[e] the params after epoch e.
    Same rule as early_stopping. Returns (stop_epoch, best_epoch, weights[best_epoch]).
    """
    stop_epoch, best_epoch = _no_improvement_scan(val_losses, patience, min_delta)
    # sklearn restores coefs_ from its _best_coefs copies: hand back copies, not the caller's arrays
    best = {name: np.array(value, copy=True) for name, value in weights[best_epoch].items()}
    return stop_epoch, best_epoch, best
