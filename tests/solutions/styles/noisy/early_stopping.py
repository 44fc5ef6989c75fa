"""Early stopping (noisy style): prints every epoch's decision."""

print("early_stopping.py loaded")


def early_stopping(val_losses, patience, min_delta=0.0):
    """Patience counter with an absolute min_delta."""
    best = None
    best_epoch = 0
    count = 0
    for epoch, loss in enumerate(val_losses):
        if best is None or loss < best - min_delta:
            best, best_epoch, count = loss, epoch, 0
            print(f"epoch {epoch}: improved to {loss}")
            continue
        count += 1
        print(f"epoch {epoch}: no improvement ({count}/{patience})")
        if count >= patience:
            print("stopping")
            return epoch, best_epoch
    return len(val_losses) - 1, best_epoch


def early_stopping_restore(val_losses, weights, patience, min_delta=0.0):
    """Also hand back the weights of the best epoch."""
    stop_epoch, best_epoch = early_stopping(val_losses, patience, min_delta)
    print("restoring epoch", best_epoch)
    return stop_epoch, best_epoch, weights[best_epoch]


print(early_stopping([1.0, 0.5, 0.6, 0.7], 2))
