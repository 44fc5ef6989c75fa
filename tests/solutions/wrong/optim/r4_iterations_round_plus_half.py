"""optim.iterations_per_epoch: round(n / B + 0.5) as a ceiling: when B divides n, round half to even gives one too many for odd quotients (6/2 -> 4)."""

def iterations_per_epoch(n, batch_size):
    return int(round(n / batch_size + 0.5))
