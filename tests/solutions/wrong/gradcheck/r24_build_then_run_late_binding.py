"""gradcheck.numerical_gradients: builds every objective first, then runs them (graph mentality), with closures that bind the loop variable late: every tensor is perturbed under the LAST key's name."""


def numerical_gradients(f, params, h=1e-5):
    objectives = {}
    for name in params:
        objectives[name] = lambda value: f({**params, name: value})
    return {key: numerical_gradient(objectives[key], params[key], h) for key in params}
