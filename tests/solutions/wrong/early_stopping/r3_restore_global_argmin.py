"""early_stopping.early_stopping_restore: restores weights[argmin(val_losses)], the minimum of the whole curve, even when it lies
after the stop epoch (or differs from the rule's best because of min_delta)."""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, _ = early_stopping(val_losses, patience, min_delta)
    best_epoch = int(np.argmin(val_losses))
    return stop_epoch, best_epoch, weights[best_epoch]
