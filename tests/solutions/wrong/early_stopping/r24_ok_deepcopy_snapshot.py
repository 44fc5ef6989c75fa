"""early_stopping.early_stopping_restore: right: returns a fresh copy of the best epoch's params (a snapshot file read back), equal to weights[best_epoch] array by array."""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    snapshot = {name: np.array(value, copy=True) for name, value in weights[best_epoch].items()}
    return stop_epoch, best_epoch, snapshot
