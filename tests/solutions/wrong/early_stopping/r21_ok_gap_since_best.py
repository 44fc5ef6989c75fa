"""early_stopping.early_stopping: right: the wait is epoch - best_epoch (every epoch since the last improvement is non-improving), no counter."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch = float("inf"), 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch = loss, epoch
        elif epoch - best_epoch >= patience:
            return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
