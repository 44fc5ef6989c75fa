"""early_stopping.early_stopping: a tie counts as an improvement (loss <= best - min_delta, not <), so an equal loss resets the patience and moves the best epoch"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait, epoch = float("inf"), 0, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss <= best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                break
    return epoch, best_epoch
