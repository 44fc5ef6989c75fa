"""early_stopping.early_stopping: when patience never runs out it returns len(val_losses) (the number of epochs) as stop_epoch instead of the last 0-based epoch."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, streak = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, streak = loss, epoch, 0
        else:
            streak += 1
            if streak >= patience:
                return epoch, best_epoch
    return len(val_losses), best_epoch
