"""early_stopping.early_stopping_restore: deletes the caller's weights after the stop epoch (del weights[stop + 1:]) before restoring"""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    del weights[stop + 1:]  # the epochs after stopping were never run
    return stop, best, weights[best]
