"""early_stopping.early_stopping: with min_delta > 0 the best loss tracks every new minimum (even ones within min_delta that do not count as improving), moving the bar that later epochs must beat"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, waited = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best_epoch, waited = epoch, 0
        else:
            waited += 1
        best = min(best, loss)
        if waited >= patience:
            return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
