import { LANE_PERMISSIONS } from '../policy/permissions';
import { renderPacketText } from '../policy/renderPacketText';
import { failClosed, scoreWithSettings } from '../policy/scoreTicket';
import { describeIssues, parseSettings, type FieldMap, type Mode, type SettingsResult } from '../policy/settings';
import { OUTCOMES, RATINGS, readRecord, type Outcome, type PacketRating } from '../policy/records';
import type { Decision, Lane, TicketInput } from '../policy/types';
import { appendToComposer } from './appendToComposer';
import { switchToInternalNote } from './switchToInternalNote';
import { parseLaneValue, tagsFor } from './laneTags';
import { hideDraftField } from './hideDraftField';
import { readLaneHistory, type LaneHistory } from './readLaneHistory';
import { readOverride, LATE_NOTE_TITLE, type IgnoredChange, type Override, type OverrideReading } from './readOverride';
import { readRequirementIds } from './readRequirementIds';
import { customFieldPath, describeFailure, readTicket, type AgentUser, type TicketRead } from './readTicket';
import { registerSaveHook, type SaveGuard, type SaveMessages } from './registerSaveHook';
import { sendLock, type SendLock } from './sendLock';
import { updateTicket } from './updateTicket';
import { writeLane } from './writeLane';
import { writeOverride } from './writeOverride';
import type { ZafClient } from './zafClient';

/** Something the agent should be told after an action, by translation key. */
export interface Notice {
  kind: 'success' | 'error';
  key: 'sent' | 'inserted' | 'noteAdded' | 'noteFailed' | 'overridden' | 'lockedNow' | 'actionFailed' | 'notLead' | 'recorded';
  detail?: string;
}

export interface ReadyView {
  phase: 'ready';
  /** The computed decision (a fail-closed one when the ticket could not be evaluated). */
  decision: Decision;
  /** Why the ticket could not be evaluated or read in full; the lane is then 3 and everything locked. */
  failure: string | null;
  /** The lane in force: a lead's override, unless the computed lane rose above it since. */
  lane: Lane;
  /** A lead's override, as the ticket's audits record it. */
  override: Override | null;
  /** A change of the lane by someone who is not a team lead, which the app ignored. */
  ignoredChange: IgnoredChange | null;
  mode: Mode;
  user: AgentUser | null;
  isLead: boolean;
  /** The AI draft, only when the lane lets it be shown: a withheld draft never reaches the page. */
  draft: string | null;
  lock: SendLock;
  lateEscalation: { from: Lane; to: Lane } | null;
  sent: boolean;
  locale: string;
  /** When each comment was written, by comment id, so evidence can name "the customer's message of 24 Nov". */
  commentDates: Record<string, string | null>;
  packetText: string;
  busy: boolean;
  notice: Notice | null;
  /** What a person has recorded on this ticket about the escalation and its packet. */
  record: { outcome: Outcome | null; packetRating: PacketRating | null };
  /** First evaluation: host round trips, ms from registration to the view, and ms from the last answer to the view. */
  stats: { roundTrips: number; readyMs: number; scoreMs: number };
}

export type LaneView = { phase: 'loading'; locale: string } | ReadyView;

export type SessionMessages = SaveMessages;

export interface SessionOptions {
  /** The save hook's messages in the agent's language. */
  messages: (locale: string) => SessionMessages;
  /** Milliseconds to wait for more change events before scoring again. */
  debounceMs?: number;
  now?: () => number;
}

/** Events after which the ticket is scored again. Field events are added from the field map. */
const BASE_EVENTS = [
  'ticket.updated',
  'ticket.submit.done',
  'ticket.tags.changed',
  'ticket.priority.changed',
  'ticket.type.changed',
  'ticket.subject.changed',
  'ticket.requester.id.changed',
  'ticket.organization.changed',
  'ticket.conversation.changed',
  'ticket.comments.changed',
] as const;

/** Whether the signed-in agent is a team lead: an admin, or a member of a lead group by Zendesk's memberships. */
const isLeadUser = (user: AgentUser | null, history: LaneHistory | null): boolean =>
  user !== null && history !== null && (user.role === 'admin' || history.leadIds.has(user.id));

/** The AI draft field's id from settings that did not parse in full, so the save hook can still look for the draft. */
function draftFieldOf(raw: unknown): number | null {
  try {
    const text = (raw as { field_map?: unknown } | null)?.field_map;
    const map: unknown = typeof text === 'string' ? JSON.parse(text) : text;
    const id = (map as { ticket?: { ai_draft?: unknown } } | null)?.ticket?.ai_draft;
    return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

/**
 * The sidebar's logic, apart from its presentation: reads and scores the ticket, writes the
 * lane, guards the save, watches for changes, and performs the agent's actions. The UI
 * subscribes to its view; the view changes only through this session.
 */
export function createLaneSession(client: ZafClient, options: SessionOptions) {
  const now = options.now ?? (() => Date.now());
  const tick = () => performance.now();
  const listeners = new Set<() => void>();
  let view: LaneView = { phase: 'loading', locale: 'en' };
  let settings: SettingsResult | null = null;
  let rawSettings: unknown = null;
  let ticketId = '';
  let input: TicketInput | null = null;
  let saved: TicketRead['saved'] = { available: false, reason: 'not read yet' };
  /** The late escalation recorded in this session over an override, by the override's time, so it is written once. */
  let lateRecordedFor: string | null = null;
  let lastLane: Lane | null = null;
  let late: { from: Lane; to: Lane } | null = null;
  let sentHere = false;
  /** The packet as the sidebar shows it (in the account's language): the text an agent could copy. */
  let shownPacket: string | null = null;
  let startedAt = 0;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cleanups: (() => void)[] = [];
  let finishFirst: () => void = () => {};
  const firstEvaluation = new Promise<void>((resolve) => (finishFirst = resolve));

  const publish = (next: LaneView) => {
    view = next;
    for (const l of listeners) l();
  };
  const patch = (p: Partial<ReadyView>) => {
    if (view.phase === 'ready') publish({ ...view, ...p });
  };

  const fieldMap = (): FieldMap | null => (settings?.ok ? settings.settings.fieldMap : null);

  async function evaluate(): Promise<void> {
    const map = fieldMap();
    let decision: Decision;
    let user: AgentUser | null = null;
    let roundTrips = 0;
    let readAt: number;
    let history: LaneHistory | null = null;
    let historyFailure: string | null = null;
    if (!settings || !settings.ok) {
      const cause = settings ? `the app's settings are invalid: ${describeIssues(settings.issues)}` : 'the settings could not be read';
      let labelId = ticketId;
      try {
        roundTrips = 1;
        const r = await client.get(['ticket.id', 'currentUser']);
        labelId = r['ticket.id'] == null ? labelId : String(r['ticket.id']);
        const u = r['currentUser'] as { id?: unknown; name?: unknown; role?: unknown; locale?: unknown } | undefined;
        if (u && u.id != null) user = { id: String(u.id), name: String(u.name ?? ''), role: String(u.role ?? 'agent'), locale: String(u.locale ?? 'en'), timeZone: null, groupIds: [] };
      } catch {
        // The cause shown is the settings; the ticket id is only a label.
      }
      readAt = tick();
      decision = failClosed(labelId, cause);
      input = null;
      saved = { available: false, reason: cause };
    } else {
      // The audits are read beside the ticket: who may override is Zendesk's record, not the ticket's fields.
      const [read, lanes] = await Promise.all([readTicket(client, settings.settings.fieldMap, ticketId), readLaneHistory(client, ticketId, settings.settings.fieldMap)]);
      readAt = tick();
      roundTrips = read.roundTrips;
      input = read.input;
      saved = read.saved;
      history = lanes.available ? lanes.value : null;
      historyFailure = lanes.available ? null : lanes.reason;
      user = read.user.available ? read.user.value : null;
      decision = scoreWithSettings(read.input, settings, now());
    }
    const reading: OverrideReading | null = history && map ? readOverride(history, map) : null;
    const readFailures = [...(input?.failures ?? []).map((f) => `${f.source} (${f.reason})`), ...(historyFailure ? [historyFailure] : [])];
    const readFailure = input && readFailures.length > 0 ? `the helpdesk could not be read: ${readFailures.join('; ')}` : null;
    const failure = decision.failure ?? readFailure;

    // An override holds while its evidence stands: a computed lane above both the lane computed
    // when it was made and the override's own lane is in force, and is a late escalation.
    const made = reading?.override ?? null;
    const evidence = made ? made.computed ?? made.from ?? 1 : null;
    const superseded = made !== null && evidence !== null && decision.lane > evidence && decision.lane > made.lane;
    const override = superseded ? null : made;
    if (failure === null) {
      if (made && superseded) {
        late = { from: made.lane, to: decision.lane };
        if (!reading?.lateRecorded && lateRecordedFor !== made.at) {
          lateRecordedFor = made.at;
          void recordLateEscalation(late, decision);
        }
      } else if (!made) {
        // A rise since the last evaluation (or since the lane recorded on the ticket) is a late escalation.
        const recorded = input && input.fields.lane.available ? parseLaneValue(input.fields.lane.value) : null;
        const before = lastLane ?? recorded;
        if (before !== null && decision.lane > before) {
          late = { from: before, to: decision.lane };
          void recordLateEscalation(late, decision);
        }
      }
      lastLane = override ? override.lane : decision.lane;
    }
    const lane: Lane = failure !== null ? 3 : override ? override.lane : decision.lane;
    const mode: Mode = settings?.ok ? settings.settings.mode : 'enforce';
    const draftText = input?.fields.aiDraft.available ? input.fields.aiDraft.value?.trim() || null : null;
    const sent = sentHere || (input !== null && draftText !== null && map !== null && input.tags.includes(tagsFor(map).autonomous));
    const lock = sendLock({ lane, permissions: LANE_PERMISSIONS[lane], mode, failure, hasDraft: draftText !== null, sent });
    const previous = view.phase === 'ready' ? view : null;
    const lockedNow = previous !== null && previous.lock.send.enabled && !lock.send.enabled && !sent;
    publish({
      phase: 'ready',
      decision,
      failure,
      lane,
      override: made,
      ignoredChange: reading?.ignored ?? null,
      mode,
      user,
      isLead: isLeadUser(user, history),
      draft: lock.showDraft ? draftText : null,
      lock,
      lateEscalation: late,
      sent,
      locale: user?.locale ?? view.locale,
      commentDates: Object.fromEntries((input?.comments ?? []).map((c) => [c.id, c.createdAt])),
      packetText: renderPacketText(decision.packet),
      busy: previous?.busy ?? false,
      notice: lockedNow ? { kind: 'error', key: 'lockedNow' } : previous?.notice ?? null,
      record: recordOf(input, map),
      stats: previous?.stats ?? { roundTrips, readyMs: tick() - startedAt, scoreMs: tick() - readAt },
    });
    if (input && map && failure === null && saved.available) {
      // The lane is shown either way; a failed write is tried again at the next evaluation.
      await writeLane(client, map, input, decision, override, saved.value);
    }
  }

  /** What the save hook guards, read at the moment of the save. */
  function saveGuard(): SaveGuard {
    const v = view;
    const locale = v.locale;
    const state: SaveGuard['state'] = v.phase !== 'ready' || running !== null || timer !== null ? 'checking' : v.failure !== null ? 'failed' : 'ready';
    const draftText = input?.fields.aiDraft.available ? input.fields.aiDraft.value?.trim() || null : null;
    const map = fieldMap();
    const draftId = map ? map.ticket.ai_draft : draftFieldOf(rawSettings);
    const withheld = state !== 'ready' || (v.phase === 'ready' && v.lock.guardDraft);
    return {
      state,
      observe: state === 'ready' && v.phase === 'ready' && v.mode === 'observe',
      draft: withheld ? draftText : null,
      draftPath: draftId === null ? null : customFieldPath(draftId),
      draftUnknown: draftId === null ? `the AI draft field is not known, because ${settings && !settings.ok ? `the app's settings are invalid: ${describeIssues(settings.issues)}` : 'the settings are not read yet'}` : null,
      packet: v.phase === 'ready' ? shownPacket ?? v.packetText : null,
      messages: options.messages(locale),
      settle: whenSettled,
    };
  }

  /** Resolves once the first evaluation is done, no evaluation runs and none is scheduled. */
  async function whenSettled(): Promise<void> {
    await firstEvaluation;
    for (let i = 0; i < 100 && (running !== null || timer !== null); i++) {
      if (running) await running;
      else await new Promise((r) => setTimeout(r, (options.debounceMs ?? 60) + 5));
    }
  }

  async function recordLateEscalation(rise: { from: Lane; to: Lane }, decision: Decision): Promise<void> {
    const map = fieldMap();
    if (!input || !map) return;
    try {
      await updateTicket(client, input.id, {
        additional_tags: [tagsFor(map).late],
        comment: {
          public: false,
          body: [LATE_NOTE_TITLE, `From: Lane ${rise.from}`, `To: Lane ${rise.to}`, `When: ${new Date(now()).toISOString()}`, `Why: ${decision.reason}`].join('\n'),
        },
      });
    } catch {
      // The lock already holds; the record is best effort.
    }
  }

  /** Scores the ticket again; calls made while one runs are merged into one more run. */
  function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          try {
            await evaluate();
          } catch (e) {
            const cause = `the app failed: ${describeFailure(e)}`;
            publishFailure(cause);
          }
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  function publishFailure(cause: string): void {
    const decision = failClosed(input?.id ?? '', cause);
    const lock = sendLock({ lane: 3, permissions: LANE_PERMISSIONS[3], mode: 'enforce', failure: cause, hasDraft: false, sent: false });
    publish({
      phase: 'ready',
      decision,
      failure: cause,
      lane: 3,
      override: null,
      ignoredChange: null,
      mode: 'enforce',
      user: view.phase === 'ready' ? view.user : null,
      isLead: false,
      draft: null,
      lock,
      lateEscalation: late,
      sent: false,
      locale: view.locale,
      commentDates: {},
      packetText: renderPacketText(decision.packet),
      busy: false,
      notice: null,
      record: { outcome: null, packetRating: null },
      stats: { roundTrips: 0, readyMs: tick() - startedAt, scoreMs: 0 },
    });
  }

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void refresh();
    }, options.debounceMs ?? 60);
  }

  /** Records one choice of a set as a tag on the ticket, removing the tags of the other choices. */
  function recordChoice(choose: (tags: ReturnType<typeof tagsFor>) => [string, string[]]): Promise<void> {
    return act(async () => {
      const map = fieldMap();
      if (!map || !input) return { kind: 'error', key: 'actionFailed' };
      const [chosen, others] = choose(tagsFor(map));
      await updateTicket(client, input.id, { additional_tags: [chosen], remove_tags: others });
      await refresh();
      return { kind: 'success', key: 'recorded' };
    });
  }

  async function act(run: (v: ReadyView) => Promise<Notice | null>): Promise<void> {
    if (view.phase !== 'ready' || view.busy) return;
    patch({ busy: true, notice: null });
    let notice: Notice | null;
    try {
      notice = view.phase === 'ready' ? await run(view) : null;
    } catch (e) {
      notice = { kind: 'error', key: 'actionFailed', detail: describeFailure(e) };
    }
    patch({ busy: false, notice });
  }

  return {
    getView: (): LaneView => view,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Reads the settings, scores the ticket, registers the save hook and starts watching. */
    async start(): Promise<void> {
      // The save hook comes first: a Submit before the first evaluation is guarded too.
      cleanups.push(registerSaveHook(client, saveGuard));
      try {
        const [metadata, requirements] = await Promise.all([client.metadata(), readRequirementIds(client)]);
        startedAt = tick();
        rawSettings = metadata.settings;
        settings = parseSettings(rawSettings, requirements);
      } catch (e) {
        startedAt = tick();
        settings = { ok: false, issues: [{ path: 'settings', message: `could not be read (${describeFailure(e)})`, fix: 'reload the app' }] };
      }
      try {
        const id = (await client.context()).ticketId;
        ticketId = id == null ? '' : String(id);
      } catch {
        // Without the id from the context, the audits cannot be read: the evaluation says so.
      }
      const map = fieldMap();
      if (map) void hideDraftField(client, map.ticket.ai_draft);
      const watched = map
        ? [...BASE_EVENTS, ...[map.ticket.issue_family, map.ticket.ai_draft, map.ticket.prior_service_credit, map.ticket.lane, map.ticket.lane_override_reason].map((id) => `ticket.custom_field_${id}.changed`)]
        : [...BASE_EVENTS];
      for (const event of watched) {
        client.on(event, schedule);
        cleanups.push(() => client.off(event, schedule));
      }
      await refresh();
      finishFirst();
    },

    refresh,

    /** Lane 1 only: posts the draft as the public reply, after scoring once more. */
    send: () =>
      act(async () => {
        await refresh();
        const v = view;
        const map = fieldMap();
        if (v.phase !== 'ready' || !v.lock.send.enabled || v.draft === null || !input || !map) return { kind: 'error', key: 'lockedNow' };
        await updateTicket(client, input.id, { comment: { body: v.draft, public: true }, additional_tags: [tagsFor(map).autonomous] });
        sentHere = true;
        await refresh();
        return { kind: 'success', key: 'sent' };
      }),

    /** Puts the draft in the composer for the agent to edit (Lane 1 and 2). */
    insertDraft: () =>
      act(async (v) => {
        if (!v.lock.insert.enabled || v.draft === null) return { kind: 'error', key: 'lockedNow' };
        await appendToComposer(client, v.draft);
        return { kind: 'success', key: 'inserted' };
      }),

    /**
     * Switches the composer to an internal note and appends the packet (as given, e.g. in the
     * account's language); when it cannot switch, appends nothing.
     */
    addPacketNote: (text?: string) =>
      act(async (v) => {
        try {
          await switchToInternalNote(client);
        } catch (e) {
          return { kind: 'error', key: 'noteFailed', detail: describeFailure(e) };
        }
        await appendToComposer(client, text ?? v.packetText);
        return { kind: 'success', key: 'noteAdded' };
      }),

    /** A lead moves the ticket to another lane, with a reason. */
    override: (to: Lane, reason: string) =>
      act(async (v) => {
        const map = fieldMap();
        if (!v.isLead || !v.user || !map || !input) return { kind: 'error', key: 'notLead' };
        await writeOverride(client, map, { ticketId: input.id, from: v.lane, to, computed: v.decision.lane, reason, by: { id: v.user.id, name: v.user.name }, at: new Date(now()).toISOString() });
        late = null;
        await refresh();
        return { kind: 'success', key: 'overridden' };
      }),

    /** Records the human verdict on this escalation: right lane, should have been lower or higher. */
    recordOutcome: (outcome: Outcome) => recordChoice((tags) => [tags.outcome(outcome), OUTCOMES.filter((o) => o !== outcome).map(tags.outcome)]),

    /** Records whether the escalation packet helped. */
    ratePacket: (rating: PacketRating) => recordChoice((tags) => [tags.rating(rating), RATINGS.filter((r) => r !== rating).map(tags.rating)]),

    /** Tells the save hook which packet text the sidebar shows, so a public reply never carries it. */
    showPacket(text: string): void {
      shownPacket = text;
    },

    dismissNotice: () => patch({ notice: null }),

    /** Fits the sidebar frame to the app's height. */
    resize(heightPx: number): void {
      client.invoke('resize', { width: '100%', height: `${Math.ceil(heightPx)}px` }).catch(() => {
        // A frame that cannot resize scrolls instead.
      });
    },

    dispose(): void {
      if (timer) clearTimeout(timer);
      for (const c of cleanups.splice(0)) c();
    },
  };
}

export type LaneSession = ReturnType<typeof createLaneSession>;

function recordOf(input: TicketInput | null, map: FieldMap | null): ReadyView['record'] {
  if (!input || !map) return { outcome: null, packetRating: null };
  const r = readRecord(input.tags, null, map.tags?.lane_prefix ?? 'lane_');
  return { outcome: r.outcome, packetRating: r.packetRating };
}
