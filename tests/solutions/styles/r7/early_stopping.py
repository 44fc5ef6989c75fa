"""A correct solution of exercises/early_stopping.py, style r7: a generator of improvement flags, one pass, early return."""
import math


def _improvements(val_losses, min_delta):
    """Yield (epoch, improved) with the running best kept inside the generator."""
    best = math.inf
    for epoch, loss in enumerate(val_losses):
        improved = loss < best - min_delta
        if improved:
            best = loss
        yield epoch, improved


def early_stopping(val_losses, patience, min_delta=0.0):
    best_epoch, streak, epoch = 0, 0, 0
    for epoch, improved in _improvements(val_losses, min_delta):
        if improved:
            best_epoch, streak = epoch, 0
            continue
        streak += 1
        if streak >= patience:
            return epoch, best_epoch
    return epoch, best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[best]
