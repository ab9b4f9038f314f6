// The explorer page: search → pick a result → its neighbourhood; clicking a node shows it and expands it.
// Every request carries the token pasted in the header; without one the side panel says how to get one.

import { colorFor } from "./colors";
import { GraphView } from "./graph";
import { graphiqlUrl, lastRequest, request, SignInRequired } from "./graphql";
import {
  displayName,
  NEIGHBORHOOD,
  NEIGHBORHOOD_LIMIT,
  SEARCH,
  type SearchHit,
  type SearchPage,
  type Subgraph,
} from "./queries";
import { showEdge, showHint, showNode, showSignIn } from "./panel";
import { getToken, MINT_COMMAND, setToken } from "./token";

function $<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
}

const form = $<HTMLFormElement>("#search-form");
const input = $<HTMLInputElement>("#search");
const results = $<HTMLUListElement>("#results");
const panel = $<HTMLElement>("#panel");
const status = $<HTMLElement>("#status");
const legend = $<HTMLElement>("#legend");
const empty = $<HTMLElement>("#empty");
const errorBox = $<HTMLElement>("#error");
const graphiql = $<HTMLAnchorElement>("#graphiql");
const tokenForm = $<HTMLFormElement>("#token-form");
const tokenInput = $<HTMLInputElement>("#token");
const view = new GraphView($("#graph"));

let pending = 0;
let truncated = false;
let selected: string | null = null;

/** Runs one request at a time and shows its progress; the e2e test waits on body[data-state="idle"]. */
let queue: Promise<unknown> = Promise.resolve();
function run<T>(task: () => Promise<T>): Promise<T | undefined> {
  pending += 1;
  document.body.dataset.state = "busy";
  const next = queue.then(task).then(
    (value) => {
      errorBox.hidden = true;
      return value;
    },
    (err: unknown) => {
      if (err instanceof SignInRequired) {
        errorBox.textContent = `Sign in: paste a token from ${MINT_COMMAND} (the API said: ${err.message})`;
        showSignIn(panel, err.message);
        showAuth();
      } else {
        errorBox.textContent = err instanceof Error ? err.message : String(err);
      }
      errorBox.hidden = false;
      return undefined;
    },
  );
  queue = next.finally(() => {
    pending -= 1;
    if (!pending) document.body.dataset.state = "idle";
    refresh();
  });
  return next;
}

/** Whether a token is in use: body[data-auth] ("token" or "none") and the token field's placeholder. */
function showAuth(): void {
  const has = getToken() !== null;
  document.body.dataset.auth = has ? "token" : "none";
  tokenInput.placeholder = has ? "Token in use" : "Paste a token";
}

function refresh(): void {
  const nodes = view.cy.nodes().length;
  const edges = view.cy.edges().length;
  document.body.dataset.nodes = String(nodes);
  document.body.dataset.edges = String(edges);
  empty.hidden = nodes > 0;
  status.textContent = nodes
    ? `${nodes} nodes · ${edges} edges${truncated ? ` · some neighbours not shown (limit ${NEIGHBORHOOD_LIMIT})` : ""}`
    : "";
  const req = lastRequest();
  graphiql.hidden = !req;
  if (req) {
    graphiql.href = graphiqlUrl(req);
    graphiql.title = `Open ${req.summary} in GraphiQL (add your token there under Headers)`;
    $("#graphiql-what").textContent = req.summary;
  }
  const labels = new Map<string, number>();
  view.cy.nodes().forEach((n) => {
    const label = String(n.data("node").label);
    labels.set(label, (labels.get(label) ?? 0) + 1);
  });
  legend.replaceChildren(
    ...[...labels.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([label, count]) => {
        const item = document.createElement("span");
        item.className = "legend-item";
        item.style.setProperty("--chip", colorFor(label));
        item.textContent = `${label} ${count}`;
        return item;
      }),
  );
}

async function search(text: string): Promise<void> {
  const data = await run(() =>
    request<{ search: SearchPage }>(SEARCH, { text, first: 12 }, `search(text: "${text}")`),
  );
  if (!data) return;
  results.replaceChildren(
    ...data.search.nodes.map((hit) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "result";
      button.dataset.label = hit.node.label;
      const chip = document.createElement("span");
      chip.className = "chip";
      chip.style.setProperty("--chip", colorFor(hit.node.label));
      chip.textContent = hit.label || hit.node.label;
      const name = document.createElement("span");
      name.className = "result-name";
      name.textContent = displayName(hit.node);
      button.append(chip, name);
      button.addEventListener("click", () => void start(hit));
      li.append(button);
      return li;
    }),
  );
  if (!data.search.nodes.length) {
    const li = document.createElement("li");
    li.className = "muted";
    li.textContent = `Nothing matches “${text}”.`;
    results.replaceChildren(li);
  }
  results.hidden = false;
}

async function neighborhood(id: string, name: string): Promise<Subgraph> {
  const variables = { id, depth: 1, limit: NEIGHBORHOOD_LIMIT };
  const data = await request<{ neighborhood: Subgraph | null }>(NEIGHBORHOOD, variables, `neighborhood of ${name}`);
  if (!data.neighborhood) throw new Error(`${name} is no longer in the graph`);
  return data.neighborhood;
}

async function expand(id: string): Promise<void> {
  if (view.isExpanded(id)) return;
  const known = view.node(id);
  const name = known ? displayName(known) : id;
  const done = await run(async () => {
    const sub = await neighborhood(id, name);
    truncated ||= sub.truncated;
    await view.merge(sub, id);
    return true;
  });
  if (done && selected === id) select(id);
}

async function start(hit: SearchHit): Promise<void> {
  results.hidden = true;
  input.value = displayName(hit.node);
  view.clear();
  truncated = false;
  const done = await run(async () => {
    const sub = await neighborhood(hit.node.id, displayName(hit.node));
    if (!sub.nodes.some((n) => n.id === hit.node.id)) sub.nodes.unshift(hit.node);
    truncated = sub.truncated;
    await view.merge(sub, hit.node.id);
    return true;
  });
  if (!done) return;
  view.cy.getElementById(hit.node.id).select();
  select(hit.node.id);
}

function select(id: string | null): void {
  selected = id;
  view.focus(id);
  const node = id ? view.node(id) : undefined;
  const edge = id ? view.edge(id) : undefined;
  if (node && id) showNode(panel, node, view.isExpanded(id), () => void expand(id));
  else if (edge) showEdge(panel, edge, view.node(edge.source), view.node(edge.target));
  else showHint(panel);
}

view.cy.on("tap", "node", (event) => {
  const id: string = event.target.id();
  select(id);
  void expand(id);
});
view.cy.on("tap", "edge", (event) => select(event.target.id()));
view.cy.on("tap", (event) => {
  if (event.target === view.cy) select(null);
});

let typing: number | undefined;
form.addEventListener("submit", (event) => {
  event.preventDefault();
  window.clearTimeout(typing);
  const text = input.value.trim();
  if (text.length >= 2) void search(text);
});
input.addEventListener("input", () => {
  window.clearTimeout(typing);
  const text = input.value.trim();
  // The API searches 2 to 100 characters (a single one is no bigram of its index).
  if (text.length < 2) results.hidden = true;
  else typing = window.setTimeout(() => void search(text), 300);
});
input.addEventListener("focus", () => {
  if (results.childElementCount) results.hidden = false;
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") results.hidden = true;
});
document.addEventListener("click", (event) => {
  if (!(event.target instanceof Node) || !form.contains(event.target)) results.hidden = true;
});
$("#fit").addEventListener("click", () => view.fit());

// The token goes to sessionStorage and out of the field; Use with an empty field forgets it.
tokenForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const token = tokenInput.value.trim();
  tokenInput.value = "";
  setToken(token || null);
  showAuth();
  errorBox.hidden = true;
  if (!token) showSignIn(panel);
  else select(selected);
});

/** What the end-to-end test reads: the drawn nodes and where they are on screen. */
declare global {
  interface Window {
    explorer: {
      nodes(): { id: string; label: string; name: string; expanded: boolean; x: number; y: number }[];
      edgeCount(): number;
    };
  }
}
window.explorer = {
  nodes: () =>
    view.cy.nodes().map((n) => ({
      id: n.id(),
      label: String(n.data("node").label),
      name: String(n.data("name")),
      expanded: n.hasClass("expanded"),
      x: n.renderedPosition().x,
      y: n.renderedPosition().y,
    })),
  edgeCount: () => view.cy.edges().length,
};

showAuth();
if (getToken()) showHint(panel);
else showSignIn(panel);
document.body.dataset.state = "idle";
refresh();
