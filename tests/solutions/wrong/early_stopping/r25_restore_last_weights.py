"""early_stopping.early_stopping_restore: returns the weights of the stop epoch (the last ones trained), not those of the best epoch"""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[stop_epoch]
