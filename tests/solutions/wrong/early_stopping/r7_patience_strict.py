"""early_stopping.early_stopping: stops only once the non-improving streak exceeds patience (> instead of >=): one epoch too late."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, streak = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, streak = loss, epoch, 0
        else:
            streak += 1
            if streak > patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
