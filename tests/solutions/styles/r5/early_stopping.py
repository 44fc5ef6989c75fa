"""Correct solution, style r5: a small stateful monitor class fed one loss at a time."""


class _Monitor:
    def __init__(self, patience, min_delta):
        self.patience, self.min_delta = patience, min_delta
        self.best, self.best_epoch, self.waited = float("inf"), 0, 0

    def should_stop(self, epoch, loss):
        if loss < self.best - self.min_delta:
            self.best, self.best_epoch, self.waited = loss, epoch, 0
            return False
        self.waited += 1
        return self.waited >= self.patience


def early_stopping(val_losses, patience, min_delta=0.0):
    monitor = _Monitor(patience, min_delta)
    for epoch, loss in enumerate(val_losses):
        if monitor.should_stop(epoch, loss):
            return epoch, monitor.best_epoch
    return len(val_losses) - 1, monitor.best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[best]
