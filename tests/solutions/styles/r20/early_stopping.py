"""early_stopping in the r20 habit: Geron's loop keeping best_valid_loss and a deepcopy of the best model."""

import numpy as np


def _deepcopy(params):
    """copy.deepcopy of a dict of arrays, with numpy alone."""
    return {name: np.array(value, copy=True) for name, value in params.items()}


def early_stopping(val_losses, patience, min_delta=0.0):
    best_valid_loss = float("inf")
    best_epoch = 0
    epochs_without_progress = 0
    epoch = 0
    for epoch, valid_loss in enumerate(val_losses):
        if valid_loss < best_valid_loss - min_delta:
            best_valid_loss = valid_loss
            best_epoch = epoch
            epochs_without_progress = 0
        else:
            epochs_without_progress += 1
            if epochs_without_progress >= patience:
                break
    return epoch, best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    best_model = _deepcopy(weights[best_epoch])
    return stop_epoch, best_epoch, best_model
