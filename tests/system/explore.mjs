// Drives /explore in headless Chromium: without a token the page asks to sign in (also after a refused token);
// with EXPLORER_TOKEN pasted it searches a grid, opens it, clicks a neighbour, asserts the graph grew, screenshots.
// The token must never show up in a URL (page, GraphiQL link, any request) or in the console.
// Usage: EXPLORER_TOKEN=<jwt> node tests/system/explore.mjs <base url> <screenshot.png>   (CHROMIUM overrides
// /usr/bin/chromium)
import { finish, launch } from "./chromium.mjs";

const [base, screenshot] = process.argv.slice(2);
const token = process.env.EXPLORER_TOKEN;
if (!base || !screenshot || !token) {
  console.error("usage: EXPLORER_TOKEN=<jwt> node tests/system/explore.mjs <base url> <screenshot.png>");
  process.exit(2);
}

const { browser, close } = await launch("explorer");

const step = (what) => console.log(`e2e: ${what}`);
const failures = [];

try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (err) => failures.push(`page error: ${err.message}`));
  // Chromium logs a 401 answer as a console error; expected only while the refused token is tried.
  let refusing = false;
  page.on("console", (msg) => {
    if (msg.text().includes(token)) failures.push("the token was written to the console");
    else if (msg.type() === "error" && !(refusing && msg.text().includes("401"))) {
      failures.push(`console error: ${msg.text()}`);
    }
  });
  // Everything must come from the API itself: no CDN, no other origin; and no URL may carry the token.
  const origin = new URL(base).origin;
  const graphql = [];
  page.on("request", (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith("data:")) failures.push(`foreign request: ${req.url()}`);
    if (req.url().includes(token)) failures.push("a request URL carries the token");
    if (req.url().endsWith("/graphql")) graphql.push(req.headers()["authorization"] ?? null);
  });

  const idle = () => page.waitForSelector('body[data-state="idle"]');
  const count = () => page.evaluate(() => window.explorer.nodes().length);
  const panelText = async () => (await page.textContent("#panel")) ?? "";
  const searchGrid = async () => {
    await page.fill("#search", "第2网格");
    await page.press("#search", "Enter");
  };
  const refused = () =>
    page.waitForFunction(() => document.body.dataset.state === "idle" && !document.getElementById("error").hidden);
  const expectSignIn = async (when, reason) => {
    const text = await panelText();
    if (!text.includes("Sign in") || !text.includes("python -m api token --person")) {
      failures.push(`${when}: the side panel does not ask to sign in: "${text}"`);
    }
    if (reason && !text.includes(reason)) failures.push(`${when}: the side panel does not say "${reason}": "${text}"`);
    const auth = await page.getAttribute("body", "data-auth");
    if (auth !== "none") failures.push(`${when}: body[data-auth] is ${auth}, expected none`);
  };

  step(`open ${base}/explore without a token`);
  await page.goto(`${base}/explore`);
  await idle();
  await page.waitForSelector("#panel .signin");
  await expectSignIn("on load");

  step("search without a token: the API answers UNAUTHENTICATED");
  await searchGrid();
  await refused();
  await expectSignIn("after an anonymous search", "sign in to read search");
  const error = (await page.textContent("#error")) ?? "";
  if (!error.startsWith("Sign in: paste a token from python -m api token")) failures.push(`error box says "${error}"`);
  if (await page.locator("#results .result").count()) failures.push("results shown without a token");
  if (graphql.some((h) => h !== null)) failures.push("a request carried an Authorization header before any token");
  step("sign-in message shown without a token");

  step("use a token the API refuses: HTTP 401");
  refusing = true;
  await page.fill("#token", "not-a-token");
  await page.click("#token-form button");
  await searchGrid();
  await refused();
  refusing = false;
  await expectSignIn("after a refused token", "the token is not valid");
  if (graphql.at(-1) !== "Bearer not-a-token") failures.push(`the refused token was sent as ${graphql.at(-1)}`);

  step("use an administrator's token");
  await page.fill("#token", token);
  await page.click("#token-form button");
  await page.waitForSelector('body[data-auth="token"]');
  if (await page.inputValue("#token")) failures.push("the token field still holds the token after Use");
  const stored = await page.evaluate(() => ({
    session: Object.values(window.sessionStorage),
    local: Object.values(window.localStorage),
  }));
  if (!stored.session.includes(token)) failures.push("the token is not in sessionStorage");
  if (stored.local.some((v) => v.includes(token))) failures.push("the token is in localStorage");
  if ((await panelText()).includes("Sign in")) failures.push("the side panel still asks to sign in after Use");
  const signedFrom = graphql.length;

  step("search for 第2网格");
  await page.fill("#search", "第2网格");
  await page.press("#search", "Enter");
  const first = page.locator('#results .result[data-label="Grid"]').first();
  await first.waitFor();
  const picked = await first.textContent();
  step(`open the first grid found: ${picked}`);
  await first.click();
  await page.waitForFunction(() => document.body.dataset.state === "idle" && window.explorer.nodes().length > 1);
  const before = await count();
  step(`${before} nodes drawn`);

  // A neighbour that has not been expanded; prefer a building (its households are not drawn yet).
  const nodes = await page.evaluate(() => window.explorer.nodes());
  const candidates = nodes.filter((n) => !n.expanded);
  const target =
    candidates.find((n) => n.name === "峰和苑1栋") ?? candidates.find((n) => n.label === "Building") ?? candidates[0];
  if (!target) throw new Error("no neighbour to click");
  const box = await page.locator("#graph").boundingBox();
  step(`click ${target.label} ${target.name}`);
  await page.mouse.click(box.x + target.x, box.y + target.y);
  await page.waitForFunction((n) => document.body.dataset.state === "idle" && window.explorer.nodes().length > n, before);
  const after = await count();
  step(`${after} nodes after expanding`);

  const panel = await page.textContent("#panel h2");
  if (panel?.trim() !== target.name) failures.push(`side panel shows "${panel}", expected "${target.name}"`);
  const link = await page.getAttribute("#graphiql", "href");
  if (!link?.includes("?q=") || !link.includes("neighborhood")) failures.push(`GraphiQL link is ${link}`);
  if (link?.includes(token) || link?.includes(encodeURIComponent(token))) failures.push("the GraphiQL link carries the token");
  if (page.url().includes(token)) failures.push("the page URL carries the token");
  if (page.url() !== `${base}/explore/`) failures.push(`the page URL changed to ${page.url()}`);
  const sent = graphql.slice(signedFrom);
  if (!sent.length || sent.some((h) => h !== `Bearer ${token}`)) {
    failures.push(`${sent.filter((h) => h !== `Bearer ${token}`).length} of ${sent.length} requests lacked the token`);
  }
  if (after <= before) failures.push(`the graph did not grow: ${before} -> ${after}`);

  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshot });
  step(`screenshot saved to ${screenshot}`);
} finally {
  await close();
}

finish(failures);
