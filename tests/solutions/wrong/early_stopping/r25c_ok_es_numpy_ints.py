"""early_stopping.early_stopping: Right: the same rule with numpy: epochs come back as numpy int64 (integers all the same)."""

def early_stopping(val_losses, patience, min_delta=0.0):
    losses = np.asarray(val_losses, dtype=np.float64)
    best, best_epoch, wait = np.inf, np.int64(0), 0
    for epoch in np.arange(losses.size):
        if losses[epoch] < best - min_delta:
            best, best_epoch, wait = losses[epoch], epoch, 0
        else:
            wait += 1
        if wait >= patience:
            return epoch, best_epoch
    return np.int64(losses.size - 1), best_epoch
