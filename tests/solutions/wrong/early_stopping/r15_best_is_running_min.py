"""early_stopping.early_stopping: min_delta measured from the running minimum of all losses (moved by small gains too), not from the best improving epoch's loss"""


def early_stopping(val_losses, patience, min_delta=0.0):
    lowest, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        improved = loss < lowest - min_delta
        lowest = min(lowest, loss)
        if improved:
            best_epoch, wait = epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
