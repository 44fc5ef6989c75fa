"""early_stopping.early_stopping: a loss equal to best - min_delta counts as an improvement (<= instead of <): a plateau of equal losses keeps moving the best epoch."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, streak = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss <= best - min_delta:
            best, best_epoch, streak = loss, epoch, 0
        else:
            streak += 1
            if streak >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
