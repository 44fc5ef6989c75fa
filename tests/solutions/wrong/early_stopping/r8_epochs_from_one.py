"""early_stopping.early_stopping: numbers epochs from 1 (enumerate(..., start=1)), so both returned epochs are one too large."""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, bad = float("inf"), 1, 0
    for epoch, loss in enumerate(val_losses, start=1):
        if loss < best - min_delta:
            best, best_epoch, bad = loss, epoch, 0
        else:
            bad += 1
            if bad >= patience:
                return epoch, best_epoch
    return len(val_losses), best_epoch
