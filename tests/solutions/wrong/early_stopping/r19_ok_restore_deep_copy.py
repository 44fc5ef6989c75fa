"""early_stopping.early_stopping_restore: Right: returns a copy of the best epoch's params (new arrays, the same
values), as a saved checkpoint would be.
"""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """Right: returns a copy of the best epoch's params (new arrays, the same values), as a saved checkpoint would be."""
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, {k: np.array(v, copy=True) for k, v in weights[best_epoch].items()}
