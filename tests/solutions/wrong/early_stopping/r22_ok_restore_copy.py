"""early_stopping.early_stopping_restore: right: returns a deep copy of weights[best_epoch] (equal values, a new dict of new arrays), which the docstring allows."""

import copy


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, copy.deepcopy(weights[best_epoch])
