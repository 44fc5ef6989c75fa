"""early_stopping.early_stopping_restore: right, returns weights[best_epoch] itself (the docstring asks for that element, a copy is not required)"""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[best_epoch]
