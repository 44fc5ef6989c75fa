"""early_stopping.early_stopping: Right: an Octave port counting epochs from 1 (for e = 1:numel(val)) and converting
both results back with - 1.
"""

def early_stopping(val_losses, patience, min_delta=0.0):
    """Right: an Octave port counting epochs from 1 (for e = 1:numel(val)) and converting both results back with - 1."""
    best, best_e, bad = float("inf"), 1, 0
    for e in range(1, len(val_losses) + 1):
        if val_losses[e - 1] < best - min_delta:
            best, best_e, bad = val_losses[e - 1], e, 0
        else:
            bad += 1
        if bad >= patience:
            return e - 1, best_e - 1
    return len(val_losses) - 1, best_e - 1
