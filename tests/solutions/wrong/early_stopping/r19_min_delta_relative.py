"""early_stopping.early_stopping: min_delta taken as a relative improvement (loss < best * (1 - min_delta)), not an
absolute one in the loss's units.
"""

def early_stopping(val_losses, patience, min_delta=0.0):
    """min_delta taken as a relative improvement (loss < best * (1 - min_delta)), not an absolute one in the loss's units."""
    best, best_epoch, wait = np.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best * (1.0 - min_delta):
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
