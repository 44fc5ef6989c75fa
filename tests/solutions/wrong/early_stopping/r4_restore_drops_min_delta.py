"""early_stopping.early_stopping_restore: calls early_stopping without min_delta, so a non-zero min_delta is ignored."""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience)
    return stop_epoch, best_epoch, weights[best_epoch]
