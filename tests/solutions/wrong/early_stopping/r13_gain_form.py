"""early_stopping.early_stopping: RIGHT: improvement tested as best - loss > min_delta, algebraically the docstring's loss < best - min_delta (rounding may differ in the last bit)"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = val_losses[0], 0, 0
    for e in range(1, len(val_losses)):
        if best - val_losses[e] > min_delta:
            best, best_epoch, wait = val_losses[e], e, 0
        else:
            wait += 1
            if wait >= patience:
                return e, best_epoch
    return len(val_losses) - 1, best_epoch
