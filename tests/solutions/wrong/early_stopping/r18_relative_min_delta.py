"""early_stopping.early_stopping: Reads min_delta as a relative improvement, loss < best * (1 - min_delta), not the
absolute loss < best - min_delta.
"""

def early_stopping(val_losses, patience, min_delta=0.0):
    """Reads min_delta as a relative improvement, loss < best * (1 - min_delta), not the absolute loss < best - min_delta."""
    best_loss, best_i, bad = float("inf"), 0, 0
    for i, loss in enumerate(val_losses):
        if loss < best_loss * (1 - min_delta):
            best_loss, best_i, bad = loss, i, 0
        else:
            bad += 1
            if bad >= patience:
                return i, best_i
    return len(val_losses) - 1, best_i
