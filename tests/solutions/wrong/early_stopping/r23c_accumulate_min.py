"""early_stopping.early_stopping: itertools.accumulate(min) tracks the running best but ignores min_delta for improvements."""


import itertools


def early_stopping(val_losses, patience, min_delta=0.0):
    best_so_far = list(itertools.accumulate(val_losses, min))
    best_epoch, wait = 0, 0
    for e in range(1, len(val_losses)):
        if best_so_far[e] < best_so_far[e - 1]:
            best_epoch, wait = e, 0
        else:
            wait += 1
            if wait >= patience:
                return e, best_epoch
    return len(val_losses) - 1, best_epoch
