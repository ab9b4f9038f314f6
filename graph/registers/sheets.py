"""The registers a community office keeps, one sheet each: columns, the row's key, and what a row refers to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from graph.registers import vocabulary as v

# text: trimmed, non-empty when required; int: a whole number; date: YYYY-MM-DD (or a spreadsheet date cell);
# phone: a mainland mobile (11 digits, 1[3-9]…) or a landline (0area-number); id_number: an 18-character resident
# identity number (GB 11643); enum: one of `choices` (the Chinese word or the stored value); enums: several of them;
# names: several free names (separated by 、 ， , ; or ；).
ColumnKind = Literal["text", "int", "date", "phone", "id_number", "enum", "enums", "names"]


@dataclass(frozen=True)
class Column:
    key: str  # the stored property (or the column's own name), and its English header
    zh: str  # the Chinese header clerks see
    kind: ColumnKind = "text"
    required: bool = False
    help_zh: str = ""  # the header row's description of the column
    help_en: str = ""
    choices: dict[str, str] | None = None  # enum(s): stored value → Chinese word
    personal: bool = False  # personal data: masked in every problem report and never logged
    example: str = ""  # the template's example row

    @property
    def en(self) -> str:
        return self.key


@dataclass(frozen=True)
class Ref:
    """`columns` of a row name a row of `sheet` by that sheet's key (in the same file or already in the graph).

    A `names`/`enums` column refers element by element. `sheets` beyond the first are alternatives (a wish's
    claimant is a person, a unit or a party branch)."""

    columns: tuple[str, ...]
    sheets: tuple[str, ...]


@dataclass(frozen=True)
class Sheet:
    key: str  # English sheet name (accepted as the sheet's name too)
    zh: str  # the sheet's Chinese name
    label: str  # the graph label its rows become
    columns: tuple[Column, ...]
    row_key: tuple[str, ...]  # the columns that say which node a row is (unique in the file and the community)
    refs: tuple[Ref, ...] = ()

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


_ID = Column(
    "idNumber",
    "公民身份号码",
    "id_number",
    True,
    "18位居民身份证号码，末位可为X",
    "18-character resident identity number, last may be X",
    personal=True,
    example="500102195803150037",
)
_NAME_OF_PERSON = Column(
    "name",
    "姓名",
    required=True,
    help_zh="与居民台账一致",
    help_en="as in the residents' register",
    personal=True,
    example="王建华",
)
_GRID = Column("grid", "所属网格", required=True, help_zh="网格编码", help_en="the grid's code", example="JF-01")

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "community",
        "社区",
        "Community",
        (
            Column(
                "id", "社区编号", required=True, help_zh="系统内社区编号", help_en="the community's id", example="jf"
            ),
            Column("name", "社区名称", required=True, example="建峰社区"),
            Column("city", "市", required=True, example="重庆市"),
            Column("district", "区县", required=True, example="涪陵区"),
            Column("subdistrict", "街道", required=True, example="白涛街道"),
        ),
        ("id",),
    ),
    Sheet(
        "grids",
        "网格",
        "Grid",
        (
            Column(
                "code",
                "网格编码",
                required=True,
                help_zh="社区内唯一",
                help_en="unique in the community",
                example="JF-01",
            ),
            Column("name", "网格名称", required=True, example="建峰社区第1网格"),
            Column("kind", "网格类型", "enum", True, choices=v.GRID_KINDS, example="住宅网格"),
        ),
        ("code",),
    ),
    Sheet(
        "buildings",
        "楼栋",
        "Building",
        (
            Column(
                "name",
                "楼栋名称",
                required=True,
                help_zh="社区内唯一",
                help_en="unique in the community",
                example="峰顺苑1栋",
            ),
            Column("address", "地址", required=True, example="建峰大道12号"),
            Column("floors", "层数", "int", True, example="6"),
            _GRID,
        ),
        ("name",),
        (Ref(("grid",), ("grids",)),),
    ),
    Sheet(
        "households",
        "住户",
        "Household",
        (
            Column("building", "楼栋名称", required=True, example="峰顺苑1栋"),
            Column("room", "房号", required=True, personal=True, example="1单元302"),
            Column("name", "户名", required=True, help_zh="如：王建华家", help_en="e.g. 王建华家", example="王建华家"),
        ),
        ("building", "room"),
        (Ref(("building",), ("buildings",)),),
    ),
    Sheet(
        "skills",
        "技能",
        "Skill",
        (
            Column("name", "技能名称", required=True, example="水电维修"),
            Column("category", "技能类别", "enum", True, choices=v.SKILL_CATEGORIES, example="维修"),
        ),
        ("name",),
    ),
    Sheet(
        "residents",
        "居民",
        "Person",
        (
            _NAME_OF_PERSON,
            Column(
                "gender",
                "性别",
                "enum",
                True,
                choices=v.GENDERS,
                help_zh="与身份证号一致",
                help_en="as the ID number says",
                example="男",
            ),
            _ID,
            Column(
                "birthDate",
                "出生日期",
                "date",
                True,
                "与身份证号一致",
                "as the ID number says",
                personal=True,
                example="1958-03-15",
            ),
            Column(
                "phone",
                "联系电话",
                "phone",
                personal=True,
                help_zh="手机或座机",
                help_en="mobile or landline",
                example="13812345678",
            ),
            Column(
                "building",
                "楼栋名称",
                help_zh="住在社区内时填写",
                help_en="when living in the community",
                example="峰顺苑1栋",
            ),
            Column(
                "room",
                "房号",
                personal=True,
                help_zh="与楼栋一同填写",
                help_en="together with the building",
                example="1单元302",
            ),
            Column(
                "skills",
                "技能",
                "names",
                help_zh="技能名称，多个用顿号分隔",
                help_en="skill names, separated by 、",
                example="水电维修、陪伴探访",
            ),
        ),
        ("idNumber",),
        (Ref(("building", "room"), ("households",)), Ref(("skills",), ("skills",))),
    ),
    Sheet(
        "branches",
        "党支部",
        "PartyBranch",
        (
            Column("name", "党支部名称", required=True, example="建峰社区第一党支部"),
            Column("committee", "上级党委", required=True, example="中共建峰社区委员会"),
        ),
        ("name",),
    ),
    Sheet(
        "members",
        "党员",
        "Person",
        (
            _ID,
            _NAME_OF_PERSON,
            Column("branch", "所属党支部", required=True, example="建峰社区第一党支部"),
            Column("partyStatus", "党员类别", "enum", True, choices=v.PARTY_STATUSES, example="退休党员"),
            Column("joinedPartyOn", "入党日期", "date", example="1985-07-01"),
            Column(
                "reportedOn",
                "报到日期",
                "date",
                help_zh="在职党员进社区报到日期",
                help_en="in-service members: the day they reported",
                example="",
            ),
            Column(
                "capacity",
                "可认领心愿数",
                "int",
                help_zh="同时认领的上限",
                help_en="how many wishes at once",
                example="2",
            ),
        ),
        ("idNumber",),
        (Ref(("idNumber",), ("residents",)), Ref(("branch",), ("branches",))),
    ),
    Sheet(
        "workers",
        "网格员",
        "Person",
        (
            _ID,
            _NAME_OF_PERSON,
            Column(
                "grids",
                "负责网格",
                "names",
                True,
                "网格编码，多个用顿号分隔",
                "grid codes, separated by 、",
                example="JF-01",
            ),
            Column("gridRole", "“1+6”角色", "enum", True, choices=v.GRID_ROLES, example="专职网格员"),
        ),
        ("idNumber",),
        (Ref(("idNumber",), ("residents",)), Ref(("grids",), ("grids",))),
    ),
    Sheet(
        "groups",
        "特殊人群",
        "SpecialGroup",
        (
            _ID,
            _NAME_OF_PERSON,
            Column("kind", "人群类别", "enum", True, choices=v.SPECIAL_GROUP_KINDS, example="独居老人"),
        ),
        ("idNumber", "kind"),
        (Ref(("idNumber",), ("residents",)),),
    ),
    Sheet(
        "units",
        "共建单位",
        "Unit",
        (
            Column("name", "单位名称", required=True, example="重庆建峰工业集团有限公司"),
            Column("kind", "单位类型", "enum", True, choices=v.UNIT_KINDS, example="企业"),
            Column("address", "地址", required=True, example="白涛街道建峰大道1号"),
            Column("grid", "所在网格", help_zh="网格编码", help_en="the grid's code", example="JF-01"),
            Column(
                "agreement",
                "协议名称",
                help_zh="共驻共建共享协议",
                help_en="the co-building agreement",
                example="共驻共建共享协议",
            ),
            Column(
                "signedOn",
                "签订日期",
                "date",
                help_zh="有协议时必填",
                help_en="required with an agreement",
                example="2022-06-30",
            ),
            Column(
                "jointCreations", "六联创", "enums", choices=v.JOINT_CREATIONS, example="思想工作联做、公益事业联办"
            ),
            Column("collaborations", "七协同", "enums", choices=v.COLLABORATIONS, example="组织共建、资源共享"),
        ),
        ("name",),
        (Ref(("grid",), ("grids",)),),
    ),
    Sheet(
        "resources",
        "共享场地",
        "Resource",
        (
            Column("name", "场地名称", required=True, example="党员活动室"),
            Column("unit", "提供单位", required=True, example="重庆建峰工业集团有限公司"),
            Column("kind", "场地类型", "enum", True, choices=v.RESOURCE_KINDS, example="活动室"),
            Column("description", "说明", required=True, example="可容纳50人，周末开放"),
            Column("capacity", "容纳人数", "int", True, example="50"),
            Column("grid", "所在网格", help_zh="网格编码", help_en="the grid's code", example="JF-01"),
        ),
        ("unit", "name"),
        (Ref(("unit",), ("units",)), Ref(("grid",), ("grids",))),
    ),
    Sheet(
        "needs",
        "需求清单",
        "Need",
        (
            _ID,
            _NAME_OF_PERSON,
            Column("description", "需求内容", required=True, example="希望有人定期上门陪伴聊天"),
            Column("source", "来源", "enum", True, choices=v.NEED_SOURCES, example="入户走访"),
            Column(
                "status",
                "状态",
                "enum",
                choices=v.NEED_STATUSES,
                help_zh="默认待解决",
                help_en="OPEN when blank",
                example="待解决",
            ),
            Column("recordedAt", "登记日期", "date", True, example="2023-03-02"),
        ),
        ("idNumber", "description"),
        (Ref(("idNumber",), ("residents",)),),
    ),
    Sheet(
        "wishes",
        "微心愿",
        "Wish",
        (
            Column("title", "心愿标题", required=True, example="更换厨房水龙头"),
            Column("requester", "心愿人身份号码", "id_number", True, personal=True, example="500102195803150037"),
            Column("description", "心愿内容", required=True, example="厨房水龙头漏水，希望帮忙更换"),
            Column("category", "心愿类别", "enum", True, choices=v.WISH_CATEGORIES, example="维修"),
            Column("urgency", "紧急程度", "int", True, "1（一般）至4（紧急）", "1 (normal) to 4 (urgent)", example="2"),
            Column("headCount", "所需人数", "int", help_zh="默认1", help_en="1 when blank", example="1"),
            _GRID,
            Column(
                "skills",
                "所需技能",
                "names",
                help_zh="技能名称，多个用顿号分隔",
                help_en="skill names, separated by 、",
                example="水电维修",
            ),
            Column(
                "status",
                "状态",
                "enum",
                choices=v.WISH_STATUSES,
                help_zh="默认已提交",
                help_en="SUBMITTED when blank",
                example="已发布",
            ),
            Column(
                "claimant",
                "认领人",
                "names",
                help_zh="已认领及以后：认领人身份号码、共建单位或党支部名称，多个用顿号分隔",
                help_en="claimed and later: people's ID numbers, units' or branches' names, separated by 、",
                personal=True,
            ),
            Column("createdAt", "登记日期", "date", True, example="2023-04-01"),
            Column("deadline", "截止日期", "date", example="2023-05-01"),
            Column("fulfilledAt", "实现日期", "date", help_zh="已实现的心愿填写", help_en="for fulfilled wishes"),
        ),
        ("requester", "title", "createdAt"),
        (
            Ref(("requester",), ("residents",)),
            Ref(("grid",), ("grids",)),
            Ref(("skills",), ("skills",)),
            Ref(("claimant",), ("residents", "units", "branches")),
        ),
    ),
)

BY_KEY: dict[str, Sheet] = {s.key: s for s in SHEETS}
