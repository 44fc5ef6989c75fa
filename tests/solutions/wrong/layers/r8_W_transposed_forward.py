"""layers.dense_forward: Z = A W^T + b (the rows-are-output-units convention of the notes' example); errors unless n_in == n_out, wrong then."""


def dense_forward(A, W, b):
    return A @ W.T + b, (A, W, b)
