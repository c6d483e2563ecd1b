import { Button } from '@zendeskgarden/react-buttons';
import { useState } from 'react';
import { copyText } from './copyText';
import type { Translate } from './createTranslator';

export interface PacketPanelProps {
  /** Sets the packet's text, as it goes into a note */
  text: string;
  /** Puts the packet into an internal note */
  onAddNote: () => void;
  /** Disables the buttons while an action runs */
  isBusy: boolean;
  t: Translate;
}

/** The escalation packet, with "Copy packet" and "Add as internal note". */
export function PacketPanel({ text, onAddNote, isBusy, t }: PacketPanelProps) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () => {
    copyText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <section aria-labelledby="lanes-packet">
      <h3 id="lanes-packet" className="lanes-heading">{t('ui.packet.title')}</h3>
      <pre className="lanes-packet" data-testid="packet-text" tabIndex={0}>{text}</pre>
      <div className="lanes-buttons">
        <Button size="small" onClick={copy}>{t('ui.packet.copy')}</Button>
        <Button size="small" onClick={onAddNote} disabled={isBusy}>{t('ui.packet.note')}</Button>
      </div>
      {copied && (
        <p role="status" className="lanes-muted">{t(copied === 'yes' ? 'ui.packet.copied' : 'ui.packet.copyFailed')}</p>
      )}
    </section>
  );
}
