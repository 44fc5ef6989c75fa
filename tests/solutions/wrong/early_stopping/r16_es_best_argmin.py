"""early_stopping.early_stopping: the stop found by the min_delta rule, but best_epoch taken as argmin of the curve up to the stop, which counts improvements smaller than min_delta"""
import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    best, wait = float("inf"), 0
    stop = len(val_losses) - 1
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, wait = loss, 0
        else:
            wait += 1
            if wait >= patience:
                stop = epoch
                break
    return stop, int(np.argmin(val_losses[:stop + 1]))
