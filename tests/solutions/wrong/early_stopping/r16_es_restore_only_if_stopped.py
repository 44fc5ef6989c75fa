"""early_stopping.early_stopping_restore: old Keras restore_best_weights behaviour, the best weights restored only when the patience rule fired; a run that reaches the last epoch keeps the last weights"""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    fired = stop < len(val_losses) - 1 or (stop - best) >= patience
    return stop, best, weights[best] if fired else weights[stop]
