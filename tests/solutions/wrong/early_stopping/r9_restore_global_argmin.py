"""early_stopping.early_stopping_restore: restores the weights of the global minimum of the whole curve (np.argmin), even one after the stop or not improving by min_delta."""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, _ = early_stopping(val_losses, patience, min_delta)
    best = int(np.argmin(val_losses))
    return stop, best, weights[best]
