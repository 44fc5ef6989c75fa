"""early_stopping.early_stopping: improvement judged against the previous epoch, not the best so far"""


def early_stopping(val_losses, patience, min_delta=0.0):
    prev, best, best_epoch, bad = float("inf"), float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss < prev - min_delta:
            bad = 0
            if loss < best:
                best, best_epoch = loss, e
        else:
            bad += 1
        prev = loss
        if bad >= patience:
            return e, best_epoch
    return len(val_losses) - 1, best_epoch
