"""early_stopping.early_stopping_restore: returns the weights of the stop epoch, not of the best epoch"""


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
