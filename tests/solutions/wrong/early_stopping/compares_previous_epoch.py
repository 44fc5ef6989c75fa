"""early_stopping.early_stopping: an epoch improves when it beats the previous epoch, not the best so far."""

def early_stopping(val_losses, patience, min_delta=0.0):
    prev, best, best_epoch, wait = float("inf"), float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss < prev - min_delta:
            wait = 0
            if loss < best:
                best, best_epoch = loss, e
        else:
            wait += 1
            if wait >= patience:
                return e, best_epoch
        prev = loss
    return len(val_losses) - 1, best_epoch
