"""early_stopping.early_stopping_restore: epochs counted from 1 (stop and best one too high, weights[best - 1])."""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait, stop = float("inf"), 1, 0, len(val_losses)
    for e, loss in enumerate(val_losses, start=1):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, e, 0
        else:
            wait += 1
            if wait >= patience:
                stop = e
                break
    return stop, best_epoch, weights[best_epoch - 1]
