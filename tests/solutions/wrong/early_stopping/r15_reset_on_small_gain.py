"""early_stopping.early_stopping: the patience counter resets on ANY loss below the best, while the best only moves by more than min_delta"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch = loss, epoch
        if loss < best or epoch == best_epoch:
            wait = 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
