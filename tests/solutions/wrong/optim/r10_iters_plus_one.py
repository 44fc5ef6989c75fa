"""optim.iterations_per_epoch: n // B + 1 counts a phantom empty batch when B divides n"""


def iterations_per_epoch(n, batch_size):
    full = n // batch_size
    return full + 1
