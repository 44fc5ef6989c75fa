"""early_stopping.early_stopping: the patience test moved before the counter update in a clean-up: stops one epoch late."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = np.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if wait >= patience:
            return epoch, best_epoch
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
    return len(val_losses) - 1, best_epoch
