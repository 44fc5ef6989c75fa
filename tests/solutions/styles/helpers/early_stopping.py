"""Early stopping with a small state class (helpers style)."""


class _Monitor:
    def __init__(self, patience, min_delta):
        self.patience, self.min_delta = patience, min_delta
        self.best = None
        self.best_epoch = 0
        self.bad_epochs = 0

    def _improves(self, loss):
        return self.best is None or loss < self.best - self.min_delta

    def update(self, epoch, loss):
        """Record one epoch; True when training should stop here."""
        if self._improves(loss):
            self.best, self.best_epoch, self.bad_epochs = loss, epoch, 0
            return False
        self.bad_epochs += 1
        return self.bad_epochs >= self.patience


def early_stopping(val_losses, patience, min_delta=0.0):
    monitor = _Monitor(patience, min_delta)
    for epoch, loss in enumerate(val_losses):
        if monitor.update(epoch, loss):
            return epoch, monitor.best_epoch
    return len(val_losses) - 1, monitor.best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[best]
