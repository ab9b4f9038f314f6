"""Fixed vocabularies of the seed data: skills, wishes, events, council topics, bodies, groups and venues."""

from __future__ import annotations

from typing import NamedTuple


class SkillSpec(NamedTuple):
    key: str
    name: str
    category: str


SKILLS: tuple[SkillSpec, ...] = (
    SkillSpec("plumbing", "水电维修", "REPAIR"),
    SkillSpec("appliance", "家电维修", "REPAIR"),
    SkillSpec("drain", "管道疏通", "REPAIR"),
    SkillSpec("window", "门窗修理", "REPAIR"),
    SkillSpec("visit", "陪伴探访", "CARE"),
    SkillSpec("counselling", "心理疏导", "CARE"),
    SkillSpec("meal", "助餐送餐", "CARE"),
    SkillSpec("errand", "代购代办", "CARE"),
    SkillSpec("tutoring", "课业辅导", "EDUCATION"),
    SkillSpec("digital", "电脑手机教学", "EDUCATION"),
    SkillSpec("calligraphy", "书法绘画", "EDUCATION"),
    SkillSpec("performance", "文艺排练", "EDUCATION"),
    SkillSpec("legal", "法律咨询", "LEGAL"),
    SkillSpec("mediation", "矛盾调解", "LEGAL"),
    SkillSpec("nursing", "医疗护理", "HEALTH"),
    SkillSpec("health", "健康咨询", "HEALTH"),
    SkillSpec("massage", "康复按摩", "HEALTH"),
    SkillSpec("haircut", "理发", "DAILY_LIFE"),
    SkillSpec("moving", "搬运", "DAILY_LIFE"),
    SkillSpec("cleaning", "保洁", "DAILY_LIFE"),
)
SKILL_INDEX = {s.key: i for i, s in enumerate(SKILLS)}
# Skills retirees of a chemical works tend to bring, and those younger people do.
ELDER_SKILLS = ("plumbing", "appliance", "visit", "counselling", "calligraphy", "legal", "mediation", "haircut")
YOUNGER_SKILLS = ("digital", "tutoring", "moving", "errand", "nursing", "performance", "cleaning", "drain")


class WishSpec(NamedTuple):
    title: str
    category: str
    skills: tuple[str, ...]
    description: str
    group: str | None  # the special group whose members typically make this wish


WISHES: tuple[WishSpec, ...] = (
    WishSpec(
        "修理漏水的水龙头",
        "REPAIR",
        ("plumbing",),
        "厨房水龙头漏水多日,老人行动不便,希望有人上门更换。",
        "ELDERLY_ALONE",
    ),
    WishSpec("更换家里老化的电线插座", "REPAIR", ("plumbing",), "插座发烫、开关松动,担心用电安全。", "ELDERLY_ALONE"),
    WishSpec("修理家里的电视机", "REPAIR", ("appliance",), "电视机没有图像,平时就靠看电视解闷。", "ELDERLY_ALONE"),
    WishSpec("疏通厨房下水道", "REPAIR", ("drain",), "下水道堵塞,自己疏通不了。", None),
    WishSpec("修理关不严的窗户", "REPAIR", ("window",), "冬天窗户漏风,希望帮忙修一修。", "LOST_ONLY_CHILD"),
    WishSpec("每周有人陪我聊聊天", "CARE", ("visit",), "子女不在身边,希望每周有人上门陪伴聊天。", "ELDERLY_ALONE"),
    WishSpec("帮忙代买米面油", "CARE", ("errand",), "腿脚不便下楼,希望帮忙代买生活用品。", "DISABLED"),
    WishSpec("每天送一顿午饭", "CARE", ("meal",), "做饭困难,希望能有人送餐上门。", "ELDERLY_ALONE"),
    WishSpec(
        "想找人说说心里话", "CARE", ("counselling", "visit"), "家中变故后心情低落,希望有人疏导陪伴。", "LOST_ONLY_CHILD"
    ),
    WishSpec(
        "孩子数学作业辅导", "EDUCATION", ("tutoring",), "家长看不懂孩子的作业,希望有人辅导。", "CHILD_IN_DIFFICULTY"
    ),
    WishSpec("教我用智能手机视频通话", "EDUCATION", ("digital",), "想和外地的孙子视频,不会用手机。", "ELDERLY_ALONE"),
    WishSpec("想要一套新学期的学习用品", "SUPPLIES", (), "孩子开学缺少书包文具。", "CHILD_IN_DIFFICULTY"),
    WishSpec("想要几本课外书", "SUPPLIES", (), "孩子喜欢看书,家里没有课外书。", "CHILD_IN_DIFFICULTY"),
    WishSpec("想要一台轮椅", "SUPPLIES", (), "出门全靠家人背,希望有台轮椅。", "DISABLED"),
    WishSpec("咨询赡养费怎么主张", "LEGAL", ("legal",), "子女不履行赡养义务,想了解法律途径。", "LOST_ONLY_CHILD"),
    WishSpec("帮忙上门理发", "DAILY_LIFE", ("haircut",), "行动不便,好久没有理发了。", "DISABLED"),
    WishSpec("帮忙把旧家具搬下楼", "DAILY_LIFE", ("moving",), "旧柜子太重,一个人搬不动。", None),
    WishSpec("帮忙打扫卫生", "DAILY_LIFE", ("cleaning",), "年纪大了,家里卫生打扫不过来。", "ELDERLY_ALONE"),
    WishSpec(
        "上门量血压、讲讲用药", "HEALTH", ("nursing", "health"), "患有高血压,希望有人定期上门看看。", "ELDERLY_ALONE"
    ),
    WishSpec("定期上门做康复按摩", "HEALTH", ("massage",), "中风后肢体僵硬,希望做康复按摩。", "DISABLED"),
)


class EventSpec(NamedTuple):
    category: str
    title: str
    description: str
    topic: str | None  # the council-topic category this kind of problem can grow into


EVENTS: tuple[EventSpec, ...] = (
    EventSpec("ENVIRONMENT_SANITATION", "楼道堆放杂物", "楼道内堆放纸箱旧家具,影响通行。", "PROPERTY_MANAGEMENT"),
    EventSpec("ENVIRONMENT_SANITATION", "垃圾桶满溢未及时清运", "垃圾桶满溢,气味难闻。", "PROPERTY_MANAGEMENT"),
    EventSpec(
        "ENVIRONMENT_SANITATION", "路面坑洼雨天积水", "路面破损,下雨后积水严重,老人出行不便。", "ROAD_RENOVATION"
    ),
    EventSpec("ENVIRONMENT_SANITATION", "人行道地砖破损", "地砖松动翘起,容易绊倒。", "ROAD_RENOVATION"),
    EventSpec("ENVIRONMENT_SANITATION", "绿化带杂草丛生", "绿化带无人打理,杂草蚊虫多。", "GREENING"),
    EventSpec("ENVIRONMENT_SANITATION", "树枝遮挡路灯", "树枝过长遮挡路灯,夜间通行不安全。", "GREENING"),
    EventSpec("ENVIRONMENT_SANITATION", "屋面渗水墙体发霉", "顶楼住户反映屋面渗水,墙体发霉。", "HOUSE_REPAIR"),
    EventSpec("ENVIRONMENT_SANITATION", "小广告乱贴乱画", "单元门口和楼道张贴大量小广告。", None),
    EventSpec("FIRE_SAFETY", "楼道电动车违规充电", "有住户在楼道内给电动车充电。", "PROPERTY_MANAGEMENT"),
    EventSpec("FIRE_SAFETY", "消防通道被车辆占用", "私家车长期占用消防通道。", "PROPERTY_MANAGEMENT"),
    EventSpec("FIRE_SAFETY", "楼道电线老化裸露", "楼道公共电线老化,外皮破损。", "HOUSE_REPAIR"),
    EventSpec("FIRE_SAFETY", "灭火器过期未更换", "楼道灭火器已过有效期。", None),
    EventSpec("FIRE_SAFETY", "外墙瓷砖松动有坠落风险", "外墙瓷砖松动,有高空坠落风险。", "HOUSE_REPAIR"),
    EventSpec("FIRE_SAFETY", "燃气管道老化有异味", "住户反映闻到燃气异味,管道老化。", "HOUSE_REPAIR"),
    EventSpec("DISPUTE", "楼上楼下噪音纠纷", "楼上住户夜间噪音大,双方多次争吵。", None),
    EventSpec("DISPUTE", "漏水引发邻里纠纷", "楼上漏水殃及楼下,赔偿问题谈不拢。", "HOUSE_REPAIR"),
    EventSpec("DISPUTE", "占用公共空间纠纷", "住户在公共区域搭建储物,邻居不满。", None),
    EventSpec("DISPUTE", "赡养老人家庭纠纷", "子女之间对赡养老人的分工有争议。", None),
    EventSpec("DISPUTE", "宠物扰民纠纷", "犬只夜间吠叫、随地便溺引发矛盾。", None),
    EventSpec("DISPUTE", "停车位纠纷", "小区停车位被长期占用引发争执。", "PROPERTY_MANAGEMENT"),
    EventSpec("SOCIAL_SECURITY", "独居老人行动不便需要帮助", "走访发现独居老人行动不便,生活需要照料。", None),
    EventSpec("SOCIAL_SECURITY", "低保申请咨询", "家庭收入下降,咨询低保申请条件。", None),
    EventSpec("SOCIAL_SECURITY", "残疾人补贴办理", "残疾人两项补贴需要协助办理。", None),
    EventSpec("SOCIAL_SECURITY", "困境儿童就学困难", "孩子上学交通和学费有困难。", None),
    EventSpec("SOCIAL_SECURITY", "高龄津贴认证", "高龄老人行动不便,需上门认证津贴。", None),
    EventSpec("SOCIAL_SECURITY", "老人突发疾病无人照看", "老人突发疾病,子女不在身边。", None),
)

# Topic title patterns per council category; {place} is an estate or a building.
TOPICS: dict[str, tuple[str, ...]] = {
    "HOUSE_REPAIR": ("{place}屋面防水修缮", "{place}外墙瓷砖加固", "{place}楼道电线改造", "{place}燃气管道更换"),
    "ROAD_RENOVATION": ("{place}主干道路面修补", "{place}人行道地砖更换", "{place}排水沟改造"),
    "GREENING": ("{place}绿化带补植", "{place}树木修剪", "{place}小游园环境美化"),
    "PROPERTY_MANAGEMENT": (
        "{place}物业服务提升",
        "{place}电动车集中充电棚建设",
        "{place}垃圾分类投放点设置",
        "{place}停车秩序管理",
    ),
}

ORGANIZATIONS: tuple[tuple[str, str], ...] = (
    ("NPC_DEPUTY_STATION", "人大代表工作站"),
    ("WOMENS_ASSOCIATION", "妇女协会"),
    ("ELDERLY_ASSOCIATION", "老年协会"),
    ("OWNERS_COMMITTEE", "业主委员会"),
)

SPECIAL_GROUPS: tuple[tuple[str, str], ...] = (
    ("ELDERLY_ALONE", "独居老人"),
    ("CHILD_IN_DIFFICULTY", "困境儿童"),
    ("DISABLED", "残疾人"),
    ("LOST_ONLY_CHILD", "失独家庭"),
)


class ResourceSpec(NamedTuple):
    name: str
    kind: str
    description: str
    capacity: int


# The first three are the shared venues the article names; the rest are what such units commonly lend.
RESOURCES: tuple[ResourceSpec, ...] = (
    ResourceSpec("党员活动室", "ACTIVITY_ROOM", "共建党员活动室,可开展组织生活、学习培训。", 60),
    ResourceSpec("退休干部之家", "VENUE", "退休干部活动阵地,有阅览室和棋牌室。", 80),
    ResourceSpec("门球运动场", "SPORTS_GROUND", "标准门球场,老年协会门球队训练比赛使用。", 40),
    ResourceSpec("学校操场(课后开放)", "SPORTS_GROUND", "放学后和假期向社区居民开放。", 200),
    ResourceSpec("多功能会议室", "VENUE", "可容纳百人,居民议事会和培训可预约使用。", 100),
    ResourceSpec("便民轮椅借用点", "EQUIPMENT", "轮椅、助行器免费借用。", 10),
    ResourceSpec("职工书屋", "VENUE", "藏书五千余册,对居民开放借阅。", 30),
)
