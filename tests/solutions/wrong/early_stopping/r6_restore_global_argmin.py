"""early_stopping.early_stopping_restore: best epoch = argmin of the whole curve, also epochs after the stop and ignoring min_delta."""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, _ = early_stopping(val_losses, patience, min_delta)
    best = int(np.argmin(val_losses))
    return stop, best, weights[best]
