"""early_stopping.early_stopping: RIGHT: the rule walked over np.arange, so both epochs come back as numpy int64 (an int type all the same)"""

import numpy as np


def early_stopping(val_losses, patience, min_delta=0.0):
    losses = np.asarray(val_losses, dtype=float)
    best, best_epoch, wait = np.inf, np.int64(0), 0
    for epoch in np.arange(len(losses)):
        if losses[epoch] < best - min_delta:
            best, best_epoch, wait = losses[epoch], epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return np.int64(len(losses) - 1), best_epoch
