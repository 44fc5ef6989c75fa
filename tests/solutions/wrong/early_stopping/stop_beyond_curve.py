"""early_stopping.early_stopping: returns stop = best_epoch + patience even when the curve ends first (an epoch that was never run)."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch = float("inf"), 0
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch = loss, e
        elif e - best_epoch >= patience:
            break
    return best_epoch + patience, best_epoch
