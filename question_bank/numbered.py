"""Anonymous sheets for `mlptutor quiz --variants N`: numbered students instead of a roster."""

from __future__ import annotations

from mlptutor.roster import Student

__all__ = ["MAX_VARIANTS", "numbered_students"]

# a lecture hall's worth of anonymous sheets: beyond it a typo (--variants 100000) would run for hours, every
# sheet compiled twice for PDF; a class that large has a roster (--roster), which has no such limit
MAX_VARIANTS = 500


def numbered_students(count: int) -> list[Student]:
    """`count` anonymous sheets: variant-01, variant-02, ... (zero-padded so files sort)."""
    if count < 1:
        raise ValueError(f"--variants must be at least 1, got {count}")
    width = max(2, len(str(count)))
    return [Student(f"variant-{i:0{width}d}", f"Variant {i}") for i in range(1, count + 1)]
