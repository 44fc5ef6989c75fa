"""early_stopping.early_stopping_restore: calls early_stopping(val_losses, min_delta, patience), the last two arguments swapped."""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, min_delta, patience)
    return stop, best, weights[best]
