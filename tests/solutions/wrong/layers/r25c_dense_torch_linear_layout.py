"""layers.dense_forward: nn.Linear's (out, in) weight layout: Z = A W^T + b (right only when W is square and symmetric)."""

def dense_forward(A, W, b):
    Z = A @ W.T + b
    return Z, (A, W, b)
