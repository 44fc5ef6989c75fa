"""early_stopping.early_stopping: scikit-learn's counter ported whole: count grows when loss > best - min_delta, best follows any decrease, stop when count > patience.

Habit: scikit-learn's _update_no_improvement_count and `if self._no_improvement_count > self.n_iter_no_change`.
Written in phase 2 (a probe of the whole port): 0/3 with mistake None until early-stopping-sklearn-port.
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
        if count > patience:
            break
    return epoch, best_epoch
