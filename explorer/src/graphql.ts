// The one way the page reads data: POST to the GraphQL endpoint with the pasted bearer token; remembers the last
// request (without the token) for GraphiQL.

import { getToken, setToken } from "./token";

export interface LastRequest {
  query: string;
  variables: Record<string, unknown>;
  summary: string;
}

/** The API's /graphql, resolved against the page (served at /explore/), so a path prefix keeps working. */
export const endpoint = new URL("../graphql", window.location.href).toString();

let last: LastRequest | null = null;

export function lastRequest(): LastRequest | null {
  return last;
}

export class GraphQLError extends Error {}

/** The API wants a (valid) token: none was sent (UNAUTHENTICATED in the errors) or it was refused (HTTP 401). */
export class SignInRequired extends GraphQLError {}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function request<T>(query: string, variables: Record<string, unknown>, summary: string): Promise<T> {
  last = { query, variables, summary };
  const headers: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json" };
  const token = getToken();
  if (token) headers["Authorization"] = `Bearer ${token}`;
  const response = await fetch(endpoint, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  let body: Answer<T>;
  try {
    body = await response.json();
  } catch {
    body = {};
  }
  const unauthenticated = body.errors?.some((e) => e.extensions?.code === "UNAUTHENTICATED") ?? false;
  if (response.status === 401 || unauthenticated) {
    // A refused token will not start working: forget it so the page asks for a new one.
    if (token && response.status === 401) setToken(null);
    const why = body.errors?.map((e) => e.message).join("; ") || `the API answered ${response.status}`;
    throw new SignInRequired(why);
  }
  if (body.errors?.length) {
    throw new GraphQLError(body.errors.map((e) => e.message).join("; "));
  }
  if (!response.ok || body.data === undefined || body.data === null) {
    throw new GraphQLError(`the API answered ${response.status} ${response.statusText}`);
  }
  return body.data;
}

/**
 * A URL of the API's own GraphiQL (GET /graphql as HTML, src/graphiql.tsx) that reproduces a request: the query and
 * variables only, never the token (paste it under GraphiQL's Headers). The page reads `q`, since a `query` parameter
 * would make /graphql execute the query instead of showing the IDE.
 */
export function graphiqlUrl(req: LastRequest): string {
  const q = encodeURIComponent(req.query);
  const variables = encodeURIComponent(JSON.stringify(req.variables, null, 2));
  return `${endpoint}?q=${q}&variables=${variables}`;
}
