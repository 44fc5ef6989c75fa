"""early_stopping.early_stopping: numbers tests as Caffe logs iterations, from 1 ("Iteration 1, Testing net"): both epochs come back one too large."""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_iter, wait = np.inf, 0, 0
    for it, loss in enumerate(val_losses, start=1):
        if loss < best - min_delta:
            best, best_iter, wait = loss, it, 0
        else:
            wait += 1
            if wait >= patience:
                return it, best_iter
    return len(val_losses), best_iter
