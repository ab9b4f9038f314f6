// Drives the API's own GraphiQL (GET /graphql as HTML) in headless Chromium: the schema loads (the docs explorer
// lists Query's fields), a pasted query is prettified (Prettier loads on demand) and, with the pasted Authorization
// header, answers real data; the explorer's "Open in GraphiQL" link prefills its query and variables; and every
// request (page and workers) stays on the API's origin.
// Usage: EXPLORER_TOKEN=<jwt> node tests/system/graphiql.mjs <base url> <screenshot.png>   (CHROMIUM overrides
// /usr/bin/chromium)
import { finish, launch } from "./chromium.mjs";

const [base, screenshot] = process.argv.slice(2);
const token = process.env.EXPLORER_TOKEN;
if (!base || !screenshot || !token) {
  console.error("usage: EXPLORER_TOKEN=<jwt> node tests/system/graphiql.mjs <base url> <screenshot.png>");
  process.exit(2);
}

// On one line: the prettify button (Prettier, a chunk loaded on first use) must spread it over lines.
const VIEWER = "query Viewer { viewer { roles person { id name } } }";

const { browser, close } = await launch("graphiql");

const step = (what) => console.log(`e2e: ${what}`);
const failures = [];

// Every request of the context (pages and their workers): all must go to the API itself, none may carry the token.
const origin = new URL(base).origin;
const requests = [];
browser.on("request", (req) => {
  const url = req.url();
  requests.push(url);
  if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) {
    failures.push(`foreign request: ${url}`);
  }
  if (url.includes(token) || url.includes(encodeURIComponent(token))) failures.push("a request URL carries the token");
});

// GraphiQL's Monaco editors, by the model each shows (the variables and headers editors share one pane).
const QUERY = '.monaco-editor[data-uri$="-operation.graphql"]';
const VARIABLES = '.monaco-editor[data-uri$="-variables.json"]';
const HEADERS = '.monaco-editor[data-uri$="-headers.json"]';
const RESPONSE = ".graphiql-response .monaco-editor";

/** The text an editor shows (non-breaking spaces as spaces). */
const editorText = (page, editor) =>
  page.locator(`${editor} .view-lines`).evaluate((el) => el.innerText.replace(/\u00a0/g, " "));

/**
 * Replaces the content of an editor as a user pastes it: click, select all, paste. Typed keys would not do: Monaco
 * closes brackets and quotes and indents new lines as they are typed, so a typed multi-line query came out mangled
 * (an extra `}` from each auto-closed `{`, a GraphQL syntax error); a paste inserts the text as it is.
 */
async function fill(page, editor, text) {
  await page.locator(editor).click();
  await page.keyboard.press("Control+A");
  await page.evaluate((pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/plain", pasted);
    document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(30_000);
  page.on("pageerror", (err) => failures.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.text().includes(token)) failures.push("the token was written to the console");
    else if (msg.type() === "error") failures.push(`console error: ${msg.text()}`);
  });
  const graphql = [];
  page.on("request", (req) => {
    if (req.method() === "POST" && new URL(req.url()).pathname === "/graphql") {
      graphql.push({ auth: req.headers()["authorization"] ?? null, body: req.postData() ?? "" });
    }
  });
  // Each answer of POST /graphql, by operation name: a 400 here is a request error (wrong query or variables).
  page.on("response", (res) => {
    const req = res.request();
    if (req.method() === "POST" && new URL(req.url()).pathname === "/graphql") {
      let operation = "?";
      try {
        operation = JSON.parse(req.postData() ?? "{}").operationName ?? "(anonymous)";
      } catch {}
      step(`POST /graphql ${operation}: ${res.status()}`);
    }
  });

  step(`open ${base}/graphql as a browser does (Accept: text/html)`);
  const answer = await page.goto(`${base}/graphql`);
  if (answer?.status() !== 200) failures.push(`GET /graphql answered ${answer?.status()}`);
  await page.waitForSelector(".graphiql-query-editor .monaco-editor");

  step("the schema loads: the docs explorer lists Query's fields");
  await page.click('[aria-label="Show Documentation Explorer"]');
  await page.locator(".graphiql-doc-explorer").getByRole("link", { name: "Query" }).first().click();
  await page.locator(".graphiql-doc-explorer").getByText("viewer", { exact: true }).first().waitFor();
  const docs = (await page.textContent(".graphiql-doc-explorer")) ?? "";
  for (const field of ["viewer", "search", "neighborhood"]) {
    if (!docs.includes(field)) failures.push(`the docs explorer does not list Query.${field}`);
  }
  if (!graphql.some((r) => r.body.includes("IntrospectionQuery"))) failures.push("no introspection was posted to /graphql");

  step("paste the Authorization header and the viewer query, prettify and run it");
  await page.getByRole("button", { name: "Headers" }).click();
  await fill(page, HEADERS, JSON.stringify({ Authorization: `Bearer ${token}` }));
  await fill(page, QUERY, VIEWER);
  await page.click('[aria-label^="Prettify query"]');
  await page.waitForFunction(
    (editor) => document.querySelectorAll(`${editor} .view-line`).length >= 6,
    QUERY,
  ).catch(async (err) => {
    throw new Error(`the query was not prettified: ${await editorText(page, QUERY)}\n${err.message}`);
  });
  const pretty = await editorText(page, QUERY);
  if (!pretty.includes("\n  viewer {\n    roles\n")) failures.push(`the prettified query is ${pretty}`);
  const posted = graphql.length;
  await page.click(".graphiql-execute-button");
  await page
    .waitForFunction(
      () => (document.querySelector(".graphiql-response .view-lines")?.textContent ?? "").includes("roles"),
    )
    .catch(async (err) => {
      // Say what the editors held: the query and headers as typed, and what (if anything) came back.
      const shown = { query: await editorText(page, QUERY), response: await editorText(page, RESPONSE) };
      const headers = (await editorText(page, HEADERS)).replaceAll(token, "<token>");
      throw new Error(`no viewer in the response pane: ${JSON.stringify({ ...shown, headers })}\n${err.message}`);
    });
  const response = await editorText(page, RESPONSE);
  if (!/"roles":\s*\[[^\]]*"ADMIN"/.test(response.replace(/\s+/g, " "))) {
    failures.push(`the response pane does not show the viewer's admin role: ${response}`);
  }
  if (response.includes('"errors"')) failures.push(`the viewer query answered errors: ${response}`);
  const run = graphql.slice(posted).find((r) => r.body.includes("query Viewer"));
  if (run?.auth !== `Bearer ${token}`) failures.push(`the viewer query was sent with Authorization ${run?.auth}`);
  step("the response pane shows the viewer");
  await page.getByRole("button", { name: "Variables" }).click(); // the screenshot shows no token
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshot });
  step(`screenshot saved to ${screenshot}`);

  step("the explorer's Open in GraphiQL link prefills the query and variables");
  await page.goto(`${base}/explore/`);
  await page.fill("#token", token);
  await page.click("#token-form button");
  await page.fill("#search", "第2网格");
  await page.press("#search", "Enter");
  await page.locator('#results .result[data-label="Grid"]').first().waitFor();
  const link = await page.getAttribute("#graphiql", "href");
  if (!link?.startsWith(`${base}/graphql?q=`)) failures.push(`the GraphiQL link is ${link}`);
  if (link?.includes(token) || link?.includes(encodeURIComponent(token))) failures.push("the GraphiQL link carries the token");
  await page.goto(link);
  await page.waitForFunction(() =>
    (document.querySelector(".graphiql-query-editor .view-lines")?.textContent ?? "").includes("search("),
  );
  const query = await editorText(page, QUERY);
  if (!query.includes("query Search(") || !query.includes("search(text: $text")) {
    failures.push(`the query editor holds ${query}`);
  }
  await page.getByRole("button", { name: "Variables" }).click();
  const variables = await editorText(page, VARIABLES);
  if (!variables.includes("第2网格")) failures.push(`the variables editor holds ${variables}`);
  step("the linked query and variables are prefilled");

  if (!requests.some((u) => u.endsWith(".worker.js"))) failures.push("no Monaco worker was loaded from the API");
  step(`${requests.length} requests, all to ${origin}`);
} finally {
  await close();
}

finish(failures);
