"""early_stopping.early_stopping: Counts the epochs since the best one, itself included (epoch - best_epoch + 1 >=
patience): stops one epoch early.
"""

def early_stopping(val_losses, patience, min_delta=0.0):
    """Counts the epochs since the best one, itself included (epoch - best_epoch + 1 >= patience): stops one epoch early."""
    best, best_epoch = np.inf, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch = loss, epoch
        if epoch - best_epoch + 1 >= patience:
            return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
