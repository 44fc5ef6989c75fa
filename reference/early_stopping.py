"""Early stopping: halt when the validation loss stops improving, keep the best weights.

Epochs are numbered from 0: val_losses[e] is the validation loss measured
after training epoch e. An epoch improves when its loss is below
best - min_delta (best = the lowest loss so far). The run stops at the first
epoch that makes `patience` epochs in a row without improvement; if that
never happens it runs to the last epoch, len(val_losses) - 1.

Example: losses [1.0, 0.8, 0.7, 0.75, 0.72, 0.71] with patience 3 improve
until epoch 2, then epochs 3, 4, 5 fail: stop_epoch 5, best_epoch 2.
"""


class EarlyStopping:
    """Feed one validation loss per epoch to `update`; it says when to stop.

    Attributes after each update: best_loss, best_epoch, best_params (the params
    passed with the best loss), stop_epoch (None while running), wait (epochs
    since the last improvement).
    """

    def __init__(self, patience, min_delta=0.0):
        if patience < 1:
            raise ValueError(f"patience must be at least 1 epoch, got {patience}")
        if min_delta < 0:
            raise ValueError(f"min_delta must be non-negative, got {min_delta}")
        self.patience, self.min_delta = patience, min_delta
        self.best_loss, self.best_epoch, self.best_params = float("inf"), None, None
        self.stop_epoch, self.wait, self.epoch = None, 0, -1

    def update(self, val_loss, params=None):
        """Record the next epoch's validation loss (and its params); returns True when training should stop."""
        self.epoch += 1
        if val_loss < self.best_loss - self.min_delta:
            self.best_loss, self.best_epoch, self.best_params = val_loss, self.epoch, params
            self.wait = 0
        else:
            self.wait += 1
        if self.wait >= self.patience:
            self.stop_epoch = self.epoch
        return self.stop_epoch is not None


def _run(val_losses, weights, patience, min_delta):
    if len(val_losses) == 0:
        raise ValueError("val_losses is empty: give one validation loss per epoch")
    stopper = EarlyStopping(patience, min_delta)
    for loss, params in zip(val_losses, weights):
        if stopper.update(loss, params):
            return stopper.stop_epoch, stopper.best_epoch, stopper.best_params
    return len(val_losses) - 1, stopper.best_epoch, stopper.best_params


def early_stopping(val_losses, patience, min_delta=0.0):
    """Where early stopping halts on a validation-loss curve.

    val_losses: list of floats, val_losses[e] after epoch e (epochs from 0).
    Improvement: loss < best - min_delta (min_delta is absolute, in the loss's units).
    Stop at the first epoch with `patience` consecutive non-improving epochs, else at the last epoch.
    Returns (stop_epoch, best_epoch), both 0-based.
    """
    stop_epoch, best_epoch, _ = _run(val_losses, [None] * len(val_losses), patience, min_delta)
    return stop_epoch, best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """Early stopping with restore-best-weights.

    weights: list with one params dict per epoch, weights[e] the params after epoch e.
    Same rule as early_stopping. Returns (stop_epoch, best_epoch, weights[best_epoch]).
    """
    if len(weights) != len(val_losses):
        raise ValueError(f"{len(weights)} weight snapshots for {len(val_losses)} losses: give one per epoch")
    return _run(val_losses, weights, patience, min_delta)
