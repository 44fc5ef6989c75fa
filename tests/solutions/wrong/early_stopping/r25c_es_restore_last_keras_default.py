"""early_stopping.early_stopping_restore: Keras's restore_best_weights=False default: hands back the stop epoch's weights."""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[stop_epoch]
