import { useEffect, useMemo } from 'react';
import type { LaneSession, ReadyView } from '../host/createLaneSession';
import { useClient } from './ClientProvider';
import { createTranslator, type Translate } from './createTranslator';
import type { Clock } from './formatWhen';
import { PacketPanel } from './PacketPanel';
import { renderPacket } from './renderPacket';
import { useAccountLocale } from './useAccountLocale';
import { useTranslator } from './useTranslator';

const english = createTranslator('en');

export interface PacketSectionProps {
  view: ReadyView;
  session: LaneSession;
  clock: Clock;
  t: Translate;
}

/**
 * The escalation packet in the account's language, to copy into an internal note. It loads after
 * the badge; until it has, the save hook guards the packet as the session rendered it.
 */
export function PacketSection({ view, session, clock, t }: PacketSectionProps) {
  const client = useClient();
  const account = useAccountLocale(client);
  const accountT = useTranslator(account?.locale ?? 'en');
  // Until the account's language is loaded the packet reads as before the account was known: in English.
  const accountLocale = accountT ? account?.locale ?? 'en' : 'en';
  const pt = accountT ?? english;
  const { decision } = view;
  const packetText = useMemo(
    () =>
      renderPacket(decision, {
        t: pt,
        clock: { locale: accountLocale, timeZone: clock.timeZone },
        commentDates: view.commentDates,
        locale: accountLocale,
        lane: view.lane,
        override: view.override,
      }),
    [decision, pt, accountLocale, clock.timeZone, view.commentDates, view.lane, view.override],
  );
  useEffect(() => session.showPacket(packetText), [session, packetText]);
  const languageNote = account && !account.known
    ? t('ui.packetLanguageUnknown', { reason: account.reason })
    : t('ui.packetLanguage', { language: languageName(accountLocale, view.locale) });
  return <PacketPanel text={packetText} languageNote={languageNote} onAddNote={() => void session.addPacketNote(packetText)} isBusy={view.busy} t={t} />;
}

/** A language's own name in the agent's language, e.g. "English" or "Englisch". */
function languageName(locale: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(locale.split(/[-_]/)[0] ?? locale) ?? locale;
  } catch {
    return locale;
  }
}
