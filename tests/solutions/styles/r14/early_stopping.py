"""early stopping counted as the distance from the best epoch, with a deep-copied restore."""

import copy


def early_stopping(val_losses, patience, min_delta=0.0):
    losses = [float(v) for v in val_losses]
    best_epoch, best = 0, losses[0]
    for epoch in range(1, len(losses)):
        if losses[epoch] < best - min_delta:
            best_epoch, best = epoch, losses[epoch]
        elif epoch - best_epoch >= patience:
            return epoch, best_epoch
    return len(losses) - 1, best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, copy.deepcopy(weights[best])
