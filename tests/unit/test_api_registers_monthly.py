"""The monthly report (pure): the figures' sheet, and the chart in Chinese or, without a Chinese font, in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.image import imread
from openpyxl import load_workbook

from api.registers import monthly
from api.registers.monthly import monthly_report

FIGURES = {"eventsClosed": 380, "partyMembers": 750, "wishesFulfilled": 33, "volunteerHours": 1250.5}


def test_the_sheet_and_the_chart_are_written(tmp_path: Path) -> None:
    monthly_report(FIGURES, "2023-10", "建峰社区", tmp_path / "m.xlsx", tmp_path / "m.png")
    rows = list(load_workbook(tmp_path / "m.xlsx")["月报"].iter_rows(values_only=True))
    assert rows[0][0] == "建峰社区 2023-10 月度报表 / monthly report"
    assert rows[1] == ("指标", "figure", "数值 value")
    assert rows[2:] == [
        ("党员", "Party members", 750),
        ("实现微心愿", "Wishes fulfilled", 33),
        ("办结事件", "Events closed", 380),
        ("volunteerHours", "volunteerHours", 1250.5),  # an unknown key is its own label
    ]
    height, width, _ = imread(tmp_path / "m.png").shape
    assert width > 500 and height > 200


def test_every_figure_of_the_statistics_has_its_words() -> None:
    chinese = {
        "partyBranches": "党支部",
        "partyMembers": "党员",
        "gridWorkers": "网格员",
        "schoolGrids": "学校专属网格",
        "coBuildingUnits": "共建单位",
        "wishesFulfilled": "实现微心愿",
        "councilProblemsSolved": "议事会解决问题",
        "urgentProblemsSolved": "入户走访解决急难问题",
        "disputesMediated": "调解矛盾纠纷",
        "childrenInClasses": "课堂服务儿童",
        "birthdayParties": "集体生日会",
        "elderlyAttendances": "老人参与人次",
        "eventsReported": "上报事件",
        "eventsClosed": "办结事件",
    }
    assert {key: zh for key, (zh, _) in monthly.LABELS.items()} == chinese
    assert all(en.isascii() and en[0].isupper() for _, en in monthly.LABELS.values())


def test_the_chart_speaks_chinese_with_a_chinese_font() -> None:
    if monthly.cjk_font() is None:
        pytest.skip("no font with Chinese glyphs installed")
    axes = monthly.chart(FIGURES, "2023-10", "建峰社区").axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["党员", "实现微心愿", "办结事件", "volunteerHours"]
    assert axes.get_title() == "建峰社区 2023-10 月度报表"


def test_without_a_chinese_font_the_chart_is_in_english_and_warns_of_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(monthly, "cjk_font", lambda: None)
    figure = monthly.chart(FIGURES, "2023年10月", "建峰社区")
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == [
        "Party members",
        "Wishes fulfilled",
        "Events closed",
        "volunteerHours",
    ]
    assert axes.get_title() == "monthly report"
    figure.savefig(tmp_path / "m.png")  # drawing a missing glyph would warn, and warnings fail the test
    assert monthly.chart(FIGURES, "2023-10", "Jianfeng").axes[0].get_title() == "Jianfeng 2023-10 monthly report"
