"""early_stopping.early_stopping: stops when the count of non-improving epochs exceeds patience (waited > patience), one epoch late."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, waited = np.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, waited = loss, epoch, 0
        else:
            waited += 1
            if waited > patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
