"""early_stopping.early_stopping: stops only after patience + 1 non-improving epochs (bad > patience), one epoch late."""


def early_stopping(val_losses, patience, min_delta=0.0):
    best_loss, best_epoch, bad = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best_loss - min_delta:
            best_loss, best_epoch, bad = loss, epoch, 0
        else:
            bad += 1
            if bad > patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
