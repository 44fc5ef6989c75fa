"""early_stopping.early_stopping: stops only when the non-improving count exceeds patience (one epoch late).

Habit: scikit-learn's `if self._no_improvement_count > self.n_iter_no_change`.
"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, count, epoch = float("inf"), 0, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, count = loss, epoch, 0
        else:
            count += 1
        if count > patience:
            break
    return epoch, best_epoch
