"""early_stopping.early_stopping_restore: returns weights[-1], the last params of the list"""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[-1]
