"""r11 style: early stopping as a generator of (epoch, improved) events."""

import copy


def _events(val_losses, min_delta):
    best = None
    for epoch, loss in enumerate(val_losses):
        improved = best is None or loss < best - min_delta
        if improved:
            best = loss
        yield epoch, improved


def early_stopping(val_losses, patience, min_delta=0.0):
    best_epoch, waited, epoch = 0, 0, 0
    for epoch, improved in _events(val_losses, min_delta):
        if improved:
            best_epoch, waited = epoch, 0
        else:
            waited += 1
        if waited >= patience:
            break
    return epoch, best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, copy.deepcopy(weights[best])
