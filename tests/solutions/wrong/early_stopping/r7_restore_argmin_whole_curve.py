"""early_stopping.early_stopping_restore: restores weights[argmin(val_losses)] over the whole curve, ignoring min_delta and the epochs after the stop."""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, _ = early_stopping(val_losses, patience, min_delta)
    best = int(np.argmin(val_losses))
    return stop, best, weights[best]
