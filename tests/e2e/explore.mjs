// Drives /explore in headless Chromium: search a grid, open it, click a neighbour, assert the graph grew, screenshot.
// Usage: node tests/e2e/explore.mjs <base url> <screenshot.png>   (CHROMIUM overrides /usr/bin/chromium)
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

// playwright-core is a dev dependency of the explorer (explorer/package-lock.json); resolve it from there.
const require = createRequire(new URL("../../explorer/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const [base, screenshot] = process.argv.slice(2);
if (!base || !screenshot) {
  console.error("usage: node tests/e2e/explore.mjs <base url> <screenshot.png>");
  process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), "explorer-chromium-"));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1400, height: 860 },
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

const step = (what) => console.log(`e2e: ${what}`);
const failures = [];

try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (err) => failures.push(`page error: ${err.message}`));
  page.on("console", (msg) => msg.type() === "error" && failures.push(`console error: ${msg.text()}`));
  // Everything must come from the API itself: no CDN, no other origin.
  const origin = new URL(base).origin;
  page.on("request", (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith("data:")) failures.push(`foreign request: ${req.url()}`);
  });

  const idle = () => page.waitForSelector('body[data-state="idle"]');
  const count = () => page.evaluate(() => window.explorer.nodes().length);

  step(`open ${base}/explore`);
  await page.goto(`${base}/explore`);
  await idle();

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
  const target = candidates.find((n) => n.label === "Building") ?? candidates[0];
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
  if (after <= before) failures.push(`the graph did not grow: ${before} -> ${after}`);

  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshot });
  step(`screenshot saved to ${screenshot}`);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}

if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("e2e: ok");
