import { readFileSync } from 'node:fs';
import { parseBundle, type AppSettings } from '../../src/helpdesk/bundle';
import { parseFaults } from '../../src/helpdesk/faults';
import { answerApiRequest } from '../../src/helpdesk/restApi';
import { HelpdeskStore, type HelpdeskEvent } from '../../src/helpdesk/store';
import { answerZafRequest } from '../../src/helpdesk/zafHost';
import { rejectTimeouts, type ZafClient, type ZafRequestOptions } from '../../src/host/zafClient';
import { readShared, SHARED } from '../support/shared';

export const DEMO_SETTINGS = readShared<AppSettings>('acceptance/settings.json');
const DEMO_BUNDLE = parseBundle(JSON.parse(readFileSync(`${SHARED}/acceptance/bundle.json`, 'utf8')));

export const USERS = { jordan: 7, casey: 8, alex: 9 } as const;

export interface TestClientOptions {
  ticketId: number;
  user?: number;
  settings?: AppSettings;
  /** Paths made to fail, as the helpdesk's `fail=` setting. */
  fail?: string;
  store?: HelpdeskStore;
  /**
   * Holds a call until the promise it returns settles: a slow helpdesk. A `get` it answers with
   * `'timeout'` resolves as the SDK resolves a call that timed out, with a TimeoutError object.
   */
  hold?: (kind: 'get' | 'set' | 'invoke' | 'request', detail: unknown) => Promise<void | 'timeout'> | undefined;
}

/**
 * A ZAF client answered in-process by the local helpdesk's own handlers, so that host and UI
 * tests see the same shapes as the browser tests, without a browser.
 */
export function createTestClient(options: TestClientOptions) {
  const store = options.store ?? new HelpdeskStore(DEMO_BUNDLE, DEMO_SETTINGS, () => new Date('2026-11-26T12:00:00Z'));
  const userId = options.user ?? USERS.casey;
  const faults = parseFaults(options.fail ?? '', '');
  const handlers = new Map<string, Set<(data?: unknown) => unknown>>();
  const calls: { kind: 'get' | 'set' | 'invoke' | 'request'; detail: unknown }[] = [];
  const ctx = () => ({ store, ticketId: options.ticketId, userId, faults });

  const emit = (events: HelpdeskEvent[]) => {
    for (const e of events) for (const h of handlers.get(e.name) ?? []) h(e.data);
  };
  const answer = async (request: 'get' | 'set' | 'invoke', params: unknown) => {
    calls.push({ kind: request, detail: params });
    await Promise.resolve();
    if ((await options.hold?.(request, params)) === 'timeout') {
      return { name: 'TimeoutError', message: `Timeout when invoking "${request}"` } as unknown as ReturnType<typeof answerZafRequest>['result'];
    }
    const a = answerZafRequest(ctx(), request, params);
    queueMicrotask(() => emit(a.events));
    return a.result;
  };

  const sdk: ZafClient = {
    get: (paths) => answer('get', paths),
    set: (values) => answer('set', values),
    invoke: async (name, ...args) => {
      const result = await answer('invoke', { [name]: args });
      if (!result.errors) return result;
      const error = result.errors[name];
      if (error) throw new Error(error.message);
      return result[name];
    },
    request: async (o: ZafRequestOptions) => {
      calls.push({ kind: 'request', detail: o });
      await Promise.resolve();
      await options.hold?.('request', o);
      const failing = faults.fail.some((k) => k === 'request' || (k.startsWith('/') && o.url.startsWith(k)));
      if (failing) throw { status: 500, statusText: 'Internal Server Error', responseText: '' };
      const a = answerApiRequest(store, { ...o }, userId);
      queueMicrotask(() => emit(a.events));
      if (a.status >= 400) throw { status: a.status, statusText: 'error', responseText: JSON.stringify(a.body) };
      return a.body;
    },
    on: (event, handler) => {
      const set = handlers.get(event) ?? new Set();
      set.add(handler);
      handlers.set(event, set);
    },
    off: (event, handler) => void handlers.get(event)?.delete(handler),
    metadata: async () => ({ settings: options.settings ?? DEMO_SETTINGS }),
    context: async () => ({ location: 'ticket_sidebar', ticketId: options.ticketId }),
  };

  // As the app's own client is: the SDK with its timed-out calls made to reject.
  const client = rejectTimeouts(sdk);
  return {
    client,
    store,
    calls,
    record: () => store.record(options.ticketId)!,
    /** Runs the `ticket.save` handlers as Submit does; resolves to the refusal message, or null. */
    async save(): Promise<string | null> {
      for (const h of handlers.get('ticket.save') ?? []) {
        try {
          const r = await h();
          if (r === false) return 'cancelled';
          if (typeof r === 'string') return r;
        } catch (e) {
          return e instanceof Error ? e.message : String(e);
        }
      }
      return null;
    },
    /** Applies an agent's edit on the ticket page and sends its events to the app. */
    change(change: Parameters<HelpdeskStore['applyAgentChange']>[1]) {
      emit(store.applyAgentChange(store.record(options.ticketId)!, change, userId));
    },
    handlerCount: (event: string) => handlers.get(event)?.size ?? 0,
  };
}
