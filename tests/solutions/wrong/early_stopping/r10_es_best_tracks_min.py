"""early_stopping.early_stopping: best follows every new minimum, even one within min_delta that does not count as an improvement"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, bad = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best_epoch, bad = e, 0
        else:
            bad += 1
        best = min(best, loss)
        if bad >= patience:
            return e, best_epoch
    return len(val_losses) - 1, best_epoch
