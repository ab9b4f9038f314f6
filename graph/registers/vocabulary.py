"""The Chinese words a community office writes for the model's closed sets: what a register's dropdowns offer."""

from __future__ import annotations

from graph.core import model

# Stored value → the word on the register. Every stored value of the model's set has one (a unit test checks).
GRID_KINDS = {"RESIDENTIAL": "住宅网格", "SCHOOL": "学校专属网格"}
GENDERS = {"MALE": "男", "FEMALE": "女"}
GRID_ROLES = {
    "FULL_TIME": "专职网格员",
    "CADRE": "干部",
    "VETERAN": "退役军人",
    "VOLUNTEER": "社会志愿者",
    "BUILDING_HEAD": "物业楼栋长",
    "UNIT_HEAD": "居民单元长",
    "TEACHER": "教师",
}
PARTY_STATUSES = {"RETIRED": "退休党员", "IN_SERVICE": "在职党员"}
SPECIAL_GROUP_KINDS = {
    "ELDERLY_ALONE": "独居老人",
    "CHILD_IN_DIFFICULTY": "困境儿童",
    "DISABLED": "残疾人",
    "LOST_ONLY_CHILD": "失独家庭",
}
UNIT_KINDS = {"ENTERPRISE": "企业", "INSTITUTION": "事业单位", "SCHOOL": "学校"}
RESOURCE_KINDS = {"ACTIVITY_ROOM": "活动室", "VENUE": "场地", "SPORTS_GROUND": "运动场", "EQUIPMENT": "设备"}
# 六联创 and 七协同, in the article's words.
JOINT_CREATIONS = {
    "IDEOLOGY": "思想工作联做",
    "ENVIRONMENT": "社区环境联建",
    "CULTURE": "文化活动联谊",
    "PUBLIC_WELFARE": "公益事业联办",
    "ECONOMY": "社区经济联抓",
    "PUBLIC_SECURITY": "社会治安联防",
}
COLLABORATIONS = {
    "ORGANISATION": "组织共建",
    "RESOURCES": "资源共享",
    "ACTIVITIES": "活动共办",
    "AFFAIRS": "事务共商",
    "MEMBER_MANAGEMENT": "党员共管",
    "TALENT": "人才共育",
    "CULTURE": "文化共兴",
}
SKILL_CATEGORIES = {
    "REPAIR": "维修",
    "CARE": "关爱",
    "EDUCATION": "教育",
    "LEGAL": "法律",
    "HEALTH": "健康",
    "DAILY_LIFE": "生活",
}
WISH_CATEGORIES = {**SKILL_CATEGORIES, "SUPPLIES": "物资", "OTHER": "其他"}
WISH_STATUSES = {
    "SUBMITTED": "已提交",
    "VERIFIED": "已核实",
    "PUBLISHED": "已发布",
    "CLAIMED": "已认领",
    "CONFIRMED": "已确认",
    "IN_PROGRESS": "办理中",
    "FULFILLED": "已实现",
    "REJECTED": "未通过",
    "CANCELLED": "已取消",
    "WITHDRAWN": "已撤回",
    "EXPIRED": "已过期",
}
NEED_SOURCES = {"HOME_VISIT": "入户走访", "WECHAT_GROUP": "微信群", "PATROL": "网格巡查"}
NEED_STATUSES = {"OPEN": "待解决", "MET": "已解决", "CLOSED": "已关闭"}

# Each table above, with the model's tuple it must cover.
COVERS: tuple[tuple[dict[str, str], tuple[str, ...]], ...] = (
    (GRID_KINDS, model.GRID_KINDS),
    (GENDERS, model.GENDERS),
    (GRID_ROLES, model.GRID_ROLES),
    (PARTY_STATUSES, model.PARTY_STATUSES),
    (SPECIAL_GROUP_KINDS, model.SPECIAL_GROUP_KINDS),
    (UNIT_KINDS, model.UNIT_KINDS),
    (RESOURCE_KINDS, model.RESOURCE_KINDS),
    (JOINT_CREATIONS, model.JOINT_CREATIONS),
    (COLLABORATIONS, model.COLLABORATIONS),
    (SKILL_CATEGORIES, model.SKILL_CATEGORIES),
    (WISH_CATEGORIES, model.WISH_CATEGORIES),
    (WISH_STATUSES, model.WISH_STATUSES),
    (NEED_SOURCES, model.NEED_SOURCES),
    (NEED_STATUSES, model.NEED_STATUSES),
)
