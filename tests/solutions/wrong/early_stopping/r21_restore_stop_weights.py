"""early_stopping.early_stopping_restore: returns weights[stop_epoch], the weights it stopped with, instead of the best epoch's."""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[stop]
