/**
 * Keeps what the customer wrote now: drops quoted earlier messages, signatures and mail
 * disclaimers, so that an old reply or a footer never outweighs the current ask.
 */

const REPLY_HEADERS: readonly RegExp[] = [
  /^\s*on .{0,200}\bwrote:?\s*$/i,
  /^\s*-{2,}\s*(original message|forwarded message|urspr[üu]ngliche nachricht|message d'origine|mensaje original)\s*-{2,}/i,
  /^\s*(from|von|de):\s.+$/i,
  /^\s*am .{0,200}\bschrieb.{0,60}:?\s*$/i,
  /^\s*le .{0,200}\ba [ée]crit\s*:?\s*$/i,
  /^\s*el .{0,200}\bescribi[óo]\s*:?\s*$/i,
  /^\s*_{5,}\s*$/,
];

const SIGN_OFFS =
  /^\s*(best|kind|warm|many thanks|thanks|thank you|regards|cheers|sincerely|mit freundlichen gr[üu](ß|ss)en|viele gr[üu](ß|ss)e|beste gr[üu](ß|ss)e|cordialement|bien [àa] vous|salutations|saludos|atentamente|un saludo)\b[^.?!]{0,40}[,!.]?\s*$/i;
const SIGNATURE_MARKERS: readonly RegExp[] = [/^--\s*$/, /^\s*sent from my \w+/i, /^\s*envoy[ée] de mon/i, /^\s*von meinem \w+ gesendet/i, /^\s*enviado desde mi/i];
const DISCLAIMER = /\b(confidential|vertraulich|confidentiel|confidencial)\b.*\b(intended|bestimmt|destin|destinado)/i;

/** How far from the end a sign-off may stand and still start the signature. */
const SIGN_OFF_TAIL_LINES = 12;

/** Returns the text with quoted replies, signatures and disclaimers removed. */
export function stripQuotedText(body: string): string {
  if (body.length === 0) return body;
  const lines = body.split(/\r?\n/);
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (REPLY_HEADERS.some((r) => r.test(line)) || SIGNATURE_MARKERS.some((r) => r.test(line))) {
      end = i;
      break;
    }
  }
  for (let i = Math.max(1, end - SIGN_OFF_TAIL_LINES); i < end; i++) {
    if (SIGN_OFFS.test(lines[i]!)) {
      end = i;
      break;
    }
  }
  const kept: string[] = [];
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (/^\s*>/.test(line) || DISCLAIMER.test(line)) continue;
    kept.push(line);
  }
  const text = kept.join('\n').trim();
  // A message that is nothing but a quote still says something: keep it rather than nothing.
  return text.length > 0 ? text : body.trim();
}
