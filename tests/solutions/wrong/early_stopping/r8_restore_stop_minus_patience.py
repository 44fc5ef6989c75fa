"""early_stopping.early_stopping_restore: assumes the best epoch is `patience` epochs before the stop, weights[stop - patience]; wrong when the run does not stop early."""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, stop - patience, weights[stop - patience]
