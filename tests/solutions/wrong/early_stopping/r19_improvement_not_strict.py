"""early_stopping.early_stopping: A tie counts as an improvement (loss <= best - min_delta), so an equal loss resets the
wait and moves the best epoch.
"""

def early_stopping(val_losses, patience, min_delta=0.0):
    """A tie counts as an improvement (loss <= best - min_delta), so an equal loss resets the wait and moves the best epoch."""
    best, best_epoch, wait = np.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss <= best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
