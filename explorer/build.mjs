// Bundles src/ with esbuild into api/static/explorer/ (the API serves it at /explore/) and GraphiQL with its Monaco
// workers into api/static/graphiql/ (its page at GET /graphql, the rest at /graphiql/). Both folders are git-ignored.
import { cp, mkdir, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const out = here("../api/static/explorer/");
const graphiql = here("../api/static/graphiql/");

for (const dir of [out, graphiql]) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
}
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

// GraphiQL 5 edits with Monaco, which runs each language in a web worker: the page bundle (React, GraphiQL and their
// styles; Monaco's icon font as a file beside it) plus one classic-script bundle per worker, all served from /graphiql/.
const common = {
  bundle: true,
  target: "es2022",
  minify: true,
  sourcemap: true,
  legalComments: "linked",
  logLevel: "info",
  define: { "process.env.NODE_ENV": '"production"' },
};
// GraphiQL imports Prettier's parsers by their old CommonJS names (prettier/parser-graphql, prettier/parser-babel):
// resolved to the ES modules of the same plugins, so a chunk exports `parsers` (a split CommonJS module exports only
// a default) and the GraphQL plugin is bundled once, not as both a .js and an .mjs.
const prettierParsersAsModules = {
  name: "prettier-parsers-as-modules",
  setup(build) {
    build.onResolve({ filter: /^prettier\/parser-(graphql|babel)$/ }, (args) => ({
      path: here(`node_modules/prettier/plugins/${args.path.slice("prettier/parser-".length)}.mjs`),
    }));
  },
};
// Split: what GraphiQL imports only on demand (Prettier and its Babel parser for the prettify button, about 0.7 MB;
// Monaco's JSON and GraphQL language modes) becomes chunks beside graphiql.js that the page loads when first used.
// (Aliasing `monaco-editor` to its editor API would not shrink anything: GraphiQL already imports Monaco by its parts.)
await build({
  ...common,
  entryPoints: { graphiql: here("src/graphiql.tsx") },
  format: "esm",
  splitting: true,
  chunkNames: "chunk-[hash]",
  plugins: [prettierParsersAsModules],
  jsx: "automatic",
  loader: { ".ttf": "file", ".woff": "file", ".woff2": "file" },
  outdir: graphiql,
});
await build({
  ...common,
  entryPoints: {
    "editor.worker": here("node_modules/monaco-editor/esm/vs/editor/editor.worker.js"),
    "json.worker": here("node_modules/monaco-editor/esm/vs/language/json/json.worker.js"),
    "graphql.worker": here("node_modules/monaco-graphql/esm/graphql.worker.js"),
  },
  format: "iife",
  outdir: graphiql,
});
await cp(here("src/graphiql.html"), `${graphiql}graphiql.html`);
console.log(`GraphiQL built into ${graphiql}`);
