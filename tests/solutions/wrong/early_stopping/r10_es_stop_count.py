"""early_stopping.early_stopping: returns the number of epochs run (1-based) as the stop epoch"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, bad = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, bad = loss, e, 0
        else:
            bad += 1
        if bad >= patience:
            return e + 1, best_epoch
    return len(val_losses), best_epoch
