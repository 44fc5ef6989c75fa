"""early_stopping.early_stopping: treats the curve as a validation score (higher is better), so the best epoch is the worst loss.

Habit: scikit-learn's early stopping watches validation_scores_ (accuracy) and keeps the maximum.
"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, count, epoch = -float("inf"), 0, 0, 0
    for epoch, score in enumerate(val_losses):
        if score > best + min_delta:
            best, best_epoch, count = score, epoch, 0
        else:
            count += 1
        if count >= patience:
            break
    return epoch, best_epoch
