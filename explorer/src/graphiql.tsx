// The GraphiQL page the API serves at GET /graphql (text/html): GraphiQL 5 from npm, its Monaco workers and styles
// bundled next to it in /graphiql/, so it loads nothing from another origin. The explorer's "Open in GraphiQL" link
// prefills the query and variables (?q=…&variables=…); the token is pasted under Headers, never put in a URL.

import "graphiql/style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createRoot } from "react-dom/client";

// Monaco asks for a worker per language; each is its own bundle beside this one (build.mjs), so the URL is relative
// to this script and a path prefix keeps working.
const WORKERS: Record<string, string> = { json: "json.worker.js", graphql: "graphql.worker.js" };
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker: (_id: string, label: string) => new Worker(new URL(WORKERS[label] ?? "editor.worker.js", import.meta.url)),
};

const HELP = `# This API wants a bearer token: mint one with
#   python -m api token --person … --role …
# and add it under Headers (below) as {"Authorization": "Bearer <token>"}.

query Viewer {
  viewer {
    roles
    person { name }
  }
}
`;

// The page is served by /graphql itself, so the endpoint is the page's own path (relative: a prefix keeps working).
// The query is read from `q`, not `query`, since /graphql executes a GET that carries `query` instead of showing this.
const params = new URLSearchParams(window.location.search);
const fetcher = createGraphiQLFetcher({ url: new URL("graphql", window.location.href).toString() });

createRoot(document.getElementById("graphiql")!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={HELP}
    initialQuery={params.get("q") ?? undefined}
    initialVariables={params.get("variables") ?? undefined}
    defaultEditorToolsVisibility={params.has("variables") ? "variables" : "headers"}
  />,
);
