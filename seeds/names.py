"""Deterministic synthetic Chinese names for people, estates, buildings, rooms and units (no real people)."""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta

# Common surnames, the first ones repeated so they come up about as often as they do in practice.
SURNAMES = tuple(
    "王李张刘陈杨黄赵吴周" * 3
    + "徐孙马朱胡郭何林高罗" * 2
    + "郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)

# Given-name characters by generation, since names follow the fashion of the decade someone was born in.
_GIVEN = {
    ("MALE", "old"): "国建华明德志文军福永庆荣忠祥贵成伟光兴春生发清玉顺宝昌",
    ("FEMALE", "old"): "秀英兰芳桂珍玉凤淑华琼素梅翠云碧群琴芬蓉惠萍菊莲淑慧",
    ("MALE", "mid"): "伟强勇军斌涛波磊刚平杰鹏辉超林峰毅健飞宏东海亮明俊",
    ("FEMALE", "mid"): "丽静敏燕艳娟霞红玲娜莉雪婷倩丹晓洁颖慧琳蓉梅芳萍",
    ("MALE", "young"): "浩宇子轩俊杰博涛睿鑫晨阳泽皓宇航梓豪一诺铭轩思远奕辰",
    ("FEMALE", "young"): "欣怡雨涵梓萱诗琪佳怡思雨婷悦可馨语嫣若曦紫涵一诺梦瑶",
}


def _era(birth_year: int) -> str:
    if birth_year < 1965:
        return "old"
    return "mid" if birth_year < 1995 else "young"


def surname(rng: random.Random) -> str:
    return rng.choice(SURNAMES)


def given_name(rng: random.Random, gender: str, birth_year: int) -> str:
    chars = _GIVEN[(gender, _era(birth_year))]
    if rng.random() < 0.3:
        return rng.choice(chars)
    return rng.choice(chars) + rng.choice(chars)


def person_name(rng: random.Random, gender: str, birth_year: int, family: str | None = None) -> str:
    # Interned: a million residents share a few tens of thousands of distinct names.
    return sys.intern((family or surname(rng)) + given_name(rng, gender, birth_year))


def phone(rng: random.Random) -> str:
    """A random 11-digit mobile number; stored whole (the API masks it), like the real system would."""
    return f"1{rng.choice('3589')}{rng.randrange(10)}{rng.randrange(100_000_000):08d}"


ESTATE_STEMS = "峰顺峰和峰景建新化工白涛乌江长青松柏桂园锦绣和平幸福红星东风向阳团结新华"
ESTATE_SUFFIXES = ("苑", "小区", "新村", "家园", "花园")


def estate_name(index: int) -> str:
    """A distinct residential estate (小区) name per index, e.g. 峰顺苑, 建新小区."""
    stems = [ESTATE_STEMS[i : i + 2] for i in range(0, len(ESTATE_STEMS), 2)]
    stem = stems[index % len(stems)]
    suffix = ESTATE_SUFFIXES[(index // len(stems)) % len(ESTATE_SUFFIXES)]
    rounds = index // (len(stems) * len(ESTATE_SUFFIXES))
    return f"{stem}{suffix}" if rounds == 0 else f"{stem}{suffix}{rounds + 1}期"


def building_name(estate: str, number: int) -> str:
    return f"{estate}{number}栋"


def room(unit: int, floor: int, door: int) -> str:
    return f"{unit}单元{floor}{door:02d}"


# GB 11643 check digit weights and characters of the 18-digit resident identity number.
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def birth_date(index: int, year: int) -> date:
    """A birthday spread over the year, derived from the person's index so the random stream stays untouched."""
    return date(year, 1, 1) + timedelta(days=(index * 137) % 365)


# Birthdays repeat every 365 indexes and sequence numbers every 500: the region code moves on every 36,500 people,
# so no two people of a community share a number (an import refuses duplicates).
_ID_BLOCK = 36_500  # the least common multiple of the two


def id_number(index: int, born: date, female: bool, region: int = 500102) -> str:
    """A synthetic 18-digit identity number (region 500102 Fuling, Chongqing, by default) with a valid check digit,
    unique within a community."""
    sequence = (index * 2 + (0 if female else 1)) % 1000
    body = f"{region + index // _ID_BLOCK:06d}{born:%Y%m%d}{sequence:03d}"
    total = sum(int(digit) * weight for digit, weight in zip(body, _ID_WEIGHTS, strict=True))
    return body + _ID_CHECK[total % 11]


def household_name(head: str) -> str:
    return f"{head}家"


_UNIT_STEMS = "峰源峰达峰和峰联长江乌江白涛渝东川峰涪陵金峰银河"
_UNIT_TRADES = ("化工有限公司", "物流有限公司", "建材有限公司", "热电有限公司", "商贸有限公司", "物业服务有限公司")
_INSTITUTIONS = ("社区卫生服务站", "供电服务站", "邮政所", "养老服务中心", "文化站", "警务室")


def unit_name(kind: str, index: int) -> str:
    """A distinct fictional enterprise, institution or school name per (kind, index)."""
    stems = [_UNIT_STEMS[i : i + 2] for i in range(0, len(_UNIT_STEMS), 2)]
    stem = stems[index % len(stems)]
    serial = index // len(stems)
    if kind == "SCHOOL":
        return f"{stem}第{serial + 1}小学" if index % 2 == 0 else f"{stem}第{serial + 1}中学"
    trades = _INSTITUTIONS if kind == "INSTITUTION" else _UNIT_TRADES
    trade = trades[serial % len(trades)]
    rounds = serial // len(trades)
    return f"{stem}{trade}" if rounds == 0 else f"{stem}{rounds + 1}{trade}"
