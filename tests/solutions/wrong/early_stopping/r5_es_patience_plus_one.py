"""early_stopping.early_stopping: stops after patience + 1 non-improving epochs (wait > patience)."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = np.inf, 0, 0
    for e, v in enumerate(val_losses):
        if v < best - min_delta:
            best, best_epoch, wait = v, e, 0
        else:
            wait += 1
            if wait > patience:
                return e, best_epoch
    return len(val_losses) - 1, best_epoch
