"""early_stopping.early_stopping_restore: takes best = stop - patience, which is wrong when the run ends at the last epoch without patience running out"""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    best, wait = float("inf"), 0
    stop = len(val_losses) - 1
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, wait = loss, 0
        else:
            wait += 1
            if wait >= patience:
                stop = epoch
                break
    best_epoch = max(stop - patience, 0)
    return stop, best_epoch, weights[best_epoch]
