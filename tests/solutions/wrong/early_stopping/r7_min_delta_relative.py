"""early_stopping.early_stopping: treats min_delta as a fraction of the best loss (loss < best * (1 - min_delta)) instead of an absolute amount."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, streak = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best * (1 - min_delta):
            best, best_epoch, streak = loss, epoch, 0
        else:
            streak += 1
            if streak >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
