"""early_stopping.early_stopping: treats min_delta as relative: loss < best * (1 - min_delta)."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = np.inf, 0, 0
    for e, v in enumerate(val_losses):
        if v < best * (1 - min_delta):
            best, best_epoch, wait = v, e, 0
        else:
            wait += 1
            if wait >= patience:
                return e, best_epoch
    return len(val_losses) - 1, best_epoch
