"""The student release: stubs, public checks recorded as plain data, a checker holding no reference code."""


class ReleaseError(Exception):
    """The release cannot be made as asked; the message is one line."""
