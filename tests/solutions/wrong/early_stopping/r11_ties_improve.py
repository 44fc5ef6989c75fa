"""early_stopping.early_stopping: loss <= best - min_delta counts as an improvement (a tie resets patience)"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss <= best - min_delta:
            best, best_epoch, wait = loss, e, 0
        else:
            wait += 1
            if wait >= patience:
                return e, best_epoch
    return len(val_losses) - 1, best_epoch
