// The one way the page reads data: POST to the public GraphQL endpoint; remembers the last request for GraphiQL.

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

export async function request<T>(query: string, variables: Record<string, unknown>, summary: string): Promise<T> {
  last = { query, variables, summary };
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError(`the API answered ${response.status} ${response.statusText}`);
  }
  if (body.errors?.length) {
    throw new GraphQLError(body.errors.map((e) => e.message).join("; "));
  }
  if (!response.ok || body.data === undefined) {
    throw new GraphQLError(`the API answered ${response.status} ${response.statusText}`);
  }
  return body.data;
}

/**
 * A GraphiQL URL that reproduces a request. Strawberry's GraphiQL reads `q` (a `query` parameter would make
 * /graphql execute the query instead of showing the IDE) and decodes with decodeURIComponent, so no `+` for spaces.
 */
export function graphiqlUrl(req: LastRequest): string {
  const q = encodeURIComponent(req.query);
  const variables = encodeURIComponent(JSON.stringify(req.variables, null, 2));
  return `${endpoint}?q=${q}&variables=${variables}`;
}
