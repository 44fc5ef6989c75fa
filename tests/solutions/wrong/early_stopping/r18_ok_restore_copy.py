"""early_stopping.early_stopping_restore: Right: returns a deep copy of the best epoch's params dict (new dict, new
arrays, same values), as Keras's restore_best_weights hands back copies.
"""

def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """Right: returns a deep copy of the best epoch's params dict (new dict, new arrays, same values), as Keras's restore_best_weights hands back copies."""
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, {k: np.array(v, copy=True) for k, v in weights[best_epoch].items()}
