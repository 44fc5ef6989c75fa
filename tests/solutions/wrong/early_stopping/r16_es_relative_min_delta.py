"""early_stopping.early_stopping: PyTorch ReduceLROnPlateau's default threshold_mode "rel", improvement when loss < best * (1 - min_delta) instead of the absolute loss < best - min_delta"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best * (1.0 - min_delta):
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
