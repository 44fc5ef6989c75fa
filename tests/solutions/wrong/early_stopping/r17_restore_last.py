"""early_stopping.early_stopping_restore: hands back the weights of the stop epoch, not of the best epoch.

Habit: scikit-learn without early_stopping keeps the last coefs_ (restoring _best_coefs only
happens on its validation branch).
"""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, count, epoch = float("inf"), 0, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, count = loss, epoch, 0
        else:
            count += 1
        if count >= patience:
            break
    return epoch, best_epoch, weights[epoch]
