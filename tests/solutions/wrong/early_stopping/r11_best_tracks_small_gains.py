"""early_stopping.early_stopping: best loss lowered by every gain, even one smaller than min_delta (only patience uses min_delta)"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best_epoch, wait = e, 0
        else:
            wait += 1
        best = min(best, loss)
        if wait >= patience:
            return e, best_epoch
    return len(val_losses) - 1, best_epoch
