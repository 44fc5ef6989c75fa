"""early_stopping.early_stopping: vectorised with cummin: an epoch improves when below the running minimum minus min_delta, but the running minimum also moves on improvements smaller than min_delta."""

def early_stopping(val_losses, patience, min_delta=0.0):
    v = np.asarray(val_losses, dtype=float)
    before = np.concatenate([[np.inf], np.minimum.accumulate(v)[:-1]])
    improved = v < before - min_delta
    waited, best = 0, 0
    for epoch, ok in enumerate(improved):
        if ok:
            waited, best = 0, epoch
        else:
            waited += 1
            if waited >= patience:
                return epoch, best
    return len(v) - 1, best
