import { delayFor, isFailing, NO_FAULTS, type Faults } from './faults';
import { COMMENT_TYPES, isTicketProp, type CommentType, type HelpdeskEvent, type HelpdeskStore, type TicketRecord } from './store';
import { toZafTicket, toZafUser } from './zafShapes';

/** Who asks, on which ticket, and which paths are made to fail or wait. */
export type ZafContext = {
  store: HelpdeskStore;
  ticketId: number;
  userId: number;
  faults?: Faults;
  subdomain?: string;
};

/** An error as ZAF reports it in a response's `errors` map; the SDK prefixes the path. */
export type ZafError = { name: string; message: string; path: string };

/** Something the helpdesk page must do besides answering: show a notice, resize the app. */
export type ZafEffect =
  | { type: 'notify'; message: string; kind: string; durationMs?: number }
  | { type: 'resize'; width?: string; height?: string }
  | { type: 'route'; path: string };

export type ZafAnswer = {
  result: Record<string, unknown> & { errors: Record<string, ZafError> };
  events: HelpdeskEvent[];
  effects: ZafEffect[];
  delayMs: number;
};

const CUSTOM_FIELD = /^customField:custom_field_(\d+)$/;

function unknownPath(path: string): ZafError {
  return { name: 'APIUnavailable', message: `Could not find handler for: "${path}"`, path };
}

function failedPath(path: string): ZafError {
  return { name: 'InternalServerError', message: 'failed (simulated by the helpdesk fault setting)', path };
}

class PathError extends Error {
  constructor(readonly zafError: ZafError) {
    super(zafError.message);
  }
}

/** Splits `ticket.customField:custom_field_1.x` into segments, keeping `customField:` whole. */
export function splitPath(path: string): string[] {
  return path.split('.').filter((s) => s.length > 0);
}

function record(ctx: ZafContext, path: string): TicketRecord {
  const rec = ctx.store.record(ctx.ticketId);
  if (!rec) throw new PathError(unknownPath(path));
  return rec;
}

function walk(value: unknown, segments: readonly string[], path: string): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || !(segment in current)) {
      throw new PathError(unknownPath(path));
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Resolves one get path against the store, or throws the ZAF error it answers with. */
export function resolvePath(ctx: ZafContext, path: string): unknown {
  const [root, ...rest] = splitPath(path);
  const { store } = ctx;
  switch (root) {
    case 'ticket': {
      const rec = record(ctx, path);
      const [first, ...more] = rest;
      const field = first?.match(CUSTOM_FIELD);
      if (field) {
        const id = Number(field[1]);
        if (!store.hasCustomField(id) || more.length > 0) throw new PathError(unknownPath(path));
        return store.customFieldValue(ctx.ticketId, id);
      }
      if (first === 'organization' && more[0]?.startsWith('customField:') && more.length === 1) {
        const org = store.organization(rec.ticket.organization_id);
        const key = more[0].slice('customField:'.length);
        const fields = org?.organization_fields ?? {};
        if (!(key in fields)) throw new PathError(unknownPath(path));
        return fields[key] ?? null;
      }
      if ((first === 'organization' && rec.ticket.organization_id != null && !store.hasOrganizations) ||
          (first === 'requester' && rec.ticket.requester_id != null && !store.hasUsers)) {
        throw new PathError({ name: 'InternalServerError', message: `${first} not available in this export`, path });
      }
      return walk(toZafTicket(store, rec), rest, path);
    }
    case 'currentUser': {
      const user = store.user(ctx.userId);
      if (!user) throw new PathError(unknownPath(path));
      return walk(toZafUser(store, user), rest, path);
    }
    case 'comment': {
      const rec = record(ctx, path);
      return walk({ text: rec.draft.text, type: rec.draft.type, attachments: [] }, rest, path);
    }
    case 'colorScheme':
      // ZAF's `colorScheme`: "light" or "dark", the signed-in user's theme.
      if (rest.length > 0) throw new PathError(unknownPath(path));
      return store.colorSchemeOf(ctx.userId);
    case 'currentAccount':
      return walk({ subdomain: ctx.subdomain ?? 'lanes-demo', planName: 'Enterprise', timeZone: { name: 'UTC' } }, rest, path);
    case 'organization': {
      // Only the organization sidebar has a top-level organization.
      throw new PathError(unknownPath(path));
    }
    default:
      throw new PathError(unknownPath(path));
  }
}

function emptyResult(): ZafAnswer['result'] {
  return { errors: {} };
}

/** Answers `client.get([...paths])`: one object with every path's value and an `errors` map. */
export function answerGet(ctx: ZafContext, paths: readonly string[]): ZafAnswer {
  const faults = ctx.faults ?? NO_FAULTS;
  const result = emptyResult();
  for (const path of paths) {
    if (isFailing(faults, path)) {
      result.errors[path] = failedPath(path);
      continue;
    }
    try {
      result[path] = resolvePath(ctx, path);
    } catch (err) {
      if (err instanceof PathError) result.errors[path] = err.zafError;
      else throw err;
    }
  }
  return { result, events: [], effects: [], delayMs: delayFor(faults, paths) };
}

function asTags(values: readonly unknown[]): string[] {
  return values.flat().map(String);
}

function setOne(ctx: ZafContext, path: string, value: unknown): { value: unknown; events: HelpdeskEvent[] } {
  const rec = record(ctx, path);
  const { store } = ctx;
  const [root, ...rest] = splitPath(path);
  const key = rest.join('.');
  if (root === 'ticket') {
    const field = key.match(CUSTOM_FIELD);
    if (field) {
      const id = Number(field[1]);
      if (!store.hasCustomField(id)) throw new PathError(unknownPath(path));
      const events = store.setCustomField(rec, id, value, ctx.userId);
      return { value: store.customFieldValue(ctx.ticketId, id), events };
    }
    if (key === 'tags') {
      const tags = Array.isArray(value) ? asTags(value) : typeof value === 'string' ? [value] : [];
      const events = store.setTags(rec, tags, ctx.userId);
      return { value: rec.ticket.tags ?? [], events };
    }
    if (isTicketProp(key)) {
      const events = store.setProp(rec, key, value == null || value === '' ? null : String(value), ctx.userId);
      return { value: rec.ticket[key] ?? null, events };
    }
  }
  if (root === 'comment' && key === 'text') {
    return { value: rec.draft.text, events: store.setCommentText(rec, String(value ?? '')) };
  }
  if (root === 'comment' && key === 'type') {
    if (!(COMMENT_TYPES as readonly unknown[]).includes(value)) {
      throw new PathError({ name: 'InvalidValue', message: `must be one of ${COMMENT_TYPES.join(', ')}`, path });
    }
    return { value, events: store.setCommentType(rec, value as CommentType) };
  }
  throw new PathError(unknownPath(path));
}

/** Answers `client.set({ path: value })`. */
export function answerSet(ctx: ZafContext, values: Record<string, unknown>): ZafAnswer {
  const faults = ctx.faults ?? NO_FAULTS;
  const result = emptyResult();
  const events: HelpdeskEvent[] = [];
  const paths = Object.keys(values);
  for (const path of paths) {
    if (isFailing(faults, path)) {
      result.errors[path] = failedPath(path);
      continue;
    }
    try {
      const done = setOne(ctx, path, values[path]);
      result[path] = done.value;
      events.push(...done.events);
    } catch (err) {
      if (err instanceof PathError) result.errors[path] = err.zafError;
      else throw err;
    }
  }
  return { result, events, effects: [], delayMs: delayFor(faults, paths) };
}

function invokeOne(ctx: ZafContext, name: string, args: readonly unknown[]): { events: HelpdeskEvent[]; effects: ZafEffect[] } {
  const { store } = ctx;
  switch (name) {
    case 'comment.appendText':
    case 'comment.appendMarkdown':
    case 'comment.appendHtml': {
      const rec = record(ctx, name);
      const raw = String(args[0] ?? '');
      const text = name === 'comment.appendHtml' ? raw.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '') : raw;
      return { events: store.setCommentText(rec, rec.draft.text + text), effects: [] };
    }
    case 'ticket.tags.add':
      return { events: store.addTags(record(ctx, name), asTags(args), ctx.userId), effects: [] };
    case 'ticket.tags.remove':
      return { events: store.removeTags(record(ctx, name), asTags(args), ctx.userId), effects: [] };
    case 'notify': {
      const [message, kind, options] = args;
      const durationMs = typeof options === 'number' ? options : (options as { sticky?: boolean } | undefined)?.sticky ? 0 : 5000;
      return { events: [], effects: [{ type: 'notify', message: String(message ?? ''), kind: typeof kind === 'string' ? kind : 'notice', durationMs }] };
    }
    case 'resize': {
      const size = (args[0] ?? {}) as { width?: unknown; height?: unknown };
      const effect: ZafEffect = { type: 'resize' };
      if (size.width != null) effect.width = String(size.width);
      if (size.height != null) effect.height = String(size.height);
      return { events: [], effects: [effect] };
    }
    case 'routeTo': {
      // ZAF's routeTo: `client.invoke('routeTo', 'ticket', id)` opens a ticket; other targets are not part of this helpdesk.
      const [target, id] = args;
      if (target !== 'ticket' || !store.record(Number(id))) throw new PathError({ name: 'InvalidValue', message: `routeTo cannot open ${String(target)} ${String(id ?? '')}`, path: name });
      return { events: [], effects: [{ type: 'route', path: `/tickets/${Number(id)}` }] };
    }
    default:
      throw new PathError(unknownPath(name));
  }
}

/** Answers `client.invoke({ name: [args] })`. */
export function answerInvoke(ctx: ZafContext, calls: Record<string, unknown>): ZafAnswer {
  const faults = ctx.faults ?? NO_FAULTS;
  const result = emptyResult();
  const events: HelpdeskEvent[] = [];
  const effects: ZafEffect[] = [];
  const names = Object.keys(calls);
  for (const name of names) {
    if (isFailing(faults, name)) {
      result.errors[name] = failedPath(name);
      continue;
    }
    const raw = calls[name];
    const args = Array.isArray(raw) ? raw : [raw];
    try {
      const done = invokeOne(ctx, name, args);
      result[name] = null;
      events.push(...done.events);
      effects.push(...done.effects);
    } catch (err) {
      if (err instanceof PathError) result.errors[name] = err.zafError;
      else throw err;
    }
  }
  return { result, events, effects, delayMs: delayFor(faults, names) };
}

/** Dispatches one `get`/`set`/`invoke` message of the SDK. */
export function answerZafRequest(ctx: ZafContext, request: string, params: unknown): ZafAnswer {
  if (request === 'get') return answerGet(ctx, Array.isArray(params) ? params.map(String) : []);
  if (request === 'set') return answerSet(ctx, (params ?? {}) as Record<string, unknown>);
  if (request === 'invoke') return answerInvoke(ctx, (params ?? {}) as Record<string, unknown>);
  return { result: { errors: { [request]: unknownPath(request) } }, events: [], effects: [], delayMs: 0 };
}

