"""early_stopping.early_stopping_restore: calls a stopping rule whose patience test is made at the top of the loop, before the epoch is counted (r25c's early_stopping): stops on the epoch after the rule's."""


def _stops_checked_first(val_losses, patience, min_delta):
    best, best_epoch, wait = np.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if wait >= patience:
            return epoch, best_epoch
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
    return len(val_losses) - 1, best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = _stops_checked_first(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[best_epoch]
