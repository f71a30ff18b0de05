"""Bar charts drawn on the server as SVG: no script, presentation attributes only (the CSP forbids inline style)."""

from dataclasses import dataclass

from django.utils.html import escape, format_html, mark_safe

ROW = 26
LABEL_WIDTH = 260
BAR_WIDTH = 380


@dataclass
class Bar:
    label: str
    value: float  # what the bar shows
    maximum: float  # the full width
    css: str = "bar"  # a class of pledges.css: bar, bar-ok, bar-warn
    note: str = ""  # printed after the bar
    target: float | None = None  # a vertical mark, e.g. the gender target


def _short(label: str, limit: int = 36) -> str:
    # The full label is in the table beside the chart; the SVG keeps what fits its label column.
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def bar_chart(*, title: str, bars: list[Bar]) -> str:
    """A horizontal bar chart; its <title> and a table next to it carry the same figures for screen readers."""
    height = ROW * len(bars) + 8
    width = LABEL_WIDTH + BAR_WIDTH + 120
    parts = [format_html('<svg class="chart" role="img" viewBox="0 0 {} {}" width="100%" '
                         'xmlns="http://www.w3.org/2000/svg"><title>{}</title>', width, height, title)]
    for index, bar in enumerate(bars):
        y = 4 + index * ROW
        share = 0 if not bar.maximum else max(0.0, min(1.0, bar.value / bar.maximum))
        parts.append(format_html('<text x="{}" y="{}" class="chart-label" text-anchor="end">{}</text>',
                                 LABEL_WIDTH - 8, y + 15, _short(bar.label)))
        parts.append(format_html('<rect x="{}" y="{}" width="{}" height="18" class="chart-track"/>',
                                 LABEL_WIDTH, y + 2, BAR_WIDTH))
        parts.append(format_html('<rect x="{}" y="{}" width="{}" height="18" class="{}"/>',
                                 LABEL_WIDTH, y + 2, round(BAR_WIDTH * share, 1), bar.css))
        if bar.target is not None and bar.maximum:
            x = LABEL_WIDTH + round(BAR_WIDTH * min(1.0, bar.target / bar.maximum), 1)
            parts.append(format_html('<line x1="{}" x2="{}" y1="{}" y2="{}" class="chart-target"/>', x, x, y, y + 22))
        parts.append(format_html('<text x="{}" y="{}" class="chart-value">{}</text>',
                                 LABEL_WIDTH + BAR_WIDTH + 6, y + 15, bar.note))
    parts.append("</svg>")
    return mark_safe("".join(str(p) for p in parts))


__all__ = ["Bar", "bar_chart", "escape"]
