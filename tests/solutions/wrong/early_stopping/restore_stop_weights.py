"""early_stopping.early_stopping_restore: returns weights[stop_epoch] instead of the best epoch's."""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait, stop = float("inf"), 0, 0, len(val_losses) - 1
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, e, 0
        else:
            wait += 1
            if wait >= patience:
                stop = e
                break
    return stop, best_epoch, weights[stop]
