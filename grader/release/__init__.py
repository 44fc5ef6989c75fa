"""The student release: stubs, public checks recorded as plain data, a checker holding no reference code."""
