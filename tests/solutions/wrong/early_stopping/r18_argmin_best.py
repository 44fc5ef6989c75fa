"""early_stopping.early_stopping: Finds the stop with the min_delta rule but takes the best epoch as Octave's [~, i] =
min(val(1:stop)), i - 1: the lowest loss seen, even when it improved by less than min_delta.
"""

def early_stopping(val_losses, patience, min_delta=0.0):
    """Finds the stop with the min_delta rule but takes the best epoch as Octave's [~, i] = min(val(1:stop)), i - 1: the lowest loss seen, even when it improved by less than min_delta."""
    best_loss, bad, stop = float("inf"), 0, len(val_losses) - 1
    for i, loss in enumerate(val_losses):
        if loss < best_loss - min_delta:
            best_loss, bad = loss, 0
        else:
            bad += 1
            if bad >= patience:
                stop = i
                break
    return stop, int(np.argmin(val_losses[:stop + 1]))
