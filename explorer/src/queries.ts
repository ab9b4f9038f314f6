// The GraphQL documents the page sends and the shapes they return (issue 5's explore contract).

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface ExploreNode {
  id: string;
  dbId: string;
  label: string;
  labels: string[];
  name: string;
  properties: Record<string, Json>;
}

export interface ExploreEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, Json>;
}

export interface Subgraph {
  nodes: ExploreNode[];
  edges: ExploreEdge[];
  truncated: boolean;
}

export interface SearchHit {
  node: ExploreNode;
  score: number;
  label: string;
}

/** A node's caption: its name, or its label when the API had no name but the database id. */
export function displayName(n: ExploreNode): string {
  return n.name && n.name !== n.dbId ? n.name : n.label;
}

/** A page of search hits (the API's connections all have `nodes` beside `edges`). */
export interface SearchPage {
  nodes: SearchHit[];
}

export const SEARCH = `query Search($text: String!, $first: Int!) {
  search(text: $text, first: $first) {
    nodes {
      score
      label
      node { id dbId label labels name properties }
    }
  }
}`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    nodes { id dbId label labels name properties }
    edges { id type source target properties }
  }
}`;

export const NEIGHBORHOOD_LIMIT = 50;
