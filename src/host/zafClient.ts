/**
 * The one place that reaches the App Framework SDK. The app page loads the SDK with a script
 * tag (Zendesk's CDN in production, a local copy in the helpdesk); this module initialises it
 * once and types the few calls the app makes.
 */

/** What `client.get`/`set`/`invoke` answer: values by path, and an `errors` map for paths that failed. */
export type ZafResult = Record<string, unknown> & { errors?: Record<string, { name?: string; message?: string }> };

/** The options of `client.request`, as ZAF documents them. */
export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  contentType?: string;
  data?: string;
  dataType?: 'json';
  cors?: boolean;
}

export interface ZafMetadata {
  appId?: number;
  installationId?: number;
  name?: string;
  version?: string;
  settings: Record<string, unknown>;
}

export interface ZafContext {
  instanceGuid?: string;
  location?: string;
  ticketId?: number;
  account?: { subdomain?: string };
}

/** A `ticket.save` handler: a rejected promise, `false` or a string cancels the save. */
export type SaveHandler = () => Promise<unknown> | boolean | string | undefined;

export interface ZafClient {
  get(paths: string[]): Promise<ZafResult>;
  set(values: Record<string, unknown>): Promise<ZafResult>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request(options: ZafRequestOptions): Promise<unknown>;
  on(event: string, handler: (data?: unknown) => unknown): void;
  off(event: string, handler: (data?: unknown) => unknown): void;
  metadata(): Promise<ZafMetadata>;
  context(): Promise<ZafContext>;
}

interface ZafGlobal {
  init(): ZafClient | false | undefined;
}

let client: ZafClient | null = null;

/** Returns the app's SDK client, initialising it on the first call. Throws when the page has no SDK. */
export function getZafClient(): ZafClient {
  if (client) return client;
  const global = (globalThis as { ZAFClient?: ZafGlobal }).ZAFClient;
  if (!global || typeof global.init !== 'function') {
    throw new Error('the App Framework SDK did not load (window.ZAFClient is missing); open the app inside the helpdesk');
  }
  const created = global.init();
  if (!created) throw new Error('the App Framework SDK could not start: the page was not opened by the helpdesk');
  client = rejectTimeouts(created);
  return client;
}

/** The SDK's answer when the helpdesk did not reply in time: an object with this name, not an Error. */
const isTimeout = (value: unknown): value is { name: string; message?: unknown } =>
  value !== null && typeof value === 'object' && (value as { name?: unknown }).name === 'TimeoutError' && !('errors' in value);

/**
 * A client whose `get`, `set` and `invoke` reject when the helpdesk does not answer in time. The
 * SDK (2.0, lib/client.js: its TimeoutError is not an Error, so `removePromise` returns it) resolves
 * a timed-out call with that object instead, which would read as an answer with every path missing.
 */
export function rejectTimeouts(sdk: ZafClient): ZafClient {
  const check = <T>(what: string, call: Promise<T>): Promise<T> =>
    call.then((value) => {
      if (isTimeout(value)) throw new Error(`${what} timed out: ${typeof value.message === 'string' ? value.message : 'the helpdesk did not answer'}`);
      return value;
    });
  return {
    get: (paths) => check('client.get', sdk.get(paths)),
    set: (values) => check('client.set', sdk.set(values)),
    invoke: (name, ...args) => check(`client.invoke ${name}`, sdk.invoke(name, ...args)),
    request: (options) => sdk.request(options),
    on: (event, handler) => sdk.on(event, handler),
    off: (event, handler) => sdk.off(event, handler),
    metadata: () => sdk.metadata(),
    context: () => sdk.context(),
  };
}

/** Forgets the client, so that a test can start again with another one. */
export function resetZafClient(): void {
  client = null;
}

/** The helpdesk location the app was opened in, e.g. `ticket_sidebar`; null when the helpdesk does not say. */
export async function readLocation(client: ZafClient): Promise<string | null> {
  try {
    return (await client.context()).location ?? null;
  } catch {
    return null;
  }
}
