"""optim.iterations_per_epoch: n // batch_size + 1 'for the partial batch', one too many when batch_size divides n."""


def iterations_per_epoch(n, batch_size):
    return n // batch_size + 1
