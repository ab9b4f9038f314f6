"""The error codes are one enum: in the SDL with descriptions, README's table, every code the code base emits, and a
Chinese message for each."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from graphql import GraphQLEnumType

from schema import errors
from schema.codes import ErrorCode, descriptions, readme_table, with_table
from schema.messages import CHINESE, CHINESE_TEXTS, ENGLISH, localise, negotiate
from schema.root import schema

ROOT = Path(__file__).resolve().parents[2]
# graph/ raises exceptions and never writes a code; /ready's body (api/readiness.py) is for orchestrators, outside
# the GraphQL contract (its `code` is no `extensions.code`).
SOURCES = [p for package in ("api", "schema") for p in (ROOT / package).rglob("*.py") if p.name != "readiness.py"]


def test_the_enum_is_in_the_sdl_with_a_description_per_code() -> None:
    sdl = (ROOT / "schema" / "schema.graphql").read_text(encoding="utf-8")
    enum = schema._schema.type_map["ErrorCode"]
    assert isinstance(enum, GraphQLEnumType)
    assert enum.description
    assert set(enum.values) == {code.name for code in ErrorCode}
    assert all(value.description for value in enum.values.values())
    assert "enum ErrorCode {" in sdl


def test_each_code_s_value_is_its_name() -> None:
    # schema/errors.py and api/limits.py take `.name` (mypy types `.value` as strawberry's definition).
    assert all(code.name == str(code.value) for code in ErrorCode)


def test_readme_s_table_is_the_enum_s() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert with_table(readme) == readme, "README's error codes differ from the enum: run `python -m schema.codes`"
    for code, text in descriptions().items():
        assert f"| `{code.value}` | {text} |" in readme_table()


def test_the_drift_check_sees_a_changed_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    edited = readme.replace("| `CONFLICT` |", "| `CONFLICTS` |")
    assert edited != readme and with_table(edited) == readme


def _emitted(tree: ast.AST, constants: dict[str, str]) -> set[str]:
    """The codes a module writes: values of a "code" key, codes passed to error_response or user_error, the values
    of api/limits.py's STATUS_CODES; names resolved through schema/errors.py's constants."""
    found: set[str] = set()

    def value(node: ast.AST) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name) and node.id != "code":  # `code`: a parameter passed through
            return constants.get(node.id, f"<unresolved {node.id}>")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "ErrorCode":
            return node.attr
        return None

    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, val in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "code" and (code := value(val)) is not None:
                    found.add(code)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "error_response" and len(node.args) >= 3 and (code := value(node.args[2])):
                found.add(code)
            for keyword in node.keywords:
                named = node.func.id in ("error_response", "user_error") and keyword.arg == "code"
                if named and (code := value(keyword.value)) is not None:
                    found.add(code)
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "STATUS_CODES" for t in node.targets
        ):
            assert isinstance(node.value, ast.Dict)
            found.update(code for v in node.value.values if (code := value(v)) is not None)
    return found


def test_every_code_the_code_base_emits_is_in_the_enum() -> None:
    constants = {name: v for name, v in vars(errors).items() if name.isupper() and isinstance(v, str)}
    emitted: dict[str, set[str]] = {}
    for path in SOURCES:
        for code in _emitted(ast.parse(path.read_text(encoding="utf-8")), constants):
            emitted.setdefault(code, set()).add(str(path.relative_to(ROOT)))
    unknown = {code: paths for code, paths in emitted.items() if code not in ErrorCode.__members__}
    assert unknown == {}, unknown
    # The sweep sees the edge's codes and the schema's (it would pass vacuously if it found nothing).
    assert {"RATE_LIMITED", "PAYLOAD_TOO_LARGE", "UNAUTHENTICATED", "QUERY_TOO_COMPLEX", "INVALID_STATE"} <= set(
        emitted
    )


def test_the_sweep_finds_a_code_outside_the_enum() -> None:
    tree = ast.parse('error = {"code": "TEAPOT"}\nerror_response(418, "short and stout", "KETTLE")')
    assert _emitted(tree, {}) == {"TEAPOT", "KETTLE"}


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_code_has_a_chinese_message(code: ErrorCode) -> None:
    params = {"argument": "wishId", "noun": "wish", "currentStatus": "SUBMITTED", "action": "PUBLISH"}
    text = localise(code, CHINESE, "english", {**params, "allowedActions": ["WITHDRAW"], "limit": 100, "retryAfter": 3})
    assert code in CHINESE_TEXTS and text != "english"
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text), text
    assert "{" not in text
    assert localise(code, ENGLISH, "english", params) == "english"


def test_a_state_refusal_in_chinese_names_the_case_the_state_and_the_steps() -> None:
    params = {"noun": "wish", "currentStatus": "SUBMITTED", "action": "PUBLISH", "allowedActions": ["WITHDRAW"]}
    assert localise(ErrorCode.INVALID_STATE, CHINESE, "", params) == (
        "该心愿当前状态为 SUBMITTED，不能执行 PUBLISH；现在可以执行：WITHDRAW"
    )
    assert localise(ErrorCode.BAD_USER_INPUT, CHINESE, "", {"argument": "note"}) == "输入有误（参数 note）"
    assert localise(ErrorCode.PAYLOAD_TOO_LARGE, CHINESE, "", {"limit": 100000}) == "请求体超过上限 100,000 字节"


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("zh-CN", CHINESE),
        ("zh", CHINESE),
        ("zh-Hans-CN,zh;q=0.9", CHINESE),
        ("en-US,en;q=0.9,zh-CN;q=0.8", ENGLISH),
        ("fr-FR, zh-CN;q=0.5", CHINESE),
        ("zh-CN;q=0.4, en;q=0.6", ENGLISH),
        ("zh-CN;q=0", ENGLISH),
        ("de", ENGLISH),
        ("", ENGLISH),
        (None, ENGLISH),
        ("zh;q=abc, en", ENGLISH),
    ],
)
def test_accept_language_is_negotiated(header: str | None, language: str) -> None:
    assert negotiate(header) == language


def test_the_typescript_client_s_error_codes_are_the_enum_s() -> None:
    # clients/typescript/src/errors.ts writes the union by hand: an app's `switch` on codes must see every one.
    source = (ROOT / "clients" / "typescript" / "src" / "errors.ts").read_text(encoding="utf-8")
    union = re.search(r"export type ErrorCode =(.*?);", source, re.DOTALL)
    assert union is not None
    assert set(re.findall(r'\|\s*"([A-Z_]+)"', union.group(1))) == set(ErrorCode.__members__)
