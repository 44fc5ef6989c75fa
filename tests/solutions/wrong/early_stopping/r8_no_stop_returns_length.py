"""early_stopping.early_stopping: when patience never runs out it returns len(val_losses) as the stop epoch, one past the last 0-based epoch."""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, bad = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, bad = loss, epoch, 0
        else:
            bad += 1
            if bad >= patience:
                return epoch, best_epoch
    return len(val_losses), best_epoch
