"""early_stopping.early_stopping: best and best_epoch follow every decrease (loss < best), only the patience counter honours min_delta:
with min_delta > 0 a small decrease is reported as the best epoch although it is no improvement."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = np.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            wait = 0
        else:
            wait += 1
        if loss < best:
            best, best_epoch = loss, epoch
        if wait >= patience:
            return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
