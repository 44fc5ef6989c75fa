"""early_stopping.early_stopping_restore: min_delta not passed on, so the rule runs with min_delta = 0"""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    result = early_stopping(val_losses, patience)
    return result[0], result[1], weights[result[1]]
