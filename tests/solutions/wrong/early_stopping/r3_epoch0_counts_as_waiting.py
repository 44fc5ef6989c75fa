"""early_stopping.early_stopping: starts with best = val_losses[0] and loops from epoch 0, so epoch 0 itself counts as a
non-improving epoch and training stops one epoch early when epoch 0 stays the best."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = val_losses[0], 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
        if wait >= patience:
            return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
