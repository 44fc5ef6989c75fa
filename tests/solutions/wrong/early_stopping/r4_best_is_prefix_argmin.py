"""early_stopping.early_stopping: best epoch = argmin of the curve up to the stop: ignores min_delta, so a lower loss by less than min_delta becomes the best."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, wait, stop = np.inf, 0, len(val_losses) - 1
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, wait = loss, 0
        else:
            wait += 1
        if wait >= patience:
            stop = epoch
            break
    return stop, int(np.argmin(val_losses[:stop + 1]))
