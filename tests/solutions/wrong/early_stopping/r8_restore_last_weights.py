"""early_stopping.early_stopping_restore: returns the weights of the stop epoch, not of the best epoch (restore-best forgotten)."""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[stop]
