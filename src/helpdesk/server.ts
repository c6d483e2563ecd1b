import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { navBarPage, publicSettings, readManifest } from './appPackage';
import { loadBundle, loadSettings, parseBundle, type AppSettings, type ExportBundle } from './bundle';
import { faultsFromJson, isRequestFailing, mergeFaults, NO_FAULTS, requestDelay, type Faults } from './faults';
import { renderListPage, renderNavBarPage, renderTicketPage, REVIEW_PATH } from './pages';
import { answerApiRequest, EXPORT_RATE_LIMIT, RateLimiter, type RequestOptions } from './restApi';
import { buildSdkScript, rewriteSdkUrls, SDK_PATH } from './sdkBundle';
import { ACCOUNT_LOCALES, COMMENT_TYPES, HelpdeskStore, type AgentChange, type HelpdeskEvent } from './store';
import { answerZafRequest } from './zafHost';
import { buildTicketView } from './ticketView';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository this file belongs to. */
export const REPO_ROOT = resolve(here, '..', '..');
export const DEFAULT_BUNDLE = resolve(REPO_ROOT, '..', 'shared', 'acceptance', 'bundle.json');
export const DEFAULT_SETTINGS = resolve(REPO_ROOT, '..', 'shared', 'acceptance', 'settings.json');
export const DEFAULT_APP_DIR = join(REPO_ROOT, 'dist');
export const DEFAULT_APP_PAGE = 'assets/iframe.html';
export const PROBE_DIR = join(here, 'probe');
const PAGE_DIR = join(here, 'page');

export type HelpdeskOptions = {
  /** Export bundle: a path or the parsed object; default ../shared/acceptance/bundle.json. */
  bundle?: string | ExportBundle;
  /** Installation settings: a path or the object; default ../shared/acceptance/settings.json. */
  settings?: string | AppSettings;
  /** Setting names never sent to the app, besides the manifest's secure parameters. */
  secureSettings?: string[];
  /** Folder served on the app origin; default dist/. */
  appDir?: string;
  /** The app page inside appDir that the sidebar iframe loads; default assets/iframe.html. */
  appPage?: string;
  /** Port of the helpdesk page (0 or absent: a free port). */
  port?: number;
  /** Port of the app origin (0 or absent: a free port). */
  appPort?: number;
  /** Faults applied to every page, on top of those on the page URL. */
  faults?: Faults;
  /** How long Submit waits for the app's ticket.save handlers; default 30 s, as in Zendesk. */
  hookTimeoutMs?: number;
  /** The signed-in user when the page URL names none; default 8. */
  defaultUserId?: number;
  /** Logs nothing (tests fail on any console call). */
  quiet?: boolean;
  /** The composer's rich-text editor (default on, as in Zendesk's Agent Workspace): `comment.text` is HTML. */
  richText?: boolean;
  /** Requests the incremental exports allow per window (Zendesk: 10 a minute); default that. */
  exportRateLimit?: { requests: number; windowMs: number };
};

/** One `client.request` the app made, with its options exactly as the app passed them. */
export type RecordedRequest = {
  seq: number;
  at: string;
  ticketId: number;
  userId: number;
  options: RequestOptions;
  status: number;
};

export type Helpdesk = {
  /** The helpdesk page's origin, e.g. http://127.0.0.1:43121. */
  url: string;
  /** The app's origin, another port. */
  appOrigin: string;
  appGuid: string;
  store: HelpdeskStore;
  /** The ticket page's URL, with who is signed in and any faults. */
  ticketUrl(id: number, options?: { user?: number; fail?: string; slow?: string }): string;
  /** The nav bar page ("Escalation review"), with who is signed in and any faults. */
  reviewUrl(options?: { user?: number; fail?: string; slow?: string }): string;
  requests(): RecordedRequest[];
  clearRequests(): void;
  setFaults(faults: Faults): void;
  /** Forgets all changes, recorded requests and faults. */
  reset(): void;
  close(): Promise<void>;
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body), 'application/json; charset=utf-8');
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : {};
}

/** Serves a file below root, refusing any path that climbs out of it. */
async function serveFile(res: ServerResponse, root: string, urlPath: string, transformHtml?: (html: string) => string): Promise<boolean> {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const file = resolve(root, rel);
  if (file !== root && !file.startsWith(root + sep)) return false;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;
  const type = MIME[extname(file)] ?? 'application/octet-stream';
  if (type.startsWith('text/html') && transformHtml) send(res, 200, transformHtml(await readFile(file, 'utf8')), type);
  else send(res, 200, await readFile(file), type);
  return true;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok((server.address() as AddressInfo).port));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, ms));
}

/** Starts the helpdesk page server and the app origin server. */
export async function startHelpdesk(options: HelpdeskOptions = {}): Promise<Helpdesk> {
  const bundle =
    typeof options.bundle === 'object' ? parseBundle(options.bundle) : await loadBundle(options.bundle ?? DEFAULT_BUNDLE);
  const rawSettings =
    typeof options.settings === 'object' ? options.settings : await loadSettings(options.settings ?? DEFAULT_SETTINGS);
  const appDir = resolve(options.appDir ?? DEFAULT_APP_DIR);
  const appPage = (options.appPage ?? DEFAULT_APP_PAGE).replace(/^\/+/, '');
  if (!existsSync(join(appDir, appPage))) {
    throw new Error(`No app page at ${join(appDir, appPage)}: build the app (npx vite build) or pass another appDir/appPage`);
  }
  const manifest = readManifest(appDir);
  const navBarAppPage = navBarPage(appDir);
  const settings = { ...manifest.defaults, ...rawSettings };
  const secureKeys = [...manifest.secureParameters, ...(options.secureSettings ?? [])];
  const store = new HelpdeskStore(bundle, settings);
  store.richText = options.richText ?? true;
  const exportLimiter = new RateLimiter(options.exportRateLimit ?? EXPORT_RATE_LIMIT);
  const sdkScript = await buildSdkScript(REPO_ROOT);
  const appGuid = randomUUID();
  const defaultUserId = options.defaultUserId ?? 8;
  const hookTimeoutMs = options.hookTimeoutMs ?? 30_000;
  let globalFaults: Faults = options.faults ?? NO_FAULTS;
  let requests: RecordedRequest[] = [];
  let seq = 0;
  const log = (line: string): void => {
    if (!options.quiet) process.stdout.write(`${line}\n`);
  };

  const appServer = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://app.invalid');
      if (url.pathname === SDK_PATH) return send(res, 200, sdkScript, MIME['.js']);
      if (url.pathname === '/favicon.ico') return send(res, 204, '');
      if (url.pathname === '/' || url.pathname === '') {
        res.writeHead(302, { location: `/${appPage}${url.search}` });
        return res.end();
      }
      if (await serveFile(res, appDir, url.pathname, rewriteSdkUrls)) return;
      send(res, 404, 'Not found');
    })().catch((err: unknown) => send(res, 500, String(err)));
  });

  const pageServer = createServer((req, res) => {
    void handlePage(req, res).catch((err: unknown) => {
      log(`helpdesk: ${String(err)}`);
      sendJson(res, 500, { error: String(err) });
    });
  });

  function faultsOf(body: { faults?: unknown }): Faults {
    return mergeFaults(globalFaults, faultsFromJson(body.faults));
  }

  async function handlePage(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://helpdesk.invalid');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const userId = Number(url.searchParams.get('user') ?? defaultUserId);
    let m: RegExpMatchArray | null;

    if (path === '/favicon.ico') return send(res, 204, '');
    if (method === 'GET' && path === '/') return send(res, 200, renderListPage(store, userId), MIME['.html']);
    if (method === 'GET' && (m = path.match(/^\/tickets\/(\d+)$/))) {
      const id = Number(m[1]);
      const opened = store.record(id);
      if (!opened) return send(res, 404, renderListPage(store, userId, `No ticket #${id}`), MIME['.html']);
      // Opening the ticket anew starts a fresh form: what was left unsaved is gone, as in Zendesk.
      store.resetForm(opened);
      return send(res, 200, renderTicketPage(store, { ticketId: id, userId, colorScheme: store.colorSchemeOf(userId), appPort: appPortNumber, appPage, appGuid, hookTimeoutMs }), MIME['.html']);
    }
    if (method === 'GET' && path === REVIEW_PATH) {
      return send(res, 200, renderNavBarPage(store, { userId, colorScheme: store.colorSchemeOf(userId), appPort: appPortNumber, appPage: navBarAppPage, appGuid }), MIME['.html']);
    }
    if (method === 'GET' && path.startsWith('/static/')) {
      if (await serveFile(res, PAGE_DIR, path.slice('/static/'.length))) return;
      return send(res, 404, 'Not found');
    }
    if (!path.startsWith('/__helpdesk/')) return send(res, 404, 'Not found');
    const route = path.slice('/__helpdesk/'.length);

    if (method === 'GET' && route === 'state') {
      return sendJson(res, 200, {
        tickets: store.tickets().map((r) => ({ id: r.ticket.id, subject: r.ticket.subject, lane: store.laneOf(r.ticket.id), tags: r.ticket.tags ?? [], comments: r.comments })),
      });
    }
    if (method === 'GET' && route === 'session') {
      const ticketId = Number(url.searchParams.get('ticket'));
      const context = url.searchParams.get('location') === 'nav_bar'
        ? { instanceGuid: appGuid, product: 'support', account: { subdomain: 'lanes-demo' }, location: 'nav_bar' }
        : { instanceGuid: appGuid, product: 'support', account: { subdomain: 'lanes-demo' }, location: 'ticket_sidebar', ticketId };
      return sendJson(res, 200, {
        metadata: { appId: 1, installationId: 1, name: manifest.name, version: manifest.version, settings: publicSettings(settings, secureKeys) },
        context,
      });
    }
    if ((m = route.match(/^tickets\/(\d+)\/view$/)) && method === 'GET') {
      const view = buildTicketView(store, Number(m[1]), userId);
      return view ? sendJson(res, 200, view) : sendJson(res, 404, { error: 'no such ticket' });
    }
    if ((m = route.match(/^tickets\/(\d+)\/change$/)) && method === 'POST') {
      const ticketId = Number(m[1]);
      const body = (await readJson(req)) as { userId?: number; change?: AgentChange };
      const record = store.record(ticketId);
      const change = body.change;
      if (!record || !change || (change.kind === 'commentType' && !COMMENT_TYPES.includes(change.value))) {
        return sendJson(res, 400, { error: 'bad change' });
      }
      const events = store.applyAgentChange(record, change, body.userId ?? defaultUserId);
      return sendJson(res, 200, { events, view: buildTicketView(store, ticketId, body.userId ?? defaultUserId) });
    }
    if ((m = route.match(/^tickets\/(\d+)\/submit$/)) && method === 'POST') {
      const ticketId = Number(m[1]);
      const body = (await readJson(req)) as { userId?: number };
      const record = store.record(ticketId);
      if (!record) return sendJson(res, 404, { error: 'no such ticket' });
      const done = store.submit(record, body.userId ?? defaultUserId);
      return sendJson(res, 200, { events: done.events, comment: done.comment ?? null, view: buildTicketView(store, ticketId, body.userId ?? defaultUserId) });
    }
    if (route === 'zaf' && method === 'POST') {
      const body = (await readJson(req)) as { ticketId: number; userId: number; request: string; params: unknown; faults?: unknown };
      const answer = answerZafRequest(
        { store, ticketId: Number(body.ticketId), userId: Number(body.userId), faults: faultsOf(body) },
        String(body.request),
        body.params,
      );
      if (answer.delayMs > 0) await sleep(answer.delayMs);
      const changed = answer.events.length > 0 || answer.effects.some((e) => e.type === 'fields');
      return sendJson(res, 200, { ...answer, view: changed ? buildTicketView(store, Number(body.ticketId), Number(body.userId)) : null });
    }
    if (route === 'api' && method === 'POST') {
      const body = (await readJson(req)) as { ticketId: number; userId: number; options: RequestOptions; faults?: unknown };
      const options = (body.options ?? {}) as RequestOptions;
      const faults = faultsOf(body);
      const delay = requestDelay(faults, String(options.url ?? ''));
      if (delay > 0) await sleep(delay);
      const answer = isRequestFailing(faults, String(options.url ?? ''))
        ? { status: 500, body: { error: 'InternalServerError', description: 'failed (simulated by the helpdesk fault setting)' }, events: [] as HelpdeskEvent[] }
        : answerApiRequest(store, options, { actorId: Number(body.userId), exportLimiter });
      requests.push({ seq: ++seq, at: new Date().toISOString(), ticketId: Number(body.ticketId), userId: Number(body.userId), options, status: answer.status });
      const changed = answer.events.length > 0;
      return sendJson(res, 200, { ...answer, view: changed ? buildTicketView(store, Number(body.ticketId), Number(body.userId)) : null });
    }
    if (route === 'requests') {
      if (method === 'DELETE') {
        requests = [];
        return sendJson(res, 200, { ok: true });
      }
      return sendJson(res, 200, requests);
    }
    if (route === 'faults') {
      if (method === 'POST') globalFaults = faultsFromJson(await readJson(req));
      if (method === 'DELETE') globalFaults = NO_FAULTS;
      return sendJson(res, 200, globalFaults);
    }
    if ((m = route.match(/^users\/(\d+)\/preferences$/)) && method === 'POST') {
      // The signed-in user's profile: language and theme. A theme change reaches open apps as ZAF's `colorScheme.changed`.
      const id = Number(m[1]);
      if (!store.user(id)) return sendJson(res, 404, { error: 'no such user' });
      const body = (await readJson(req)) as { locale?: unknown; colorScheme?: unknown };
      const events: HelpdeskEvent[] = [];
      if (typeof body.locale === 'string' && ACCOUNT_LOCALES.some((l) => l.locale === body.locale)) store.setLocale(id, body.locale);
      if (body.colorScheme === 'light' || body.colorScheme === 'dark') {
        store.setColorScheme(id, body.colorScheme);
        events.push({ name: 'colorScheme.changed', data: body.colorScheme });
      }
      return sendJson(res, 200, { locale: store.localeOf(id), colorScheme: store.colorSchemeOf(id), events });
    }
    if (route === 'reset' && method === 'POST') {
      resetAll();
      return sendJson(res, 200, { ok: true });
    }
    return sendJson(res, 404, { error: `Not found: ${method} ${path}` });
  }

  function resetAll(): void {
    store.reset();
    exportLimiter.reset();
    requests = [];
    globalFaults = options.faults ?? NO_FAULTS;
  }

  const appPortNumber = await listen(appServer, options.appPort ?? 0);
  let pagePort: number;
  try {
    pagePort = await listen(pageServer, options.port ?? 0);
  } catch (err) {
    appServer.close();
    throw err;
  }
  const url = `http://127.0.0.1:${pagePort}`;
  const appOrigin = `http://127.0.0.1:${appPortNumber}`;

  return {
    url,
    appOrigin,
    appGuid,
    store,
    ticketUrl(id, o = {}) {
      const q = new URLSearchParams();
      if (o.user !== undefined) q.set('user', String(o.user));
      if (o.fail) q.set('fail', o.fail);
      if (o.slow) q.set('slow', o.slow);
      const qs = q.toString();
      return `${url}/tickets/${id}${qs ? `?${qs}` : ''}`;
    },
    reviewUrl(o = {}) {
      const q = new URLSearchParams();
      if (o.user !== undefined) q.set('user', String(o.user));
      if (o.fail) q.set('fail', o.fail);
      if (o.slow) q.set('slow', o.slow);
      const qs = q.toString();
      return `${url}${REVIEW_PATH}${qs ? `?${qs}` : ''}`;
    },
    requests: () => structuredClone(requests),
    clearRequests: () => {
      requests = [];
    },
    setFaults: (faults) => {
      globalFaults = faults;
    },
    reset: resetAll,
    close: async () => {
      pageServer.closeAllConnections();
      appServer.closeAllConnections();
      await Promise.all([
        new Promise<void>((ok) => pageServer.close(() => ok())),
        new Promise<void>((ok) => appServer.close(() => ok())),
      ]);
    },
  };
}

