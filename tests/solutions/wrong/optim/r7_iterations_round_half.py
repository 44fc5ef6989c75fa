"""optim.iterations_per_epoch: rounds n / B + 0.5 with Python's round (half to even), so an odd exact quotient rounds up: n = 4, B = 4 gives 2, not 1."""

def iterations_per_epoch(n, batch_size):
    return int(round(n / batch_size + 0.5))
