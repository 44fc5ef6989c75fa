"""early_stopping.early_stopping: best_epoch is the epoch of the lowest loss seen, even when it beat the best by less than min_delta (not an improvement under the rule)"""


def early_stopping(val_losses, patience, min_delta=0.0):
    ref, wait, best_epoch = val_losses[0], 0, 0
    for e in range(1, len(val_losses)):
        if val_losses[e] < val_losses[best_epoch]:
            best_epoch = e
        if val_losses[e] < ref - min_delta:
            ref, wait = val_losses[e], 0
        else:
            wait += 1
            if wait >= patience:
                return e, best_epoch
    return len(val_losses) - 1, best_epoch
