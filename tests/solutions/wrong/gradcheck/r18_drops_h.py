"""gradcheck.numerical_gradients: Forgets to pass h on: every tensor is differentiated with the default step 1e-5
whatever h the caller gives.
"""

def numerical_gradients(f, params, h=1e-5):
    """Forgets to pass h on: every tensor is differentiated with the default step 1e-5 whatever h the caller gives."""
    grads = {}
    for k in params:
        def fk(v, k=k):
            return f({**params, k: v})
        grads[k] = numerical_gradient(fk, params[k])
    return grads
