"""A learning curve found in a check's message, drawn as a small inline SVG for the HTML feedback.

The capstone's check (grader/specs/train.py) writes the curve into its
message as "learning curve (epoch: training / validation loss): 0: 2.3026 /
2.3011; 1: ...", so the text feedback shows the numbers. Only numbers are
read back from that text (anything else ends the curve), so nothing a
student wrote reaches the SVG.
"""

from __future__ import annotations

import re

PHRASE = "learning curve (epoch: training / validation loss): "
_PAIR = re.compile(r"(\d+): (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?) / (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)")


def parse_curve(message: str) -> tuple[list[float], list[float]] | None:
    """(training losses, validation losses) per epoch from `message`, or None when it holds no curve."""
    at = message.find(PHRASE)
    if at < 0:
        return None
    train, val = [], []
    for item in message[at + len(PHRASE):].split("; "):
        match = _PAIR.fullmatch(item.strip())
        if not match or int(match.group(1)) != len(train):
            break
        train.append(float(match.group(2)))
        val.append(float(match.group(3)))
    return (train, val) if train else None


def curve_svg(train: list[float], val: list[float], width: int = 360, height: int = 160) -> str:
    """Two polylines (training solid, validation dashed) over epochs, the loss axis from 0 to the largest loss."""
    left, right, top, bottom = 40, 10, 10, height - 24
    peak = max(max(train), max(val), 1e-12)
    span = max(len(train) - 1, 1)

    def points(losses):
        return " ".join(f"{left + (width - left - right) * e / span:.1f},{bottom - (bottom - top) * v / peak:.1f}"
                        for e, v in enumerate(losses))

    return (f'<svg width="{width}" height="{height}" role="img" aria-label="learning curve">'
            f'<line class="axis" x1="{left}" y1="{bottom}" x2="{width - right}" y2="{bottom}"/>'
            f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{bottom}"/>'
            f'<text class="label" x="{left - 4}" y="{top + 8}" text-anchor="end">{peak:.3g}</text>'
            f'<text class="label" x="{left - 4}" y="{bottom}" text-anchor="end">0</text>'
            f'<text class="label" x="{width - right}" y="{bottom + 14}" text-anchor="end">epoch {len(train) - 1}</text>'
            f'<polyline fill="none" stroke="#4a7bd0" stroke-width="2" points="{points(train)}"/>'
            f'<polyline fill="none" stroke="#f0a020" stroke-width="2" stroke-dasharray="5 3" points="{points(val)}"/>'
            f'<text class="label" x="{left + 6}" y="{bottom + 14}">training (solid), validation (dashed)</text>'
            "</svg>")
