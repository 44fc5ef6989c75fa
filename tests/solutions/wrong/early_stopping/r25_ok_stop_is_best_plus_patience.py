"""early_stopping.early_stopping: right: the waiting count restarts at each improvement, so the stop is best_epoch + patience, capped at the last epoch"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch = float("inf"), 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch = loss, epoch
        if epoch - best_epoch >= patience:
            break
    return min(best_epoch + patience, len(val_losses) - 1), best_epoch
