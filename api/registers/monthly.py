"""A community's monthly report: its figures as one XLSX sheet and as a bar chart."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping

from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.ft2font import FT2Font
from openpyxl import Workbook
from openpyxl.styles import Font

# figure key → (Chinese label, English label), in the report's order.
LABELS: dict[str, tuple[str, str]] = {
    "partyBranches": ("党支部", "Party branches"),
    "partyMembers": ("党员", "Party members"),
    "gridWorkers": ("网格员", "Grid workers"),
    "schoolGrids": ("学校专属网格", "School grids"),
    "coBuildingUnits": ("共建单位", "Co-building units"),
    "wishesFulfilled": ("实现微心愿", "Wishes fulfilled"),
    "councilProblemsSolved": ("议事会解决问题", "Council problems solved"),
    "urgentProblemsSolved": ("入户走访解决急难问题", "Urgent problems solved on home visits"),
    "disputesMediated": ("调解矛盾纠纷", "Disputes mediated"),
    "childrenInClasses": ("课堂服务儿童", "Children in classes"),
    "birthdayParties": ("集体生日会", "Birthday parties"),
    "elderlyAttendances": ("老人参与人次", "Elderly attendances"),
    "eventsReported": ("上报事件", "Events reported"),
    "eventsClosed": ("办结事件", "Events closed"),
}
# Fonts with Chinese glyphs, the most common on servers and desktops first.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
    "Noto Sans SC",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "AR PL UMing CN",
    "Droid Sans Fallback",
)


def labels(key: str) -> tuple[str, str]:
    """A figure's Chinese and English label; an unknown key is its own label."""
    return LABELS.get(key, (key, key))


def monthly_report(
    figures: Mapping[str, int | float],
    month: str,
    community_name: str,
    xlsx_path: str | os.PathLike[str],
    png_path: str | os.PathLike[str],
) -> None:
    """Write the figures (known keys in LABELS' order, then the others) to one sheet and draw them as bars."""
    ordered = _ordered(figures)
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = "月报"
    sheet.append([f"{community_name} {month} 月度报表 / monthly report"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["指标", "figure", "数值 value"])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for key in ordered:
        sheet.append([*labels(key), figures[key]])
    for letter, width in (("A", 24), ("B", 36), ("C", 12)):
        sheet.column_dimensions[letter].width = width
    book.save(xlsx_path)
    chart(figures, month, community_name).savefig(png_path, dpi=120)


def _ordered(figures: Mapping[str, int | float]) -> list[str]:
    return sorted(figures, key=lambda k: (list(LABELS).index(k) if k in LABELS else len(LABELS), k))


def chart(figures: Mapping[str, int | float], month: str, community_name: str) -> Figure:
    """The figures as horizontal bars, labelled in Chinese when a font can draw it, else in English."""
    ordered = _ordered(figures)
    found = cjk_font()
    chinese = found is not None
    names = [labels(key)[0 if chinese else 1] for key in ordered]
    glyphs = found[1] if found is not None else frozenset(range(128))
    # Only what the font can draw: a missing glyph is a warning, and a box on the chart.
    heading = [part for part in (community_name, month) if all(ord(ch) in glyphs for ch in part)]
    title = " ".join([*heading, "月度报表" if chinese else "monthly report"])
    font = FontProperties(family=found[0]) if found is not None else FontProperties()
    figure = Figure(figsize=(9, 1.5 + 0.45 * max(len(ordered), 1)), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    bars = axes.barh(range(len(ordered)), [figures[key] for key in ordered], color="#c0392b")
    axes.set_yticks(range(len(ordered)), names, fontproperties=font)
    axes.invert_yaxis()  # the first figure on top, as in the sheet
    axes.bar_label(bars, padding=3)
    axes.set_title(title, fontproperties=font)
    axes.spines[["top", "right"]].set_visible(False)
    return figure


@functools.cache
def cjk_font() -> tuple[str, frozenset[int]] | None:
    """The first installed font family with every character of the Chinese labels, and the characters it has."""
    needed = {ord(ch) for zh, _ in LABELS.values() for ch in zh + "月度报表"}
    installed = {entry.name: entry.fname for entry in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        path = installed.get(family)
        if path is not None and needed <= (glyphs := frozenset(FT2Font(path).get_charmap())):
            return family, glyphs
    return None
