"""derivatives.tanh_derivative: Julia dot-broadcast syntax (1 .- tanh.(z).^2): not the formula language, and read literally not the derivative."""

def tanh_derivative():
    return "1 .- tanh.(z).^2"
