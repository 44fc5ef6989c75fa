"""early_stopping.early_stopping: best epoch is which.min (argmin) of the curve up to the stop, counting improvements smaller than min_delta that the rule ignores."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, waited, stop = np.inf, 0, len(val_losses) - 1
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, waited = loss, 0
        else:
            waited += 1
            if waited >= patience:
                stop = epoch
                break
    return stop, int(np.argmin(val_losses[:stop + 1]))
