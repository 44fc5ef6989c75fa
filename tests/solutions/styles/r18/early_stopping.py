"""Early stopping, the bookkeeping of a makemore training loop: best_loss, best_i, bad_steps."""

import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    """Where early stopping halts on a validation-loss curve: (stop_epoch, best_epoch), both 0-based."""
    best_loss = float("inf")
    best_i = 0
    bad = 0
    for i, loss in enumerate(val_losses):
        if loss < best_loss - min_delta:
            best_loss = loss
            best_i = i
            bad = 0
        else:
            bad += 1
            if bad >= patience:
                return i, best_i
    return len(val_losses) - 1, best_i


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """Early stopping with restore-best-weights: (stop_epoch, best_epoch, weights[best_epoch])."""
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[best]
