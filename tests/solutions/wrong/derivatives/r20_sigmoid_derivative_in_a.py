"""derivatives.sigmoid_derivative: sigmoid's derivative written in Hagan's output a, a*(1 - a): a is not a variable of the docstring."""

def sigmoid_derivative():
    return "a*(1 - a)"
