// The errors a request can end in: one class whatever the layer (HTTP status, GraphQL errors, transport), so an app
// branches on codes (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, RATE_LIMITED, ...), not on messages.

/** One entry of a response's `errors`, as the GraphQL-over-HTTP spec shapes it. */
export interface GraphQLErrorItem {
  message: string;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** Codes the API answers with (schema/codes.py); any other string is possible from a newer server. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "INVALID_STATE"
  | "CONFLICT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "IDEMPOTENCY_KEY_REUSED"
  | "QUERY_TOO_COMPLEX"
  | "QUERY_TIMEOUT"
  | "GRAPHQL_VALIDATION_FAILED"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR"
  | "BAD_REQUEST"
  | "METHOD_NOT_ALLOWED"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "RATE_LIMITED"
  | "NOT_ACCEPTABLE"
  | "PERSISTED_QUERY_NOT_FOUND"
  | "DOCUMENT_NOT_TRUSTED"
  | "REGISTER_PROBLEMS"
  | (string & {});

/** The codes of `errors`, in order, each once. */
export function codesOf(errors: ReadonlyArray<GraphQLErrorItem>): ErrorCode[] {
  const codes = errors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === "string");
  return [...new Set(codes)];
}

/** A request that produced no usable result: an HTTP error status, errors without data, or no GraphQL answer at all.
 * `status` is the HTTP status (null over a websocket, 0 when no response arrived). */
export class GraphQLClientError extends Error {
  override readonly name = "GraphQLClientError";
  readonly status: number | null;
  readonly errors: ReadonlyArray<GraphQLErrorItem>;
  readonly codes: ReadonlyArray<ErrorCode>;
  /** Seconds to wait before trying again (RATE_LIMITED: `extensions.retryAfter`, else the Retry-After header). */
  readonly retryAfter: number | undefined;

  constructor(
    status: number | null,
    errors: ReadonlyArray<GraphQLErrorItem>,
    options: { message?: string; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(options.message ?? (errors.map((e) => e.message).join("; ") || `request failed (HTTP ${status})`), {
      cause: options.cause,
    });
    this.status = status;
    this.errors = errors;
    this.codes = codesOf(errors);
    this.retryAfter = options.retryAfter;
  }

  /** The first error's code, if it has one. */
  get code(): ErrorCode | undefined {
    return this.codes[0];
  }

  /** The errors' messages, in the language the request asked for (Accept-Language). */
  get messages(): string[] {
    return this.errors.map((e) => e.message);
  }

  has(code: ErrorCode): boolean {
    return this.codes.includes(code);
  }
}
