"""early_stopping.early_stopping_restore: calls the stopping rule without passing min_delta on (always 0)"""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait, stop = val_losses[0], 0, 0, len(val_losses) - 1
    for e in range(1, len(val_losses)):
        if val_losses[e] < best:
            best, best_epoch, wait = val_losses[e], e, 0
        else:
            wait += 1
            if wait >= patience:
                stop = e
                break
    return stop, best_epoch, weights[best_epoch]
