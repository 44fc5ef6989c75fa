"""Early stopping with np.float64 comparisons and numpy integer results (scalars style)."""

import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    best = np.float64(np.inf)
    best_epoch = 0
    waited = 0
    for e, loss in enumerate(val_losses):
        loss = np.float64(loss)
        if loss < best - np.float64(min_delta):
            best, best_epoch, waited = loss, e, 0
        else:
            waited += 1
            if waited >= patience:
                return np.intp(e), np.intp(best_epoch)
    return np.intp(len(val_losses) - 1), np.intp(best_epoch)


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[best_epoch]
