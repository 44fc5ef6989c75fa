"""early_stopping.early_stopping: best_epoch is the argmin over the whole curve, also epochs after the stop; wrong when a lower loss comes after stopping."""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, bad, stop = float("inf"), 0, len(val_losses) - 1
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, bad = loss, 0
        else:
            bad += 1
            if bad >= patience:
                stop = epoch
                break
    return stop, int(np.argmin(val_losses))
