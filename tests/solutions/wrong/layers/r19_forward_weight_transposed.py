"""layers.dense_forward: nn.Linear habit: Z = A @ W.T + b, reading W as (out_features, in_features); wrong values for a square W, a shape error otherwise."""

def dense_forward(A, W, b):
    Z = A @ W.T + b
    return Z, (A, W, b)
