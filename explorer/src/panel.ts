// The side panel: a node's labels, name and properties, or an edge's type, ends and properties.

import { colorFor } from "./colors";
import { displayName, type ExploreEdge, type ExploreNode, type Json } from "./queries";
import { MINT_COMMAND } from "./token";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls = "", text = ""): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
}

function format(value: Json): string {
  if (value === null) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) return value.join("、");
  return JSON.stringify(value, null, 1);
}

function chip(label: string): HTMLElement {
  const c = el("span", "chip", label);
  c.style.setProperty("--chip", colorFor(label));
  return c;
}

function table(props: Record<string, Json>): HTMLElement {
  const keys = Object.keys(props).sort();
  if (!keys.length) return el("p", "muted", "No properties.");
  const t = el("table", "props");
  for (const key of keys) {
    const row = t.insertRow();
    row.append(el("th", "", key), el("td", "", format(props[key] ?? null)));
  }
  return t;
}

function ids(pairs: [string, string][]): HTMLElement {
  const d = el("dl", "ids");
  for (const [k, v] of pairs) d.append(el("dt", "", k), el("dd", "", v));
  return d;
}

export function showNode(panel: HTMLElement, node: ExploreNode, expanded: boolean, onExpand: () => void): void {
  const chips = el("div", "chips");
  const labels = node.labels.length ? node.labels : [node.label];
  chips.append(...labels.map(chip));
  const button = el("button", "expand", expanded ? "Neighbours shown" : "Expand neighbours");
  button.type = "button";
  button.disabled = expanded;
  button.addEventListener("click", onExpand);
  panel.replaceChildren(
    chips,
    el("h2", "name", displayName(node)),
    button,
    el("h3", "", "Properties"),
    table(node.properties),
    ids([
      ["id", node.id],
      ["dbId", node.dbId],
    ]),
  );
}

export function showEdge(panel: HTMLElement, edge: ExploreEdge, source?: ExploreNode, target?: ExploreNode): void {
  const ends = el("p", "ends");
  ends.append(
    el("strong", "", source ? displayName(source) : edge.source),
    el("span", "arrow", ` —${edge.type}→ `),
    el("strong", "", target ? displayName(target) : edge.target),
  );
  panel.replaceChildren(
    el("div", "chips"),
    el("h2", "name", edge.type),
    ends,
    el("h3", "", "Properties"),
    table(edge.properties),
    ids([["id", edge.id]]),
  );
  panel.firstElementChild?.append(el("span", "chip edge", "relationship"));
}

export function showHint(panel: HTMLElement): void {
  const hint = el("div", "hint");
  hint.append(
    el("h2", "", "Explore the community graph"),
    el("p", "", "Search for a grid, a building, a resident or a unit — for example 第2网格 — and pick a result."),
    el("p", "", "Click a node to see its properties and bring in its neighbours; click an edge to see the relationship."),
  );
  panel.replaceChildren(hint);
}

/** Why nothing is shown: the API wants a token. `reason` is the API's message, if a request was refused. */
export function showSignIn(panel: HTMLElement, reason?: string): void {
  const box = el("div", "hint signin");
  const how = el("p");
  how.append("Sign in: paste a token from ", el("code", "", MINT_COMMAND), " into the token field above and press Use.");
  box.append(el("h2", "", "Sign in"), how);
  if (reason) box.append(el("p", "reason", `The API said: ${reason}`));
  box.append(el("p", "", "The token stays in this tab (sessionStorage) and is sent only to this API."));
  panel.replaceChildren(box);
}
