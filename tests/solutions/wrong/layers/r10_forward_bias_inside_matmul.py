"""layers.dense_forward: A @ (W + b), the bias added to the weights before the product"""

def dense_forward(A, W, b):
    Z = A @ (W + b)
    return Z, (A, W, b)
