"""early_stopping.early_stopping: the non-improving counter is never reset on an improvement, so bad epochs before a new best still count."""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, bad = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch = loss, epoch
        else:
            bad += 1
            if bad >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
