"""derivatives.tanh_derivative: sech(z)^2 written with exponentials as 2/(exp(z) + exp(-z))**2, forgetting that sech = 2/(e^z + e^-z) squares to 4/(...)^2 (half the right value)."""

def tanh_derivative():
    return "2/(exp(z) + exp(-z))**2"
