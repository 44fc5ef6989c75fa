"""early_stopping.early_stopping: the best epoch follows every new minimum, even one below best by less than min_delta that is not an improvement."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, ref, best_epoch, wait = float("inf"), float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            best, best_epoch = loss, epoch
        if loss < ref - min_delta:
            ref, wait = loss, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
