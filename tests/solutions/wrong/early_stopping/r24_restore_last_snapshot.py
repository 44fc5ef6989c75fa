"""early_stopping.early_stopping_restore: hands back the last snapshot written (weights[stop_epoch], as Caffe's snapshot at the end of solving) instead of the best epoch's."""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[stop_epoch]
