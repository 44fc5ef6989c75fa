"""early_stopping.early_stopping: treats min_delta as a relative tolerance, loss < best * (1 - min_delta), instead of an absolute one in the loss's units"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, waited = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best * (1.0 - min_delta):
            best, best_epoch, waited = loss, epoch, 0
        else:
            waited += 1
            if waited >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
