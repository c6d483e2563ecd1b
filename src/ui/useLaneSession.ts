import { useEffect, useState, useSyncExternalStore } from 'react';
import { createLaneSession, type LaneSession, type LaneView } from '../host/createLaneSession';
import { createTranslator } from './createTranslator';
import { useClient } from './ClientProvider';

/** Starts the sidebar's session once and follows its view. */
export function useLaneSession(): { session: LaneSession; view: LaneView } {
  const client = useClient();
  const [session] = useState(() =>
    createLaneSession(client, {
      messages: (locale) => {
        const t = createTranslator(locale);
        return {
          checking: t('ui.save.checking'),
          refusal: t('ui.save.refusal'),
          packet: t('ui.save.packet'),
          unreadable: (cause) => t('ui.save.unreadable', { cause }),
        };
      },
    }),
  );
  useEffect(() => {
    void session.start();
    return () => session.dispose();
  }, [session]);
  const view = useSyncExternalStore(session.subscribe, session.getView);
  return { session, view };
}
