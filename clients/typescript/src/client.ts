// A small GraphQL-over-HTTP client for the API: typed documents in, typed `{ data, errors }` out, over fetch, with
// Apollo's automatic persisted queries (APQ) or hash-only trusted documents, and subscriptions over graphql-ws.
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";

import { GraphQLClientError, type GraphQLErrorItem } from "./errors";

/** A token, or a function asked before every request (and every websocket connection) for the current one. */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

/** false: send the text; "apq": the hash first, the text only when the server asks; "only": never the text. */
export type PersistedMode = false | "apq" | "only";

export interface ClientOptions {
  /** The API's GraphQL endpoint, e.g. https://grid.example.org/graphql. */
  url: string;
  token?: TokenSource;
  /** Accept-Language of every request: the language of error messages ("zh", "en", or a full header value). */
  language?: string;
  persisted?: PersistedMode;
  fetch?: typeof fetch;
  /** Subscriptions' endpoint; by default `url` with http(s) turned into ws(s). */
  wsUrl?: string;
  /** A WebSocket class where the runtime has none (Node 20: the `ws` package). */
  webSocketImpl?: unknown;
}

/** A generated document (TypedDocumentString): its text, and the sha256 the generator hashed it to. */
export interface Document<TResult, TVariables> extends DocumentTypeDecoration<TResult, TVariables> {
  toString(): string;
  __meta__?: Record<string, unknown> | undefined;
}

export interface Result<TData> {
  data: TData | null;
  errors?: GraphQLErrorItem[];
  extensions?: Record<string, unknown>;
}

/** Variables are optional exactly when the operation has no required ones. */
export type VariablesArg<TVariables> = Record<string, never> extends TVariables
  ? [variables?: TVariables]
  : [variables: TVariables];

export interface Client {
  request<TResult, TVariables>(
    document: Document<TResult, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): Promise<Result<TResult>>;
  /** The operation's results until it completes; a GraphQL `error` or a refused connection throws GraphQLClientError. */
  subscribe<TResult, TVariables>(
    document: Document<TResult, TVariables>,
    ...variables: VariablesArg<TVariables>
  ): AsyncIterableIterator<Result<TResult>>;
  /** Closes the subscriptions' websocket, if one was opened. */
  dispose(): Promise<void>;
}

export const ACCEPT = "application/graphql-response+json, application/json;q=0.9";
export const PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";

interface Body {
  query?: string;
  operationName?: string;
  variables?: unknown;
  extensions?: { persistedQuery: { version: 1; sha256Hash: string } };
}

interface Answer {
  status: number;
  body: Result<unknown> | undefined;
  headers: Headers;
}

const OPERATION = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/** The document's operation name (documents hold one named operation each). */
export function operationName(text: string): string | undefined {
  return OPERATION.exec(text)?.[1];
}

/** sha256 hex of the text: the generator's embedded hash, else computed (Web Crypto). */
export async function documentHash(document: Pick<Document<unknown, unknown>, "toString" | "__meta__">): Promise<string> {
  const embedded = document.__meta__?.["hash"];
  if (typeof embedded === "string") return embedded;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(document.toString()));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function currentToken(token: TokenSource | undefined): Promise<string | undefined> {
  return typeof token === "function" ? await token() : token;
}

function retryAfter(body: Result<unknown> | undefined, headers: Headers): number | undefined {
  const fromBody = body?.errors?.map((e) => e.extensions?.["retryAfter"]).find((v) => typeof v === "number");
  if (typeof fromBody === "number") return fromBody;
  const header = Number(headers.get("retry-after") ?? Number.NaN);
  return Number.isFinite(header) ? header : undefined;
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === "object" && value !== null && ("data" in value || "errors" in value);
}

function notFound(answer: Answer): boolean {
  return answer.body?.errors?.some((e) => e.extensions?.code === PERSISTED_QUERY_NOT_FOUND) ?? false;
}

/** A client bound to one endpoint, token source and language. */
export function createClient(options: ClientOptions): Client {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const persisted = options.persisted ?? false;
  let ws: WsClient | undefined;

  async function post(body: Body): Promise<Answer> {
    const headers: Record<string, string> = { Accept: ACCEPT, "Content-Type": "application/json" };
    const token = await currentToken(options.token);
    if (token) headers["Authorization"] = `Bearer ${token}`;
    if (options.language) headers["Accept-Language"] = options.language;
    let response: Response;
    try {
      response = await fetchImpl(options.url, { method: "POST", headers, body: JSON.stringify(body) });
    } catch (cause) {
      throw new GraphQLClientError(0, [], { message: `no response from ${options.url}: ${String(cause)}`, cause });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await response.text());
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: isResult(parsed) ? parsed : undefined, headers: response.headers };
  }

  function settle<TResult>(answer: Answer): Result<TResult> {
    const { status, body, headers } = answer;
    const errors = body?.errors ?? [];
    const failed = status < 200 || status >= 300 || body === undefined || (body.data == null && errors.length > 0);
    if (failed) {
      const message = errors.length ? undefined : `HTTP ${status}: the answer is not a GraphQL response`;
      throw new GraphQLClientError(status, errors, { message, retryAfter: retryAfter(body, headers) });
    }
    return body as Result<TResult>;
  }

  async function request<TResult, TVariables>(
    document: Document<TResult, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<Result<TResult>> {
    const query = document.toString();
    const base: Body = { operationName: operationName(query), variables: variables ?? {} };
    if (!persisted) return settle(await post({ query, ...base }));
    const extensions = { persistedQuery: { version: 1 as const, sha256Hash: await documentHash(document) } };
    const first = await post({ ...base, extensions });
    // Apollo's APQ: a miss (HTTP 200 or 400, told by the code) is answered by the text with the same extensions.
    if (persisted === "apq" && notFound(first)) return settle(await post({ query, ...base, extensions }));
    return settle(first);
  }

  function wsClient(): WsClient {
    ws ??= createWsClient({
      url: options.wsUrl ?? options.url.replace(/^http/, "ws"),
      webSocketImpl: options.webSocketImpl,
      lazy: true,
      retryAttempts: 0,
      // The server reads the token from connection_init's payload (api/websockets.py), asked for at each connection.
      connectionParams: async () => {
        const token = await currentToken(options.token);
        return token ? { Authorization: `Bearer ${token}` } : {};
      },
    });
    return ws;
  }

  async function* subscribe<TResult, TVariables>(
    document: Document<TResult, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): AsyncGenerator<Result<TResult>> {
    const query = document.toString();
    const payload = { query, operationName: operationName(query), variables: variables ?? {} };
    const results = wsClient().iterate<TResult>(payload as never);
    try {
      for await (const result of results) yield { ...result, data: result.data ?? null } as Result<TResult>;
    } catch (error) {
      throw wsError(error);
    } finally {
      await results.return?.();
    }
  }

  return {
    request,
    subscribe,
    async dispose() {
      await ws?.dispose();
      ws = undefined;
    },
  };
}

/** graphql-ws rejects with the operation's errors (an array) or the socket's CloseEvent (e.g. 4403: not signed in). */
function wsError(error: unknown): GraphQLClientError {
  if (error instanceof GraphQLClientError) return error;
  if (Array.isArray(error)) return new GraphQLClientError(null, error as GraphQLErrorItem[]);
  const close = error as { code?: unknown; reason?: unknown };
  if (typeof close?.code === "number") {
    const code = close.code === 4403 ? "FORBIDDEN" : close.code === 4401 ? "UNAUTHENTICATED" : undefined;
    const message = `the subscription's connection closed (${close.code}${close.reason ? `: ${String(close.reason)}` : ""})`;
    return new GraphQLClientError(null, [{ message, extensions: code ? { code, closeCode: close.code } : { closeCode: close.code } }], {
      cause: error,
    });
  }
  return new GraphQLClientError(null, [], { message: String(error), cause: error });
}
