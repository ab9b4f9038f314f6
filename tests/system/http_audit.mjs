// The graphql-http package's server audit (GraphQL over HTTP, the current spec) against a running API; prints one
// JSON line per audit ({id, name, status, reason}) and exits 0 once all ran, whatever they found (the pytest side
// judges). Usage: AUDIT_TOKEN=<jwt> node tests/system/http_audit.mjs <graphql url>
import { createRequire } from "node:module";

// graphql-http is a dev dependency of the explorer (explorer/package-lock.json); resolve it from there.
const require = createRequire(new URL("../../explorer/package.json", import.meta.url));
const { serverAudits } = require("graphql-http");

const [url] = process.argv.slice(2);
const token = process.env.AUDIT_TOKEN;
if (!url || !token) {
  console.error("usage: AUDIT_TOKEN=<jwt> node tests/system/http_audit.mjs <graphql url>");
  process.exit(2);
}

// Every audit request signed in, as an app's would be: without a token the API answers 401 before any GraphQL.
const signed = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};

for (const audit of serverAudits({ url, fetchFn: signed })) {
  const result = await audit.fn();
  const line = { id: audit.id, name: audit.name, status: result.status };
  if (result.status !== "ok") line.reason = result.reason;
  console.log(JSON.stringify(line));
}
