"""Early stopping, typed-Python style: a small dataclass holds the monitor's state, one pure update per epoch."""

from dataclasses import dataclass, replace

import numpy as np


@dataclass(frozen=True)
class Monitor:
    best: float = np.inf
    best_epoch: int = 0
    waited: int = 0


def _observe(monitor: Monitor, epoch: int, loss: float, min_delta: float) -> Monitor:
    if loss < monitor.best - min_delta:
        return Monitor(best=loss, best_epoch=epoch, waited=0)
    return replace(monitor, waited=monitor.waited + 1)


def early_stopping(val_losses, patience, min_delta=0.0):
    assert len(val_losses) > 0, "need at least one epoch"
    monitor = Monitor()
    for epoch, loss in enumerate(val_losses):
        monitor = _observe(monitor, epoch, float(loss), min_delta)
        if monitor.waited >= patience:
            return epoch, monitor.best_epoch
    return len(val_losses) - 1, monitor.best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    assert len(weights) == len(val_losses), "one params dict per epoch"
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[best_epoch]
