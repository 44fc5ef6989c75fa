"""Early stopping as a Keras-like callback object fed one epoch at a time.

The callback keeps the best loss seen at an improving epoch and a wait
counter; the functions replay the curve through it.
"""

import math


class _EarlyStopper:
    def __init__(self, patience, min_delta):
        self.patience, self.min_delta = patience, min_delta
        self.best, self.best_epoch, self.wait = math.inf, 0, 0

    def update(self, epoch, loss):
        """Record one epoch; True when training should stop after it."""
        if loss < self.best - self.min_delta:
            self.best, self.best_epoch, self.wait = loss, epoch, 0
            return False
        self.wait += 1
        return self.wait >= self.patience


def _replay(val_losses, patience, min_delta):
    stopper = _EarlyStopper(patience, min_delta)
    epoch = -1
    for epoch, loss in enumerate(val_losses):
        if stopper.update(epoch, float(loss)):
            break
    return epoch, stopper.best_epoch


def early_stopping(val_losses, patience, min_delta=0.0):
    return _replay(val_losses, patience, min_delta)


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = _replay(val_losses, patience, min_delta)
    return stop, best, weights[best]
