"""early_stopping.early_stopping: two slips: ties count as improvements (<=) and it stops one epoch late (bad > patience)"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, bad = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss <= best - min_delta:
            best, best_epoch, bad = loss, e, 0
        else:
            bad += 1
        if bad > patience:
            return e, best_epoch
    return len(val_losses) - 1, best_epoch
