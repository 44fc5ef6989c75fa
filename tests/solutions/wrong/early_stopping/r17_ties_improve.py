"""early_stopping.early_stopping: a loss equal to best - min_delta counts as an improvement (<= instead of <).

Habit: scikit-learn's test is `loss > best_loss - tol` for no improvement, whose negation admits the tie.
"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, count, epoch = float("inf"), 0, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss <= best - min_delta:
            best, best_epoch, count = loss, epoch, 0
        else:
            count += 1
        if count >= patience:
            break
    return epoch, best_epoch
