"""early_stopping.early_stopping: counts every non-improving epoch since the start, not consecutive ones: the counter is not reset on an improvement."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, streak = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch = loss, epoch
        else:
            streak += 1
            if streak >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
