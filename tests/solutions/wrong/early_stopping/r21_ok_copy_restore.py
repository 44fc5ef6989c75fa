"""early_stopping.early_stopping_restore: right: hands back a copy of weights[best_epoch] (a new dict of copied arrays), equal in every value."""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, {k: np.array(v, copy=True) for k, v in weights[best].items()}
