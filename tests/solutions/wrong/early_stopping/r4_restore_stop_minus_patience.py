"""early_stopping.early_stopping_restore: restores weights[stop - patience], the best epoch only when patience ran out (not when the curve ended first)."""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[max(stop_epoch - patience, 0)]
