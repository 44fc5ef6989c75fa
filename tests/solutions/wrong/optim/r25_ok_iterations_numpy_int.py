"""optim.iterations_per_epoch: right: the negated floor division of -n (np.floor_divide), a NumPy integer (np.int64): an
exact whole count that range() and int() take as any int."""


def iterations_per_epoch(n, batch_size):
    return -np.floor_divide(-n, batch_size)
