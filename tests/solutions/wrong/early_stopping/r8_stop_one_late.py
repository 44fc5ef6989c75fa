"""early_stopping.early_stopping: stops only when the counter exceeds patience (bad > patience), one epoch after the rule says."""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, bad = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, bad = loss, epoch, 0
        else:
            bad += 1
            if bad > patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
