"""Error messages in the caller's language: Accept-Language negotiated to English or Chinese, one catalogue of texts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from schema.codes import ErrorCode

ENGLISH, CHINESE = "en", "zh"
LANGUAGES = (ENGLISH, CHINESE)

# What a workflow's case is called in Chinese (graph/*/flow.py name them in English: `StateMachine.noun`).
NOUNS = {"wish": "心愿", "event": "事件", "dispute": "纠纷", "council topic": "议事议题"}

# Each code's Chinese message: {placeholders} come from the error's extensions (argument, currentStatus, action,
# allowedActions) and what the refusal adds (noun, limit, retryAfter, max); English keeps the graph's own text.
CHINESE_TEXTS: Mapping[ErrorCode, str] = {
    ErrorCode.BAD_USER_INPUT: "输入有误{argument}",
    ErrorCode.NOT_FOUND: "找不到所指的对象{argument}",
    ErrorCode.INVALID_STATE: "该{noun}当前状态为 {currentStatus}，不能执行 {action}；{allowedActions}",
    ErrorCode.CONFLICT: "操作与当前数据冲突（可能已被他人抢先或重复提交），请刷新后重试",
    ErrorCode.UNAUTHENTICATED: "请先登录（登录凭证缺失、无效或已过期）",
    ErrorCode.FORBIDDEN: "您的角色无权执行此操作",
    ErrorCode.IDEMPOTENCY_KEY_REUSED: "该幂等键已用于另一个请求，新请求请使用新的键",
    ErrorCode.QUERY_TOO_COMPLEX: "查询过于复杂（嵌套、别名、长度、成本或操作数超出上限），请减少请求的内容",
    ErrorCode.QUERY_TIMEOUT: "查询耗时过长已被中止，请缩小范围（更小的分页、更少的字段）",
    ErrorCode.GRAPHQL_VALIDATION_FAILED: "查询无法解析或与接口定义不符",
    ErrorCode.SERVICE_UNAVAILABLE: "服务暂时不可用，请稍后重试",
    ErrorCode.INTERNAL_SERVER_ERROR: "服务器内部错误",
    ErrorCode.BAD_REQUEST: "请求格式有误：请求体须为 GraphQL 请求的 JSON 对象",
    ErrorCode.METHOD_NOT_ALLOWED: "变更操作只能用 POST 发送",
    ErrorCode.PAYLOAD_TOO_LARGE: "请求体超过上限 {limit} 字节",
    ErrorCode.REGISTER_PROBLEMS: "导入文件有问题，未写入任何数据；请按问题报告修改后重新导入",
    ErrorCode.UNSUPPORTED_MEDIA_TYPE: "POST 请求须使用 Content-Type: application/json",
    ErrorCode.RATE_LIMITED: "请求过于频繁，请 {retryAfter} 秒后重试",
    ErrorCode.NOT_ACCEPTABLE: "Accept 须包含 application/graphql-response+json 或 application/json",
    ErrorCode.PERSISTED_QUERY_NOT_FOUND: "服务器不认识该查询的哈希，请连同查询文本重新发送",
    ErrorCode.DOCUMENT_NOT_TRUSTED: "本服务器只执行清单中的受信查询，该查询不在其中",
}


def negotiate(accept_language: str | None) -> str:
    """The language of an Accept-Language header (RFC 9110: tags with q-values, the first of the highest wins):
    Chinese for any `zh` tag (zh-CN, zh-Hans, zh-TW …), English otherwise and by default."""
    best, best_q = ENGLISH, 0.0
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        language = tag.strip().lower().split("-")[0]
        if language not in LANGUAGES:
            continue
        q = quality(params)
        if q > best_q:
            best, best_q = language, q
    return best


def quality(params: str) -> float:
    """The q-value among a header element's parameters (RFC 9110: 1 when absent, 0 when malformed)."""
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                return min(max(float(value), 0.0), 1.0)
            except ValueError:
                return 0.0
    return 1.0


def localise(code: ErrorCode, language: str, english: str, params: Mapping[str, object] | None = None) -> str:
    """The message for `code` in `language`: the English text as given, or the catalogue's Chinese with `params`."""
    if language != CHINESE:
        return english
    given = dict(params or {})
    values = {
        "argument": f"（参数 {given['argument']}）" if given.get("argument") else "",
        "noun": NOUNS.get(str(given.get("noun", "")), "对象"),
        "currentStatus": given.get("currentStatus", ""),
        "action": given.get("action", ""),
        "allowedActions": _allowed(given.get("allowedActions")),
        "limit": _number(given.get("limit")),
        "retryAfter": given.get("retryAfter", ""),
    }
    return CHINESE_TEXTS[code].format_map(values)


def _allowed(actions: object) -> str:
    listed = "、".join(str(a) for a in actions) if isinstance(actions, Iterable) else ""
    return f"现在可以执行：{listed}" if listed else "现在没有可执行的操作"


def _number(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value or "")
