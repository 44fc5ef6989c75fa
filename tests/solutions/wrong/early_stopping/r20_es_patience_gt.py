"""early_stopping.early_stopping: stops when the count of non-improving epochs exceeds patience (> patience), one epoch too late"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait, epoch = float("inf"), 0, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait > patience:
                break
    return epoch, best_epoch
