"""early_stopping.early_stopping: best_epoch = argmin up to the stop, right only when min_delta = 0"""

import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    best, bad = float("inf"), 0
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, bad = loss, 0
        else:
            bad += 1
        if bad >= patience:
            break
    return e, int(np.argmin(val_losses[:e + 1]))
