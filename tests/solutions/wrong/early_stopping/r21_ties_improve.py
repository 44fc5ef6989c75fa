"""early_stopping.early_stopping: counts loss <= best - min_delta as an improvement, so an equal loss resets the patience and becomes the best epoch."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, waited = np.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss <= best - min_delta:
            best, best_epoch, waited = loss, epoch, 0
        else:
            waited += 1
            if waited >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
