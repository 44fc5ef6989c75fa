"""Early stopping written from the Theano MLP tutorial's loop: best_validation_loss starts at
infinity, an epoch that beats it (here by the absolute min_delta, not the tutorial's relative
improvement_threshold) records best_iter, and the loop is done_looping once `patience` epochs
have passed without one."""

import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    """Where early stopping halts: returns (stop_epoch, best_epoch), both 0-based.

    Improvement: loss < best - min_delta; stop at the first epoch with `patience`
    consecutive non-improving epochs, else at the last epoch.
    """
    best_validation_loss = np.inf
    best_iter = 0
    epoch = 0
    done_looping = False
    while epoch < len(val_losses) and not done_looping:
        this_validation_loss = val_losses[epoch]
        if this_validation_loss < best_validation_loss - min_delta:
            best_validation_loss = this_validation_loss
            best_iter = epoch
        elif epoch - best_iter >= patience:
            done_looping = True
            break
        epoch += 1
    stop_epoch = epoch if done_looping else len(val_losses) - 1
    return stop_epoch, best_iter


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """Early stopping with restore-best-weights: returns (stop_epoch, best_epoch, weights[best_epoch])."""
    stop_epoch, best_iter = early_stopping(val_losses, patience, min_delta)
    best_params = weights[best_iter]
    return stop_epoch, best_iter, best_params
