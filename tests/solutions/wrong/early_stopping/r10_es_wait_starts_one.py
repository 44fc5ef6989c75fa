"""early_stopping.early_stopping: an improving epoch resets the counter to 1 instead of 0, so it stops one epoch early"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, bad = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, bad = loss, e, 1
        else:
            bad += 1
        if bad >= patience:
            return e, best_epoch
    return len(val_losses) - 1, best_epoch
