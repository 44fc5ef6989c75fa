"""early_stopping.early_stopping: improvement measured against the previous epoch's loss, not the best so far: a rise then a smaller fall resets patience"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best_epoch, wait = 0, 0
    for e in range(1, len(val_losses)):
        if val_losses[e] < val_losses[e - 1] - min_delta:
            wait = 0
            if val_losses[e] < val_losses[best_epoch]:
                best_epoch = e
        else:
            wait += 1
        if wait >= patience:
            return e, best_epoch
    return len(val_losses) - 1, best_epoch
