"""early_stopping.early_stopping: best epoch by np.nanargmin over the whole curve, past the stop epoch too."""


def early_stopping(val_losses, patience, min_delta=0.0):
    losses = np.asarray(val_losses, dtype=np.float64)
    best, wait = np.inf, 0
    stop = len(losses) - 1
    for e, loss in enumerate(losses):
        if loss < best - min_delta:
            best, wait = loss, 0
        else:
            wait += 1
            if wait >= patience:
                stop = e
                break
    return stop, int(np.nanargmin(losses))
