"""A correct student solution of exercises/early_stopping.py."""

import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = np.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
        if wait >= patience:
            return epoch, best_epoch
    return len(val_losses) - 1, best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait, stop_epoch, prev = np.inf, 0, 0, len(val_losses) - 1, np.inf
    for epoch, loss in enumerate(val_losses):
        if wait >= patience:
            stop_epoch = epoch
            break
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
    return stop_epoch, best_epoch, weights[best_epoch]
