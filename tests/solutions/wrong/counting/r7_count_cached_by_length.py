"""counting.count_parameters: memoises results keyed by the number of layers, so a second network of the same depth gets the first one's count."""

def count_parameters(widths, _memo={}):
    key = len(widths)
    if key not in _memo:
        ws = [int(w) for w in widths]
        _memo[key] = sum((a + 1) * b for a, b in zip(ws, ws[1:]))
    return _memo[key]
