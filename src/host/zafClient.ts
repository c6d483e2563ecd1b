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
  client = created;
  return client;
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
