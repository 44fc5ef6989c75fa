"""Correct solution of exercises/early_stopping.py, r4 style: a Monitor class fed one epoch at a time, like a training-loop callback."""

import math


class Monitor:
    def __init__(self, patience, min_delta):
        self.patience, self.min_delta = patience, min_delta
        self.best, self.best_epoch, self.wait = math.inf, 0, 0

    def update(self, epoch, loss):
        """Record one epoch; True when training should stop after it."""
        if loss < self.best - self.min_delta:
            self.best, self.best_epoch, self.wait = loss, epoch, 0
        else:
            self.wait += 1
        return self.wait >= self.patience


def early_stopping(val_losses, patience, min_delta=0.0):
    monitor = Monitor(patience, min_delta)
    stop = next((e for e, loss in enumerate(val_losses) if monitor.update(e, loss)), len(val_losses) - 1)
    return stop, monitor.best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[best]
