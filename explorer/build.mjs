// Bundles src/ with esbuild and copies the page into api/static/explorer/, which the API serves at /explore/.
import { cp, mkdir, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const out = here("../api/static/explorer/");

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: [here("src/main.ts")],
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: true,
  legalComments: "linked",
  outfile: `${out}explorer.js`,
  logLevel: "info",
});
await cp(here("src/index.html"), `${out}index.html`);
await cp(here("src/explorer.css"), `${out}explorer.css`);
console.log(`explorer built into ${out}`);
