// Generates src/generated/ (operation types and typed documents) and persisted-documents.json from the API's schema
// and documents; with --check it writes nothing and fails when a committed file differs from what it would write.
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = "src/generated/";
// The server's trusted-documents manifest reads this file, so it lives at the package's root, not among the code.
const PERSISTED = "persisted-documents.json";
const check = process.argv.includes("--check");

const config = {
  schema: "../../schema/schema.graphql",
  // The repo's documented screens plus the few operations only this package sends (its tests' mutation and subscription).
  documents: ["../../docs/queries/*.graphql", "src/operations/*.graphql"],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    [OUT]: {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
        // sha256 of the exact text sent as `query`: what Apollo's APQ and the server's trusted documents compare.
        // Plain hex, as APQ's `sha256Hash` (the preset's "sha256" would prefix it with "sha256:").
        persistedDocuments: { hashAlgorithm: (text) => createHash("sha256").update(text).digest("hex") },
      },
      config: {
        // No graphql-js at run time: documents are strings (TypedDocumentString), sent as they are printed.
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: "string", DateTime: "string", JSON: "unknown" },
      },
    },
  },
};

// The preset hashes a normalised print of each document (persisted-documents.json holds that text) but embeds a
// pretty print in the TypedDocumentString. The client sends the embedded text, and the server checks that the hash
// is sha256 of the text it receives: so the embedded text becomes the normalised one, the very text that was hashed.
const DOCUMENT = /new TypedDocumentString\(`[^`]*`, \{"hash":"([0-9a-f]{64})"\}\)/g;

function embedPersisted(code, persisted) {
  return code.replace(DOCUMENT, (_, hash) => {
    const text = persisted[hash];
    if (text === undefined) throw new Error(`no persisted document for hash ${hash}`);
    return `new TypedDocumentString(${JSON.stringify(text)}, {"hash":"${hash}"})`;
  });
}

process.chdir(ROOT);
const outputs = await generate(config, false);
const files = new Map();
for (const { filename, content } of outputs) {
  const path = relative(ROOT, resolve(ROOT, filename));
  files.set(path === join(OUT, PERSISTED) ? PERSISTED : path, content.endsWith("\n") ? content : `${content}\n`);
}
const types = join(OUT, "graphql.ts");
const embedded = embedPersisted(files.get(types), JSON.parse(files.get(PERSISTED)));
if (embedded.match(/new TypedDocumentString\(`/)) throw new Error(`${types}: a document was not replaced`);
files.set(types, embedded);

async function committed(path) {
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}

if (check) {
  const stale = [];
  for (const [path, content] of files) if ((await committed(path)) !== content) stale.push(path);
  for (const name of await readdir(OUT).catch(() => [])) if (!files.has(join(OUT, name))) stale.push(join(OUT, name));
  if (stale.length) {
    console.error(`generated files differ from the schema and documents (run npm run codegen): ${stale.join(", ")}`);
    process.exit(1);
  }
  console.log(`codegen: ${files.size} generated files up to date`);
} else {
  await rm(OUT, { recursive: true, force: true });
  for (const [path, content] of files) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  console.log(`codegen: wrote ${[...files.keys()].join(", ")}`);
}
