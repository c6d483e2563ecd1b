/** How the sidebar names a moment: in the agent's language and time zone. */
export interface Clock {
  locale: string;
  /** An IANA time zone, e.g. `Europe/Berlin`; the browser's own when null. */
  timeZone: string | null;
}

function format(iso: string | null | undefined, clock: Clock, options: Intl.DateTimeFormatOptions): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  const zone = clock.timeZone ? { timeZone: clock.timeZone } : {};
  try {
    return new Intl.DateTimeFormat(clock.locale, { ...options, ...zone }).format(ms);
  } catch {
    // An unknown time zone name: the browser's own zone still names the moment.
    return new Intl.DateTimeFormat(clock.locale, options).format(ms);
  }
}

/** A day such as "24 Nov" (`24. Nov.` in German); null for a missing or unreadable time. */
export function formatDay(iso: string | null | undefined, clock: Clock): string | null {
  return format(iso, clock, { day: 'numeric', month: 'short' });
}

/** A day and time such as "24 Nov 2026, 14:05"; null for a missing or unreadable time. */
export function formatDateTime(iso: string | null | undefined, clock: Clock): string | null {
  return format(iso, clock, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
