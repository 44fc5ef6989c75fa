"""early_stopping.early_stopping: reads min_delta as a relative improvement (loss < best * (1 - min_delta)) instead of an absolute one."""


def early_stopping(val_losses, patience, min_delta=0.0):
    best_loss, best_epoch, bad = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best_loss * (1.0 - min_delta):
            best_loss, best_epoch, bad = loss, epoch, 0
        else:
            bad += 1
            if bad >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
