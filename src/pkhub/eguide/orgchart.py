"""The organisation chart of a unit, drawn by the server as inline SVG (no script).

Layout: the unit at the top, its direct children in a row beneath it, and each child's own
descendants listed down its column, indented by depth (the compact form UN organigrammes use, so a
division with thirty teams stays readable). In a right-to-left page the drawing is mirrored and
its text set right to left.
"""

import textwrap
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BOX_W = 200
LINE_H = 15
PAD = 8
GAP_X = 24
GAP_Y = 14
INDENT = 16
ROOT_GAP = 40
WRAP = 28  # characters a line of a box holds at this font size
MAX_COLUMN_DEPTH = 3  # levels listed under each child before the chart says "…"


@dataclass
class ChartNode:
    """What the chart needs of a unit."""

    label: str
    url: str
    children: list["ChartNode"]
    current: bool = False


@dataclass
class _Box:
    node: ChartNode
    x: float
    y: float
    w: float
    h: float
    parent: "_Box | None"


def _lines(label: str) -> list[str]:
    return textwrap.wrap(label, WRAP, break_long_words=True) or [""]


def _height(label: str) -> float:
    return len(_lines(label)) * LINE_H + 2 * PAD


def _layout(root: ChartNode) -> tuple[list[_Box], float, float]:
    cols = max(1, len(root.children))
    width = cols * BOX_W + (cols - 1) * GAP_X + 2 * INDENT * MAX_COLUMN_DEPTH
    root_box = _Box(root, (width - BOX_W) / 2, 0, BOX_W, _height(root.label), None)
    boxes = [root_box]
    top = root_box.h + ROOT_GAP
    bottom = root_box.h
    col_w = BOX_W + GAP_X + 2 * INDENT * MAX_COLUMN_DEPTH / cols
    for i, child in enumerate(root.children):
        x0 = INDENT * MAX_COLUMN_DEPTH + i * col_w - (INDENT * MAX_COLUMN_DEPTH if cols == 1 else 0)
        x0 = max(0.0, min(x0, width - BOX_W))
        y = top

        def place(node: ChartNode, depth: int, parent: _Box):
            nonlocal y, bottom
            w = BOX_W - depth * INDENT
            box = _Box(node, x0 + depth * INDENT, y, w, _height(node.label), parent)
            boxes.append(box)
            y += box.h + GAP_Y
            bottom = max(bottom, box.y + box.h)
            if depth + 1 < MAX_COLUMN_DEPTH:
                for grandchild in node.children:
                    place(grandchild, depth + 1, box)

        place(child, 0, root_box)
    return boxes, width, bottom


def draw(root: ChartNode, *, rtl: bool = False, title: str = "") -> SafeString:
    """The chart as an `<svg>` element, links to each unit's page included."""
    boxes, width, height = _layout(root)

    def x_of(box: _Box) -> float:
        return width - box.x - box.w if rtl else box.x

    direction = ' direction="rtl"' if rtl else ""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="orgchart" viewBox="-2 -2 {width + 4:.0f} {height + 4:.0f}" '
        f'width="{width + 4:.0f}" height="{height + 4:.0f}" role="group" aria-label="{escape(title)}"'
        f"{direction}>"
    ]
    if title:
        parts.append(f"<title>{escape(title)}</title>")
    for box in boxes:  # connectors first, so boxes sit on top of them
        parent = box.parent
        if parent is None:
            continue
        if parent.parent is None:  # from the root down to a column head
            px, py = x_of(parent) + parent.w / 2, parent.y + parent.h
            cx, cy = x_of(box) + box.w / 2, box.y
            mid = py + ROOT_GAP / 2
            parts.append(f'<path class="link" d="M{px:.1f},{py:.1f} V{mid:.1f} H{cx:.1f} V{cy:.1f}"/>')
        else:  # down the column, then across to the indented box
            edge = x_of(parent) + (parent.w - INDENT / 2 if rtl else INDENT / 2)
            cy = box.y + box.h / 2
            end = x_of(box) + (box.w if rtl else 0)
            parts.append(f'<path class="link" d="M{edge:.1f},{parent.y + parent.h:.1f} V{cy:.1f} H{end:.1f}"/>')
    for box in boxes:
        x = x_of(box)
        cls = "unit current" if box.node.current else "unit"
        lines = _lines(box.node.label)
        text_x = x + box.w / 2
        tspans = "".join(
            f'<tspan x="{text_x:.1f}" y="{box.y + PAD + (i + 1) * LINE_H - 3:.1f}">{escape(line)}</tspan>'
            for i, line in enumerate(lines)
        )
        bidi = ' direction="rtl" unicode-bidi="embed"' if rtl else ""
        inner = (
            f'<rect x="{x:.1f}" y="{box.y:.1f}" width="{box.w:.1f}" height="{box.h:.1f}" rx="4"/>'
            f'<text text-anchor="middle"{bidi}>{tspans}</text>'
        )
        if box.node.url and not box.node.current:
            parts.append(f'<a class="{cls}" href="{escape(box.node.url)}">{inner}</a>')
        else:
            parts.append(f'<g class="{cls}" aria-current="page">{inner}</g>' if box.node.current else f'<g class="{cls}">{inner}</g>')
    parts.append("</svg>")
    return mark_safe("".join(parts))
