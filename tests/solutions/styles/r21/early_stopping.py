"""Early stopping on a validation curve (epochs from 0, unlike R's which.min)."""

import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    """(stop_epoch, best_epoch), both 0-based: stop after `patience` non-improving epochs in a row."""
    best, best_epoch, waited = np.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, waited = loss, epoch, 0
        else:
            waited += 1
            if waited >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """(stop_epoch, best_epoch, weights[best_epoch])."""
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[best]
