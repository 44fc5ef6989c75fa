"""early_stopping.early_stopping: Right: no counter; the wait is the number of epochs since the best one (epoch -
best_epoch), which a counter reset on each improvement equals.
"""

def early_stopping(val_losses, patience, min_delta=0.0):
    """Right: no counter; the wait is the number of epochs since the best one (epoch - best_epoch), which a counter reset on each improvement equals."""
    best = float("inf")
    best_epoch = 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch = loss, epoch
        elif epoch - best_epoch >= patience:
            return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
