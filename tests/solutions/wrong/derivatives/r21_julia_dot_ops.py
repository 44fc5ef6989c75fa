def tanh_derivative():
    """Julia dot-broadcast syntax (1 .- tanh.(z).^2): not the formula language, and read literally not the derivative."""
    return "1 .- tanh.(z).^2"
