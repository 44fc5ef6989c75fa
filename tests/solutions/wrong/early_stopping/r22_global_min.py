"""early_stopping.early_stopping: takes best_epoch as the index of the curve's global minimum (list.index(min(...))), ignoring where training stopped and min_delta."""


def early_stopping(val_losses, patience, min_delta=0.0):
    losses = [float(v) for v in val_losses]
    best_epoch = losses.index(min(losses))
    best_loss, bad = float("inf"), 0
    for epoch, loss in enumerate(losses):
        if loss < best_loss - min_delta:
            best_loss, bad = loss, 0
        else:
            bad += 1
            if bad >= patience:
                return epoch, best_epoch
    return len(losses) - 1, best_epoch
