"""early_stopping.early_stopping: best epoch = argmin of the WHOLE curve, even epochs after the stop"""
import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    best, wait, stop = float("inf"), 0, len(val_losses) - 1
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, wait = loss, 0
        else:
            wait += 1
            if wait >= patience:
                stop = e
                break
    return stop, int(np.argmin(val_losses))
