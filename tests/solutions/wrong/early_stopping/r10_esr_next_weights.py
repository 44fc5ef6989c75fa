"""early_stopping.early_stopping_restore: weights[best_epoch + 1], as if weights[0] were the initial params"""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[min(best + 1, len(weights) - 1)]
