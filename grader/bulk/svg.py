"""Small inline SVG charts for the class report, written by hand (no matplotlib, no scripts).

Both charts draw bars with the CSS classes of grader.feedback.html's style
(`bar`, `axis`, `label`); every label is escaped.
"""

from __future__ import annotations

from mlptutor.grader.feedback.escape import html_text as escape


def histogram(values: list[float], top: float, bins: int = 10, width: int = 560, height: int = 200) -> str:
    """Vertical bars counting `values` in `bins` equal bins over [0, top] (the last bin includes top)."""
    top = top or 1.0
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, max(0, int(v / top * bins)))] += 1
    peak = max(counts) or 1
    left, bottom, plot_h = 30, height - 24, height - 40
    step = (width - left - 10) / bins
    parts = [f'<svg width="{width}" height="{height}" role="img" '
             f'aria-label="histogram of scores">']
    for i, n in enumerate(counts):
        h = plot_h * n / peak
        x = left + i * step
        parts.append(f'<rect class="bar" x="{x + 1:.1f}" y="{bottom - h:.1f}" width="{step - 2:.1f}" height="{h:.1f}">'
                     f'<title>{n} students</title></rect>')
        if n:
            parts.append(f'<text class="label" x="{x + step / 2:.1f}" y="{bottom - h - 3:.1f}" text-anchor="middle">{n}</text>')
        parts.append(f'<text class="label" x="{x:.1f}" y="{bottom + 14}" text-anchor="middle">{top * i / bins:g}</text>')
    parts.append(f'<text class="label" x="{left + bins * step:.1f}" y="{bottom + 14}" text-anchor="middle">{top:g}</text>')
    parts.append(f'<line class="axis" x1="{left}" y1="{bottom}" x2="{left + bins * step:.1f}" y2="{bottom}"/>')
    parts.append("</svg>")
    return "".join(parts)


def bars(items: list[tuple[str, float]], top: float, width: int = 560, row: int = 18) -> str:
    """Horizontal bars, one per (label, value), scaled to `top`."""
    label_w, top = 220, top or 1.0
    height = row * len(items) + 4
    parts = [f'<svg width="{width}" height="{height}" role="img">']
    for i, (label, value) in enumerate(items):
        y = 2 + i * row
        w = (width - label_w - 40) * value / top
        parts.append(f'<text class="label" x="{label_w - 6}" y="{y + row - 5}" text-anchor="end">{escape(label)}</text>'
                     f'<rect class="bar" x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row - 4}"/>'
                     f'<text class="label" x="{label_w + w + 4:.1f}" y="{y + row - 5}">{value:g}</text>')
    parts.append("</svg>")
    return "".join(parts)
