"""Early stopping written as a Keras-like callback object driven epoch by epoch."""

import math


class _Monitor:
    def __init__(self, patience, min_delta):
        self.patience = patience
        self.min_delta = abs(min_delta)
        self.best = math.inf
        self.best_epoch = 0
        self.wait = 0

    def on_epoch_end(self, epoch, loss):
        """True when training should stop after this epoch."""
        if loss < self.best - self.min_delta:
            self.best, self.best_epoch, self.wait = loss, epoch, 0
            return False
        self.wait += 1
        return self.wait >= self.patience


def early_stopping(val_losses, patience, min_delta=0.0):
    monitor = _Monitor(patience, min_delta)
    last = len(val_losses) - 1
    for epoch, loss in enumerate(val_losses):
        if monitor.on_epoch_end(epoch, float(loss)):
            return epoch, monitor.best_epoch
    return last, monitor.best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[best]
