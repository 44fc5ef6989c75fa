"""early_stopping.early_stopping: best loss is lowered by any drop, the patience counter only reset by a drop larger than min_delta.

Habit: scikit-learn's _update_no_improvement_count (best_loss_ follows every new minimum, the
counter counts epochs not better than best_loss_ - tol), so best_epoch moves to a sub-min_delta
improvement and later epochs are compared with the lowered best.
"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, count, epoch = float("inf"), 0, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss > best - min_delta:
            count += 1
        else:
            count = 0
        if loss < best:
            best, best_epoch = loss, epoch
        if count >= patience:
            break
    return epoch, best_epoch
