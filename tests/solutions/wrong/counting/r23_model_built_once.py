"""counting.count_parameters: builds the Torch-like model once per widths list object (cached by id), so a list refilled in place and passed again gets the old count."""

_r23_models = {}


def count_parameters(widths):
    key = id(widths)
    if key not in _r23_models:
        sizes = [int(n) for n in widths]
        _r23_models[key] = sum((sizes[l - 1] + 1) * sizes[l] for l in range(1, len(sizes)))
    return _r23_models[key]
