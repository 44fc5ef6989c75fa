"""A correct solution of exercises/early_stopping.py, style r8: a Keras-like callback object fed epoch by epoch."""
import math


class _EarlyStopping:
    def __init__(self, patience, min_delta):
        self.patience, self.min_delta = patience, min_delta
        self.best, self.best_epoch, self.wait = math.inf, None, 0

    def on_epoch_end(self, epoch, loss):
        """True when training should stop after this epoch."""
        if self.best_epoch is None or loss < self.best - self.min_delta:
            self.best, self.best_epoch, self.wait = loss, epoch, 0
            return False
        self.wait += 1
        return self.wait >= self.patience


def early_stopping(val_losses, patience, min_delta=0.0):
    callback = _EarlyStopping(patience, min_delta)
    stop = len(val_losses) - 1
    for epoch, loss in enumerate(val_losses):
        if callback.on_epoch_end(epoch, loss):
            stop = epoch
            break
    return stop, callback.best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[best]
