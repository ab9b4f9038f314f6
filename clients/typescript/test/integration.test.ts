// Against a running API over the demo, when GRID_API_URL and GRID_API_TOKEN are set (an administrator's token for a
// person the demo holds: the test's mutations act as that person):
// typed data, error codes and languages, APQ's miss then hit, and a subscription fed by a mutation.
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { setTimeout as delay } from "node:timers/promises";

import WebSocket from "ws";

import {
  createClient,
  CreateWishDocument,
  GraphQLClientError,
  PublishWishDocument,
  SearchDocument,
  VerifyWishDocument,
  ViewerDocument,
  WishDetailDocument,
  WishStatusChangedDocument,
  type ClientOptions,
  type Document,
  type ViewerQuery,
} from "../src/index";

const url = process.env["GRID_API_URL"];
const token = process.env["GRID_API_TOKEN"];
const skip = url && token ? false : "GRID_API_URL and GRID_API_TOKEN are not set";

/** A fetch that also records each request's JSON body. */
function recorded(): { fetch: typeof fetch; bodies: Array<Record<string, unknown>> } {
  const bodies: Array<Record<string, unknown>> = [];
  const record: typeof fetch = async (input, init) => {
    bodies.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
    return fetch(input, init);
  };
  return { fetch: record, bodies };
}

async function failure(promise: Promise<unknown>): Promise<GraphQLClientError> {
  const error = await promise.then(
    () => assert.fail("the request succeeded"),
    (e: unknown) => e,
  );
  assert.ok(error instanceof GraphQLClientError, `not a GraphQLClientError: ${String(error)}`);
  return error;
}

describe("integration: the API over the demo", { skip }, () => {
  const options = (extra: Partial<ClientOptions> = {}): ClientOptions => ({ url: url!, token: token!, ...extra });
  const admin = createClient(options({ webSocketImpl: WebSocket }));
  after(() => admin.dispose());

  test("a documented screen's query returns typed data", async () => {
    const { data, errors } = await admin.request(WishDetailDocument);
    assert.equal(errors, undefined);
    const wish = data?.wish;
    assert.ok(wish, "the demo's wish jf-w34 is missing");
    // Typed: `status` is the WishStatus union, `requester.name` a string.
    const status: string = wish.status;
    assert.ok(status.length > 0);
    assert.equal(typeof wish.requester?.name, "string");
    assert.ok(Array.isArray(wish.history.edges));
  });

  test("the token is asked for per request; a bad one is a GraphQLClientError UNAUTHENTICATED (HTTP 401)", async () => {
    const viewer = await createClient(options({ token: async () => token })).request(ViewerDocument);
    assert.ok(viewer.data?.viewer.roles.includes("ADMIN"), JSON.stringify(viewer));
    const error = await failure(createClient(options({ token: "not-a-token" })).request(ViewerDocument));
    assert.equal(error.status, 401);
    assert.deepEqual(error.codes, ["UNAUTHENTICATED"]);
  });

  test("Accept-Language zh words an error in Chinese, en in English", async () => {
    const ask = (language: string) => createClient(options({ language })).request(SearchDocument, { after: "bogus" });
    const [zh, en] = await Promise.all([failure(ask("zh")), failure(ask("en"))]);
    assert.deepEqual([zh.codes, en.codes], [["BAD_USER_INPUT"], ["BAD_USER_INPUT"]]);
    assert.equal(zh.errors[0]?.extensions?.["argument"], "after");
    assert.match(zh.messages.join(" "), /[\u4e00-\u9fff]/, zh.message);
    assert.doesNotMatch(en.messages.join(" "), /[\u4e00-\u9fff]/, en.message);
  });

  test("APQ: a document the server does not know misses, is sent with its text, then runs by hash alone", async () => {
    // A text no server process has seen (the nonce is in a comment, which the hash covers).
    const text = `query ApqRoundTrip { viewer { roles } } # ${process.pid}-${Date.now()}`;
    const probe = { toString: () => text } as Document<ViewerQuery, Record<string, never>>;
    const { fetch, bodies } = recorded();
    const apq = createClient(options({ persisted: "apq", fetch }));
    const first = await apq.request(probe);
    assert.ok(first.data?.viewer.roles.includes("ADMIN"), JSON.stringify(first));
    const again = await apq.request(probe);
    assert.deepEqual(again.data, first.data);
    assert.deepEqual(
      bodies.map((b) => "query" in b),
      [false, true, false],
      "expected a miss, the text, then a hit",
    );
    const only = await failure(createClient(options({ persisted: "only" })).request({ toString: () => `${text} ` }));
    assert.deepEqual(only.codes, ["PERSISTED_QUERY_NOT_FOUND"]);
  });

  test("hash only: the generated documents are known to the server without their text", async () => {
    const { fetch, bodies } = recorded();
    const { data } = await createClient(options({ persisted: "only", fetch })).request(ViewerDocument);
    assert.ok(data?.viewer.roles.includes("ADMIN"));
    assert.deepEqual(bodies.map((b) => "query" in b), [false]);
  });

  test("a subscription receives the status change a mutation makes", async () => {
    const detail = await admin.request(WishDetailDocument);
    const requesterId = detail.data?.wish?.requester?.id;
    assert.ok(requesterId, "the demo wish has no requester");
    const made = await admin.request(CreateWishDocument, {
      input: { requesterId, title: "typescript client: subscription test", category: "REPAIR" },
    });
    const wish = made.data?.createWish.wish;
    assert.equal(wish?.status, "SUBMITTED");

    const changes = admin.subscribe(WishStatusChangedDocument, { wishId: wish.id });
    const received = changes.next();
    // Nothing in graphql-transport-ws says when the server listens: each step waits a moment first, and if its change
    // does not arrive (made before the server listened), the next step makes another.
    const input = { wishId: wish.id };
    const steps = [() => admin.request(VerifyWishDocument, { input }), () => admin.request(PublishWishDocument, { input })];
    let outcome: Awaited<typeof received> | undefined;
    for (const step of steps) {
      await delay(1000);
      const stepped = await step();
      assert.ok(stepped.data, JSON.stringify(stepped));
      outcome = (await Promise.race([received, delay(5000)])) ?? undefined;
      if (outcome) break;
    }
    assert.ok(outcome && !outcome.done, "no status change arrived");
    const change = outcome.value.data?.wishStatusChanged;
    assert.ok(change, JSON.stringify(outcome.value));
    assert.equal(change.wish.id, wish.id);
    assert.ok(
      (change.action === "VERIFY" && change.fromStatus === "SUBMITTED" && change.toStatus === "VERIFIED") ||
        (change.action === "PUBLISH" && change.fromStatus === "VERIFIED" && change.toStatus === "PUBLISHED"),
      JSON.stringify(change),
    );
    await changes.return?.();
  });

  test("a subscription without a valid token is refused with a GraphQLClientError", async () => {
    const stranger = createClient(options({ token: "not-a-token", webSocketImpl: WebSocket }));
    try {
      const error = await failure(stranger.subscribe(WishStatusChangedDocument).next());
      assert.equal(error.status, null);
      assert.equal(error.code, "FORBIDDEN");
    } finally {
      await stranger.dispose();
    }
  });
});
