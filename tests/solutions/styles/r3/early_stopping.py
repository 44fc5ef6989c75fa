"""Correct solution of exercises/early_stopping.py, functional style: the rule as a generator of states."""

import math


def _states(val_losses, min_delta):
    """Yield (epoch, best_epoch, waiting) after each epoch."""
    best, best_epoch, waiting = math.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        improved = loss < best - min_delta
        best, best_epoch, waiting = (loss, epoch, 0) if improved else (best, best_epoch, waiting + 1)
        yield epoch, best_epoch, waiting


def early_stopping(val_losses, patience, min_delta=0.0):
    states = list(_states(val_losses, min_delta))
    stop = next((s for s in states if s[2] >= patience), states[-1])
    return stop[0], stop[1]


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[best_epoch]
