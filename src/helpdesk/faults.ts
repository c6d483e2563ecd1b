/** Paths made to fail or answer slowly, as set on the helpdesk page URL or POST /__helpdesk/faults. */
export type Faults = { fail: string[]; slow: Record<string, number> };

export const NO_FAULTS: Faults = { fail: [], slow: {} };

/**
 * Reads `fail=ticket.organization,currentUser` and `slow=ticket.requester:2000,request:500`.
 * A key matches its path and every path below it; `request` matches every `client.request`,
 * and a key starting with `/api/` matches requests to that URL prefix.
 */
export function parseFaults(fail: string | null | undefined, slow: string | null | undefined): Faults {
  const failKeys = (fail ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const slowMap: Record<string, number> = {};
  for (const part of (slow ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const at = part.lastIndexOf(':');
    const ms = at > 0 ? Number(part.slice(at + 1)) : NaN;
    if (Number.isFinite(ms) && ms >= 0) slowMap[part.slice(0, at)] = ms;
    else slowMap[part] = 2000;
  }
  return { fail: failKeys, slow: slowMap };
}

/** Reads faults from a JSON body: `{ fail: [...] | "a,b", slow: { path: ms } | "a:ms" }`. */
export function faultsFromJson(value: unknown): Faults {
  const v = (value ?? {}) as { fail?: unknown; slow?: unknown };
  const fail = Array.isArray(v.fail) ? v.fail.map(String) : typeof v.fail === 'string' ? parseFaults(v.fail, '').fail : [];
  let slow: Record<string, number> = {};
  if (typeof v.slow === 'string') slow = parseFaults('', v.slow).slow;
  else if (v.slow && typeof v.slow === 'object') {
    for (const [k, ms] of Object.entries(v.slow)) if (typeof ms === 'number' && ms >= 0) slow[k] = ms;
  }
  return { fail, slow };
}

export function mergeFaults(a: Faults, b: Faults): Faults {
  return { fail: [...new Set([...a.fail, ...b.fail])], slow: { ...a.slow, ...b.slow } };
}

function matchesKey(key: string, path: string): boolean {
  if (key === path) return true;
  if (key.startsWith('/')) return path.startsWith(key);
  return path.startsWith(`${key}.`) || path.startsWith(`${key}:`);
}

function urlPath(url: string): string {
  return url.replace(/^https?:\/\/[^/]+/, '');
}

export function isFailing(faults: Faults, path: string): boolean {
  return faults.fail.some((key) => matchesKey(key, path));
}

export function isRequestFailing(faults: Faults, url: string): boolean {
  const path = urlPath(url);
  return faults.fail.some((key) => key === 'request' || (key.startsWith('/') && path.startsWith(key)));
}

/** How long the slowest of these paths waits before answering. */
export function delayFor(faults: Faults, paths: readonly string[]): number {
  let delay = 0;
  for (const [key, ms] of Object.entries(faults.slow)) {
    if (paths.some((p) => matchesKey(key, p))) delay = Math.max(delay, ms);
  }
  return delay;
}

export function requestDelay(faults: Faults, url: string): number {
  const path = urlPath(url);
  let delay = 0;
  for (const [key, ms] of Object.entries(faults.slow)) {
    if (key === 'request' || (key.startsWith('/') && path.startsWith(key))) delay = Math.max(delay, ms);
  }
  return delay;
}
