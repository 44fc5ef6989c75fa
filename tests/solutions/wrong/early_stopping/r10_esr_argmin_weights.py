"""early_stopping.early_stopping_restore: restores the weights at the curve's overall minimum"""

import numpy as np


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    stop, best = early_stopping(val_losses, patience, min_delta)
    return stop, best, weights[int(np.argmin(val_losses))]
