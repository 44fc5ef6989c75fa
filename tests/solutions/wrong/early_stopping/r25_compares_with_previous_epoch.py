"""early_stopping.early_stopping: counts an epoch as improving when it beats the previous epoch's loss (by min_delta), not the best so far"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, waited = float("inf"), 0, 0
    previous = float("inf")
    for epoch, loss in enumerate(val_losses):
        if loss < previous - min_delta:
            waited = 0
            if loss < best:
                best, best_epoch = loss, epoch
        else:
            waited += 1
        previous = loss
        if waited >= patience:
            return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
