"""early_stopping as a small state machine class behind the functions (style r13)."""

import copy


class _Monitor:
    def __init__(self, patience, min_delta):
        self.patience, self.min_delta = patience, min_delta
        self.best, self.best_epoch, self.wait = None, None, 0

    def update(self, epoch, loss):
        """Feed one epoch; True when training should stop after it."""
        if self.best is None or loss < self.best - self.min_delta:
            self.best, self.best_epoch, self.wait = loss, epoch, 0
        else:
            self.wait += 1
        return self.wait >= self.patience


def early_stopping(val_losses, patience, min_delta=0.0):
    monitor = _Monitor(patience, min_delta)
    last = len(val_losses) - 1
    for epoch, loss in enumerate(val_losses):
        if monitor.update(epoch, loss):
            return epoch, monitor.best_epoch
    return last, monitor.best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    # a private copy: the caller's per-epoch checkpoints stay untouched
    return stop, best, copy.deepcopy(weights[best])
