"""early_stopping.early_stopping_restore: right: keeps best_params as a copy of each array of weights[best_epoch] (the Theano tutorial's saved model), equal values though not the same objects."""


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    best_params = {k: np.array(v, copy=True) for k, v in weights[best_epoch].items()}
    return stop_epoch, best_epoch, best_params
