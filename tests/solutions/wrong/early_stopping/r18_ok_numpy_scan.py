"""early_stopping.early_stopping: Right: the same rule written over a NumPy array with an explicit counter of epochs
since the best, stopping when it reaches patience.
"""

def early_stopping(val_losses, patience, min_delta=0.0):
    """Right: the same rule written over a NumPy array with an explicit counter of epochs since the best, stopping when it reaches patience."""
    v = np.asarray(val_losses, dtype=float)
    best_i = 0
    best = np.inf
    for i in range(v.size):
        if v[i] < best - min_delta:
            best, best_i = v[i], i
        if i - best_i >= patience:
            return i, best_i
    return v.size - 1, best_i
