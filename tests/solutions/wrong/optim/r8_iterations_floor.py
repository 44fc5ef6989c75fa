"""optim.iterations_per_epoch: n // batch_size drops the last, partial batch; wrong whenever batch_size does not divide n."""


def iterations_per_epoch(n, batch_size):
    return n // batch_size
