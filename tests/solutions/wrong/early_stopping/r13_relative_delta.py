"""early_stopping.early_stopping: min_delta read as relative (loss < best * (1 - min_delta)); right when min_delta = 0"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = val_losses[0], 0, 0
    for e in range(1, len(val_losses)):
        if val_losses[e] < best * (1 - min_delta):
            best, best_epoch, wait = val_losses[e], e, 0
        else:
            wait += 1
            if wait >= patience:
                return e, best_epoch
    return len(val_losses) - 1, best_epoch
