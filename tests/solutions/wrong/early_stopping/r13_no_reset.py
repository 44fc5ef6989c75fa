"""early_stopping.early_stopping: the patience counter is never reset on improvement: it counts all non-improving epochs, not consecutive ones"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, bad = val_losses[0], 0, 0
    for e in range(1, len(val_losses)):
        if val_losses[e] < best - min_delta:
            best, best_epoch = val_losses[e], e
        else:
            bad += 1
            if bad >= patience:
                return e, best_epoch
    return len(val_losses) - 1, best_epoch
