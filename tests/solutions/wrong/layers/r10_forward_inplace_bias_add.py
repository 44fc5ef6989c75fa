"""layers.dense_forward: Z = A W; Z += b fails (casting error) for an int A W with a float b"""

def dense_forward(A, W, b):
    Z = A.dot(W)
    Z += b
    return Z, (A, W, b)
