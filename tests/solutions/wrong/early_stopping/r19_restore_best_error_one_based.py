"""early_stopping.early_stopping_restore: Counts epochs from 1 as Mitchell's iterations do: the epochs returned are one
too high (the weights are the best ones).
"""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """Counts epochs from 1 as Mitchell's iterations do: the epochs returned are one too high (the weights are the best ones)."""
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch + 1, best_epoch + 1, weights[best_epoch]
