"""early_stopping.early_stopping: Stops when the bad-epoch counter exceeds patience (bad > patience) instead of
reaching it: halts one epoch late.
"""

def early_stopping(val_losses, patience, min_delta=0.0):
    """Stops when the bad-epoch counter exceeds patience (bad > patience) instead of reaching it: halts one epoch late."""
    best_loss, best_i, bad = float("inf"), 0, 0
    for i, loss in enumerate(val_losses):
        if loss < best_loss - min_delta:
            best_loss, best_i, bad = loss, i, 0
        else:
            bad += 1
            if bad > patience:
                return i, best_i
    return len(val_losses) - 1, best_i
