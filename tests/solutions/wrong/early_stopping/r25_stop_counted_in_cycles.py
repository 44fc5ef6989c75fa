"""early_stopping.early_stopping: reports the stop as a count of cycles run (1-based, stop index + 1) while best_epoch stays 0-based"""


def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, waited = float("inf"), 0, 0
    cycles = 0
    for epoch, loss in enumerate(val_losses):
        cycles += 1
        if loss < best - min_delta:
            best, best_epoch, waited = loss, epoch, 0
        else:
            waited += 1
            if waited >= patience:
                break
    return cycles, best_epoch
