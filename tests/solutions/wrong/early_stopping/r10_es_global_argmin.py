"""early_stopping.early_stopping: best_epoch is the argmin of the whole curve, even past the stop"""

import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    best, bad = float("inf"), 0
    stop = len(val_losses) - 1
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, bad = loss, 0
        else:
            bad += 1
        if bad >= patience:
            stop = e
            break
    return stop, int(np.argmin(val_losses))
