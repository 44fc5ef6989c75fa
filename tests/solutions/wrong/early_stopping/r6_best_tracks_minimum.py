"""early_stopping.early_stopping: best loss and best epoch follow every decrease, only the patience counter uses min_delta."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        improved = loss < best - min_delta
        if loss < best:
            best, best_epoch = loss, e
        if improved:
            wait = 0
        else:
            wait += 1
            if wait >= patience:
                return e, best_epoch
    return len(val_losses) - 1, best_epoch
