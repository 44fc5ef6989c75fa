"""early_stopping.early_stopping: counts a tie (loss <= best - min_delta) as an improvement, so a flat curve never stops and best moves to the later epoch."""


def early_stopping(val_losses, patience, min_delta=0.0):
    best_loss, best_epoch, bad = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss <= best_loss - min_delta:
            best_loss, best_epoch, bad = loss, epoch, 0
        else:
            bad += 1
            if bad >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
