"""A correct solution of exercises/early_stopping.py as Mitchell (section 4.6.5) describes
it: keep the weights with the lowest validation error seen so far and stop once it has not
improved for a while."""

import numpy as np


def _watch(val_losses, patience, min_delta):
    """(stop epoch, best epoch) of one pass over the validation curve."""
    best_error, best_epoch, waited = np.inf, 0, 0
    for epoch, error in enumerate(val_losses):
        if error < best_error - min_delta:
            best_error, best_epoch, waited = error, epoch, 0
        else:
            waited += 1
            if waited >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch


def early_stopping(val_losses, patience, min_delta=0.0):
    return _watch(val_losses, patience, min_delta)


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = _watch(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[best_epoch]
