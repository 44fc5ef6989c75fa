"""gradcheck.numerical_gradients: builds one closure per tensor in a comprehension and calls them afterwards: Python's late binding makes every closure perturb the last tensor's name."""

def numerical_gradients(f, params, h=1e-5):
    closures = {name: (lambda v: f({**params, name: v})) for name in params}
    return {name: numerical_gradient(closures[name], params[name], h) for name in params}
