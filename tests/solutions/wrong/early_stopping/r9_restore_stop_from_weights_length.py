"""early_stopping.early_stopping_restore: reports stop_epoch as len(weights) - 1, taking the weights list to end where training stopped."""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    _, best = early_stopping(val_losses, patience, min_delta)
    return len(weights) - 1, best, weights[best]
