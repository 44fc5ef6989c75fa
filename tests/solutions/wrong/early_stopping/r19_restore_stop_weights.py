"""early_stopping.early_stopping_restore: Returns the weights of the epoch where training stopped, weights[stop_epoch],
not those of the best epoch.
"""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """Returns the weights of the epoch where training stopped, weights[stop_epoch], not those of the best epoch."""
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[stop_epoch]
