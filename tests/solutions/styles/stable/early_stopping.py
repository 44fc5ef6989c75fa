"""Early stopping from running minima computed with numpy (stable style)."""

import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    losses = np.asarray(val_losses, dtype=np.float64)
    best, best_epoch, since = losses[0], 0, 0
    for e in range(1, len(losses)):
        if losses[e] < best - min_delta:
            best, best_epoch, since = losses[e], e, 0
            continue
        since += 1
        if since >= patience:
            return e, best_epoch
    return len(losses) - 1, best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[best_epoch]
