"""early_stopping.early_stopping_restore: Returns the weights of the stop epoch (the ones the training loop holds when
it breaks), not the best epoch's.
"""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """Returns the weights of the stop epoch (the ones the training loop holds when it breaks), not the best epoch's."""
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[stop_epoch]
