"""early_stopping.early_stopping: counts epochs from 1 (enumerate(val_losses, 1)): both epochs one too high."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 1, 0
    for epoch, loss in enumerate(val_losses, 1):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return len(val_losses), best_epoch
