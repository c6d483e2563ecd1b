import { PlainButton } from './PlainButton';
import { useState } from 'react';
import { copyText } from './copyText';
import type { Translate } from './createTranslator';

/** Lines of the packet shown before "Show the whole packet". */
const PREVIEW_LINES = 6;

export interface PacketPanelProps {
  /** Sets the packet's text, as it goes into a note */
  text: string;
  /** Sets the line that says which language the packet is in, and why */
  languageNote: string;
  /** Puts the packet into an internal note */
  onAddNote: () => void;
  /** Disables the buttons while an action runs */
  isBusy: boolean;
  t: Translate;
}

/** The escalation packet: its first lines, the whole text on demand, "Copy packet" and "Add as internal note". */
export function PacketPanel({ text, languageNote, onAddNote, isBusy, t }: PacketPanelProps) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () => {
    copyText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  const lines = text.split('\n');
  return (
    <section aria-labelledby="lanes-packet" data-testid="packet">
      <h3 id="lanes-packet" className="lanes-heading">{t('ui.packet.title')}</h3>
      <div className="lanes-buttons">
        <PlainButton isPrimary onClick={onAddNote} disabled={isBusy}>{t('ui.packet.note')}</PlainButton>
        <PlainButton onClick={copy}>{t('ui.packet.copy')}</PlainButton>
      </div>
      {copied && (
        <p role="status" className="lanes-muted">{t(copied === 'yes' ? 'ui.packet.copied' : 'ui.packet.copyFailed')}</p>
      )}
      <pre className="lanes-packet" aria-label={t('ui.packetPreview')} data-testid="packet-preview">{lines.slice(0, PREVIEW_LINES).join('\n')}</pre>
      {lines.length > PREVIEW_LINES && (
        <details className="lanes-details">
          <summary>{t('ui.packetMore')}</summary>
          <pre className="lanes-packet" data-testid="packet-text" tabIndex={0}>{text}</pre>
        </details>
      )}
      {lines.length <= PREVIEW_LINES && <pre hidden data-testid="packet-text">{text}</pre>}
      <p className="lanes-muted">{languageNote}</p>
    </section>
  );
}
