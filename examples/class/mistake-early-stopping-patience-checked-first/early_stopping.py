"""A correct student solution of exercises/early_stopping.py."""

import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = np.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if wait >= patience:
            return epoch, best_epoch
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
    return len(val_losses) - 1, best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[best_epoch]
