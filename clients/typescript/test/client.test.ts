// The client against a fake fetch: the headers it sends, APQ's miss-then-text, and how answers become errors.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";

import { ACCEPT, createClient, GraphQLClientError, operationName, type Document } from "../src/index";
import * as generated from "../src/generated/graphql";
import { CreateWishDocument, SearchDocument, ViewerDocument } from "../src/generated/graphql";

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

/** A fetch that records each request and answers with the next of `answers` (status, JSON body, headers). */
function fakeFetch(...answers: Array<{ status?: number; body: unknown; headers?: Record<string, string> }>) {
  const sent: Sent[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    sent.push({
      url: String(url),
      headers: init?.headers as Record<string, string>,
      body: JSON.parse(String(init?.body)) as Record<string, unknown>,
    });
    const answer = answers.shift();
    if (answer === undefined) throw new Error("fakeFetch: no answer left");
    const text = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    return new Response(text, {
      status: answer.status ?? 200,
      headers: { "Content-Type": "application/graphql-response+json", ...answer.headers },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

const VIEWER = { viewer: { person: null, roles: ["admin"] } };
const URL_ = "http://api.test/graphql";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("requests", () => {
  test("send the document, its operation name and variables with JSON, Accept, token and language", async () => {
    const { fetch, sent } = fakeFetch({ body: { data: { search: null } } });
    const client = createClient({ url: URL_, token: "t0k", language: "zh", fetch });
    const result = await client.request(SearchDocument, { text: "建峰" });
    assert.deepEqual(result.data, { search: null });
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.url, URL_);
    assert.deepEqual(sent[0]!.headers, {
      Accept: ACCEPT,
      "Content-Type": "application/json",
      Authorization: "Bearer t0k",
      "Accept-Language": "zh",
    });
    assert.deepEqual(sent[0]!.body, {
      query: SearchDocument.toString(),
      operationName: "Search",
      variables: { text: "建峰" },
    });
  });

  test("ask a token function before every request, and send none when it has none", async () => {
    const tokens = ["first", undefined];
    const { fetch, sent } = fakeFetch({ body: { data: VIEWER } }, { body: { data: VIEWER } });
    const client = createClient({ url: URL_, token: async () => tokens.shift(), fetch });
    await client.request(ViewerDocument);
    await client.request(ViewerDocument);
    assert.equal(sent[0]!.headers["Authorization"], "Bearer first");
    assert.equal("Authorization" in sent[1]!.headers, false);
    assert.equal("Accept-Language" in sent[1]!.headers, false);
  });

  test("return data with field errors (a partial result) without throwing", async () => {
    const errors = [{ message: "hidden", path: ["viewer", "person"], extensions: { code: "FORBIDDEN" } }];
    const { fetch } = fakeFetch({ body: { data: VIEWER, errors } });
    const result = await createClient({ url: URL_, fetch }).request(ViewerDocument);
    assert.deepEqual(result, { data: VIEWER, errors });
  });
});

describe("errors", () => {
  test("an HTTP 401 throws GraphQLClientError with its status, code and message", async () => {
    const body = { errors: [{ message: "the token is not valid", extensions: { code: "UNAUTHENTICATED" } }] };
    const { fetch } = fakeFetch({ status: 401, body });
    const error = await createClient({ url: URL_, token: "bad", fetch })
      .request(ViewerDocument)
      .then(() => assert.fail("no error"), (e: unknown) => e);
    assert.ok(error instanceof GraphQLClientError);
    assert.equal(error.status, 401);
    assert.deepEqual(error.codes, ["UNAUTHENTICATED"]);
    assert.equal(error.code, "UNAUTHENTICATED");
    assert.deepEqual(error.messages, ["the token is not valid"]);
    assert.equal(error.message, "the token is not valid");
  });

  test("RATE_LIMITED carries retryAfter from the error, else from the Retry-After header", async () => {
    const limited = (extensions: Record<string, unknown>) => ({
      status: 429,
      body: { errors: [{ message: "slow down", extensions: { code: "RATE_LIMITED", ...extensions } }] },
      headers: { "Retry-After": "7" },
    });
    const { fetch } = fakeFetch(limited({ retryAfter: 3 }), limited({}));
    const client = createClient({ url: URL_, fetch });
    for (const expected of [3, 7]) {
      await assert.rejects(client.request(ViewerDocument), (e: unknown) => {
        assert.ok(e instanceof GraphQLClientError && e.has("RATE_LIMITED"));
        assert.equal(e.retryAfter, expected);
        return true;
      });
    }
  });

  test("errors without data throw even on HTTP 200; data null with no errors does not", async () => {
    const { fetch } = fakeFetch(
      { body: { data: null, errors: [{ message: "no", extensions: { code: "BAD_USER_INPUT", argument: "text" } }] } },
      { body: { data: null } },
    );
    const client = createClient({ url: URL_, fetch });
    await assert.rejects(client.request(SearchDocument), (e: unknown) => {
      assert.ok(e instanceof GraphQLClientError);
      assert.equal(e.status, 200);
      assert.deepEqual(e.codes, ["BAD_USER_INPUT"]);
      assert.equal(e.errors[0]!.extensions?.["argument"], "text");
      return true;
    });
    assert.deepEqual(await client.request(SearchDocument), { data: null });
  });

  test("a non-GraphQL answer (a proxy's 502 page) and a network failure throw with the status", async () => {
    const { fetch } = fakeFetch({ status: 502, body: "<html>bad gateway</html>" });
    await assert.rejects(createClient({ url: URL_, fetch }).request(ViewerDocument), (e: unknown) => {
      assert.ok(e instanceof GraphQLClientError);
      assert.equal(e.status, 502);
      assert.deepEqual(e.codes, []);
      assert.match(e.message, /HTTP 502/);
      return true;
    });
    const down = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof globalThis.fetch;
    await assert.rejects(createClient({ url: URL_, fetch: down }).request(ViewerDocument), (e: unknown) => {
      assert.ok(e instanceof GraphQLClientError);
      assert.equal(e.status, 0);
      assert.match(e.message, /fetch failed/);
      return true;
    });
  });
});

describe("persisted queries", () => {
  const miss = (status: number) => ({
    status,
    body: { errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] },
  });
  const hash = ViewerDocument.__meta__?.["hash"];

  for (const status of [200, 400]) {
    test(`apq: the hash alone, then on a miss (HTTP ${status}) the text with the same extensions`, async () => {
      const { fetch, sent } = fakeFetch(miss(status), { body: { data: VIEWER } });
      const result = await createClient({ url: URL_, persisted: "apq", fetch }).request(ViewerDocument);
      assert.deepEqual(result.data, VIEWER);
      const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
      assert.deepEqual(sent[0]!.body, { operationName: "Viewer", variables: {}, extensions });
      assert.deepEqual(sent[1]!.body, {
        query: ViewerDocument.toString(),
        operationName: "Viewer",
        variables: {},
        extensions,
      });
    });
  }

  test("apq: a hit sends one request, without the text", async () => {
    const { fetch, sent } = fakeFetch({ body: { data: VIEWER } });
    await createClient({ url: URL_, persisted: "apq", fetch }).request(ViewerDocument);
    assert.equal(sent.length, 1);
    assert.equal("query" in sent[0]!.body, false);
  });

  test("only: never the text; a miss is an error", async () => {
    const { fetch, sent } = fakeFetch(miss(200));
    await assert.rejects(
      createClient({ url: URL_, persisted: "only", fetch }).request(ViewerDocument),
      (e: unknown) => e instanceof GraphQLClientError && e.code === "PERSISTED_QUERY_NOT_FOUND",
    );
    assert.equal(sent.length, 1);
    assert.equal("query" in sent[0]!.body, false);
  });

  test("a document without an embedded hash is hashed from its text", async () => {
    const text = "query Plain { viewer { roles } }";
    const plain = { toString: () => text } as Document<{ viewer: { roles: string[] } }, Record<string, never>>;
    const { fetch, sent } = fakeFetch({ body: { data: { viewer: { roles: [] } } } });
    await createClient({ url: URL_, persisted: "only", fetch }).request(plain);
    assert.deepEqual(sent[0]!.body["extensions"], { persistedQuery: { version: 1, sha256Hash: sha256(text) } });
  });
});

describe("generated documents", () => {
  const manifest = JSON.parse(readFileSync(new URL("../persisted-documents.json", import.meta.url), "utf8")) as Record<
    string,
    string
  >;
  const documents = Object.entries(generated).filter(([name]) => name.endsWith("Document"));

  test("each is sent as the text persisted-documents.json holds under sha256 of that text", () => {
    assert.ok(documents.length >= 13, `only ${documents.length} documents generated`);
    for (const [name, document] of documents) {
      const text = String(document);
      const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
      assert.equal(hash, sha256(text), name);
      assert.equal(manifest[hash!], text, name);
      assert.ok(operationName(text), `${name} has no operation name`);
    }
    assert.equal(Object.keys(manifest).length, documents.length);
  });

  test("variables are optional only where the operation requires none (checked by tsc)", () => {
    const client = createClient({ url: URL_, fetch: fakeFetch().fetch });
    // Type checks only: the calls are never made.
    const typed = () => {
      void client.request(ViewerDocument);
      void client.request(SearchDocument);
      // @ts-expect-error CreateWish requires $input
      void client.request(CreateWishDocument);
      // @ts-expect-error an unknown variable
      void client.request(SearchDocument, { txt: "x" });
    };
    assert.equal(typeof typed, "function");
  });
});
