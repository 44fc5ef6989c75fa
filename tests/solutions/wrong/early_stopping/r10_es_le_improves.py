"""early_stopping.early_stopping: an equal loss counts as an improvement (<= instead of <)"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, bad = float("inf"), 0, 0
    for e in range(len(val_losses)):
        if val_losses[e] <= best - min_delta:
            best, best_epoch, bad = val_losses[e], e, 0
        else:
            bad += 1
            if bad == patience:
                return e, best_epoch
    return len(val_losses) - 1, best_epoch
