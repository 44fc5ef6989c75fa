"""Early stopping as a Caffe solver's test phase would drive it (style r24).

Caffe's Solver runs TestAll() every test_interval iterations; here every
epoch is one test, and the "snapshot" of the best test loss is what a
restore brings back.
"""

import numpy as np


class _SnapshotMonitor:
    """Tracks the best test loss and the tests since it improved (min_delta absolute)."""

    def __init__(self, patience, min_delta):
        self.patience = patience
        self.min_delta = min_delta
        self.best_loss = np.inf
        self.best_iter = 0
        self.wait = 0

    def test(self, test_iter, loss):
        """Record one test; True when the solver should stop after it."""
        if loss < self.best_loss - self.min_delta:
            self.best_loss = loss
            self.best_iter = test_iter
            self.wait = 0
        else:
            self.wait += 1
        return self.wait >= self.patience


def early_stopping(val_losses, patience, min_delta=0.0):
    """(stop_epoch, best_epoch), 0-based, of early stopping on val_losses."""
    monitor = _SnapshotMonitor(patience, min_delta)
    stop_iter = len(val_losses) - 1
    for test_iter, loss in enumerate(val_losses):
        if monitor.test(test_iter, float(loss)):
            stop_iter = test_iter
            break
    return stop_iter, monitor.best_iter


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """(stop_epoch, best_epoch, weights[best_epoch]): the snapshot of the best test."""
    stop_iter, best_iter = early_stopping(val_losses, patience, min_delta)
    return stop_iter, best_iter, weights[best_iter]
