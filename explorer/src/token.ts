// The bearer token the page sends: pasted by the user, kept in this tab's sessionStorage only (never in the URL,
// never logged), and dropped when the API says it cannot be trusted.

const KEY = "grid-graph.explorer.token";

/** The CLI command that mints a development token; shown wherever the page asks the user to sign in. */
export const MINT_COMMAND = "python -m api token --person … --role …";

export function getToken(): string | null {
  try {
    return window.sessionStorage.getItem(KEY) || null;
  } catch {
    return null; // storage disabled: the page works without remembering the token
  }
}

export function setToken(token: string | null): void {
  try {
    if (token) window.sessionStorage.setItem(KEY, token);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // storage disabled: nothing to remember or forget
  }
}
