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
  | { type: 'route'; path: string }
  /** The form's visible fields changed: the page shows the ticket again. */
  | { type: 'fields' };

export type ZafAnswer = {
  result: Record<string, unknown> & { errors: Record<string, ZafError> };
  events: HelpdeskEvent[];
  effects: ZafEffect[];
  delayMs: number;
};

const CUSTOM_FIELD = /^customField:custom_field_(\d+)$/;
const TICKET_FIELD_ACTION = /^ticketFields:([\w]+)\.(hide|show)$/;
/** Ticket fields an app may hide or show besides custom fields (Apps Support API, "ticketFields"). */
const SYSTEM_FIELDS = ['assignee', 'brand', 'collaborator', 'priority', 'problem', 'requester', 'sharedWith', 'status', 'tags', 'type', 'ticket_form_id', 'dueDate'];

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
        // A field that is not on the ticket's form has no handler (Apps Support API, Ticket
        // sidebar: "ticket.customField:fieldName" reads a field of the form).
        if (!store.isOnForm(ctx.ticketId, id) || more.length > 0) throw new PathError(unknownPath(path));
        return store.formFieldValue(ctx.ticketId, id);
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
      // With the rich-text editor on, `comment.text` is the composer's HTML (Apps Support API, "comment.text").
      return walk({ text: store.richText ? textToHtml(rec.draft.text) : rec.draft.text, type: rec.draft.type, useRichText: store.richText, attachments: [] }, rest, path);
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
    default: {
      // requirements.json: `requirement:<identifier>` answers what the installation created
      // (Zendesk's apps requirements guide, "Retrieving a requirement's id").
      const requirement = path.match(/^requirement:([\w-]+)$/);
      const id = requirement ? store.requirementFields[requirement[1] ?? ''] : undefined;
      if (id !== undefined) return { requirement_id: id, requirement_type: 'ticket_fields', requirement_identifier: requirement?.[1] };
      throw new PathError(unknownPath(path));
    }
  }
}

/** The composer's plain text as the rich-text editor holds it: escaped, a paragraph per line. */
export function textToHtml(text: string): string {
  if (text === '') return '';
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return text.split('\n').map((line) => `<p>${line === '' ? '<br>' : escape(line)}</p>`).join('');
}

/** HTML put in the composer, as the text an agent sees. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>\s*<\/p>/gi, '</p>')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
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
    // `client.set` edits the agent's form; the ticket is saved only when the agent submits it
    // (Apps Support API, Ticket sidebar: "set" changes the ticket in the editor).
    if (field) {
      const id = Number(field[1]);
      if (!store.isOnForm(ctx.ticketId, id)) throw new PathError(unknownPath(path));
      const events = store.stageCustomField(rec, id, value);
      return { value: store.formFieldValue(ctx.ticketId, id), events };
    }
    if (key === 'tags') {
      const tags = Array.isArray(value) ? asTags(value) : typeof value === 'string' ? [value] : [];
      const events = store.stageTags(rec, tags);
      return { value: store.formTags(rec), events };
    }
    if (isTicketProp(key)) {
      const events = store.stageProp(rec, key, value == null || value === '' ? null : String(value));
      return { value: store.formProp(rec, key), events };
    }
  }
  if (root === 'comment' && key === 'text') {
    const text = store.richText ? htmlToText(String(value ?? '')) : String(value ?? '');
    return { value: store.richText ? textToHtml(text) : text, events: store.setCommentText(rec, text) };
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
      // Without the rich-text editor there is no HTML to append (Apps Support API, "comment.appendHtml").
      if (name === 'comment.appendHtml' && !store.richText) throw new PathError({ name: 'InvalidAction', message: 'comment.appendHtml needs the rich-text editor', path: name });
      const text = name === 'comment.appendHtml' ? htmlToText(raw) : raw;
      return { events: store.setCommentText(rec, rec.draft.text + text), effects: [] };
    }
    // Tag actions edit the form too, until Submit (Apps Support API, "ticket.tags.add").
    case 'ticket.tags.add':
      return { events: store.stageTagsAdd(record(ctx, name), asTags(args)), effects: [] };
    case 'ticket.tags.remove':
      return { events: store.stageTagsRemove(record(ctx, name), asTags(args)), effects: [] };
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
    default: {
      // `ticketFields:<name>.hide|show` (Apps Support API, Ticket sidebar "ticketFields"): a
      // custom field by `custom_field_<id>` when it is on the form, or a system field.
      const action = name.match(TICKET_FIELD_ACTION);
      if (action) {
        const rec = record(ctx, name);
        const field = action[1] ?? '';
        const custom = field.match(/^custom_field_(\d+)$/);
        if (custom ? !store.isOnForm(ctx.ticketId, Number(custom[1])) : !SYSTEM_FIELDS.includes(field)) throw new PathError(unknownPath(name));
        if (action[2] === 'hide') rec.form.hiddenFields.add(field);
        else rec.form.hiddenFields.delete(field);
        return { events: [], effects: [{ type: 'fields' }] };
      }
      throw new PathError(unknownPath(name));
    }
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

