// Headless Chromium for the browser tests (explore.mjs, graphiql.mjs): playwright-core from the explorer's lock, a
// throw-away profile, and no traffic of Chromium's own (updates, sync, QUIC) beside what the page asks for.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

// playwright-core is a dev dependency of the explorer (explorer/package-lock.json); resolve it from there.
const require = createRequire(new URL("../../explorer/package.json", import.meta.url));
const { chromium } = require("playwright-core");

/** A persistent context in a new temporary profile (CHROMIUM overrides /usr/bin/chromium); `close` removes both. */
export async function launch(name) {
  const profile = mkdtempSync(join(tmpdir(), `${name}-chromium-`));
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
  const close = async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { browser, close };
}

/** Ends a browser test: its failures on stderr and exit 1, or "e2e: ok" (what the pytest side looks for). */
export function finish(failures) {
  if (failures.length) {
    console.error(failures.join("\n"));
    process.exit(1);
  }
  console.log("e2e: ok");
}
