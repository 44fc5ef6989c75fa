"""early_stopping.early_stopping: a tie counts as an improvement (loss <= best - min_delta), so a flat curve never stops and its best epoch moves to the last tie"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, waited = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss <= best - min_delta:
            best, best_epoch, waited = loss, epoch, 0
        else:
            waited += 1
            if waited >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
