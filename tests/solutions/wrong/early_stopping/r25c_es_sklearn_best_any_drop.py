"""early_stopping.early_stopping: scikit-learn's n_iter_no_change rule: the best loss follows ANY decrease, only the counter needs min_delta."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = np.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss > best - min_delta:
            wait += 1
        else:
            wait = 0
        if loss < best:
            best, best_epoch = loss, epoch
        if wait >= patience:
            return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
