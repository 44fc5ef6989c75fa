"""Early stopping by scanning epochs with an index loop (loops style)."""


def early_stopping(val_losses, patience, min_delta=0.0):
    best_epoch = 0
    best = val_losses[0]
    bad = 0
    e = 1
    while e < len(val_losses):
        if val_losses[e] < best - min_delta:
            best = val_losses[e]
            best_epoch = e
            bad = 0
        else:
            bad += 1
            if bad == patience:
                return e, best_epoch
        e += 1
    return len(val_losses) - 1, best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    return stop_epoch, best_epoch, weights[best_epoch]
