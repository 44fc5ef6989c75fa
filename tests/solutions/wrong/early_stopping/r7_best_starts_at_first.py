"""early_stopping.early_stopping: starts from best = val_losses[0] at epoch 0 instead of infinity, so a NaN first loss is a best nothing can beat (the reference's epoch 0 does not improve on NaN and a later finite loss does)."""

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, streak = val_losses[0], 0, 0
    for epoch in range(1, len(val_losses)):
        loss = val_losses[epoch]
        if loss < best - min_delta:
            best, best_epoch, streak = loss, epoch, 0
        else:
            streak += 1
            if streak >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
