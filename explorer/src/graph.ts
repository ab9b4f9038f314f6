// The cytoscape view: merges subgraphs by id, styles nodes by label, lays out new nodes around the expanded one.

import cytoscape from "cytoscape";
import { colorFor } from "./colors";
import { displayName, type ExploreEdge, type ExploreNode, type Subgraph } from "./queries";

export const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      width: "data(size)",
      height: "data(size)",
      label: "data(name)",
      "font-family": FONT,
      "font-size": 11,
      color: "#1f2937",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "110px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
      "text-background-padding": "1px",
      "border-width": 2,
      "border-color": "#ffffff",
    },
  },
  { selector: "node.expanded", style: { "border-width": 3, "border-color": "#111827", "font-weight": "bold" } },
  { selector: "node.root", style: { shape: "round-rectangle" } },
  {
    selector: "node:selected",
    style: { "overlay-color": "#f59e0b", "overlay-opacity": 0.25, "overlay-padding": 6, "z-index": 10 },
  },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#cbd5e1",
      "target-arrow-color": "#cbd5e1",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      "curve-style": "bezier",
      "font-family": FONT,
      "font-size": 9,
      color: "#475569",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.9,
    },
  },
  { selector: "edge.near", style: { "line-color": "#64748b", "target-arrow-color": "#64748b", width: 2 } },
  { selector: "edge.named, edge:selected", style: { label: "data(type)" } },
  { selector: "edge:selected", style: { "line-color": "#f59e0b", "target-arrow-color": "#f59e0b", width: 3 } },
  { selector: ".faded", style: { opacity: 0.25 } },
];

export class GraphView {
  readonly cy: cytoscape.Core;

  constructor(container: HTMLElement) {
    this.cy = cytoscape({ container, style: STYLE, wheelSensitivity: 0.3, minZoom: 0.15, maxZoom: 3 });
  }

  node(id: string): ExploreNode | undefined {
    const el = this.cy.getElementById(id);
    return el.nonempty() && el.isNode() ? (el.data("node") as ExploreNode) : undefined;
  }

  edge(id: string): ExploreEdge | undefined {
    const el = this.cy.getElementById(id);
    return el.nonempty() && el.isEdge() ? (el.data("edge") as ExploreEdge) : undefined;
  }

  isExpanded(id: string): boolean {
    return this.cy.getElementById(id).hasClass("expanded");
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /** Adds what is new in `sub` (nodes and edges keyed by id), marks `centre` expanded; returns how many nodes were added. */
  async merge(sub: Subgraph, centre: string): Promise<number> {
    const cy = this.cy;
    const first = cy.nodes().empty();
    const origin = cy.getElementById(centre);
    const at = origin.nonempty() ? origin.position() : { x: 0, y: 0 };
    const fresh = sub.nodes.filter((n) => cy.getElementById(n.id).empty());
    cy.batch(() => {
      fresh.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
        cy.add({
          group: "nodes",
          data: { id: n.id, name: displayName(n), color: colorFor(n.label), size: 28, node: n },
          position: { x: at.x + 120 * Math.cos(angle), y: at.y + 120 * Math.sin(angle) },
        });
      });
      for (const e of sub.edges) {
        if (cy.getElementById(e.id).nonempty()) continue;
        if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
        cy.add({ group: "edges", data: { id: e.id, source: e.source, target: e.target, type: e.type, edge: e } });
      }
      cy.getElementById(centre).addClass("expanded");
      if (first) cy.getElementById(centre).addClass("root");
      cy.nodes().forEach((n) => {
        n.data("size", 24 + Math.min(n.degree(false), 24));
      });
    });
    if (fresh.length) await this.layout(!first);
    return fresh.length;
  }

  /** Emphasises a node's (or an edge's) immediate surroundings. */
  focus(id: string | null): void {
    const cy = this.cy;
    cy.elements().removeClass("near named faded");
    if (!id) return;
    const el = cy.getElementById(id);
    if (el.empty()) return;
    const around = el.isNode() ? el.closedNeighborhood() : cy.getElementById(id).connectedNodes().union(el);
    around.edges().addClass("near");
    // Relationship names only where they stay readable; click an edge of a busier node to see its name.
    if (around.edges().length <= 12) around.edges().addClass("named");
    cy.elements().not(around).addClass("faded");
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 40 }, duration: 250 });
  }

  private layout(animate: boolean): Promise<void> {
    const layout = this.cy.layout({
      name: "cose",
      animate: animate ? "end" : false,
      animationDuration: 350,
      randomize: false,
      fit: true,
      padding: 40,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      edgeElasticity: () => 80,
      gravity: 0.4,
      numIter: 1500,
    } as cytoscape.CoseLayoutOptions);
    const done = layout.promiseOn("layoutstop");
    layout.run();
    return done.then(() => undefined);
  }
}
