"""early_stopping.early_stopping: RIGHT: the same rule vectorised with NumPy; the epochs come back as np.int64, which are integers too.

Habit: scikit-learn-style array code. The running best is np.minimum.accumulate only when
min_delta = 0, so the loop keeps min_delta exact and only the epochs are NumPy integers.
"""


def early_stopping(val_losses, patience, min_delta=0.0):
    losses = np.asarray(val_losses, dtype=np.float64)
    best, best_epoch, count, epoch = np.inf, np.int64(0), 0, np.int64(0)
    for epoch in np.arange(losses.size):
        if losses[epoch] < best - min_delta:
            best, best_epoch, count = losses[epoch], epoch, 0
        else:
            count += 1
        if count >= patience:
            break
    return epoch, best_epoch
