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

// A chat transcript's line head: "(10:02:19) Sophie Tran: ", "[9:14 AM] Ana: ".
const CHAT_PREFIX = /^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?[\])]?\s+[^:\n]{1,40}:\s+/i;

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
  end = dropSignatureBlock(lines, end);
  const kept: string[] = [];
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (/^\s*>/.test(line) || DISCLAIMER.test(line)) continue;
    kept.push(line.replace(CHAT_PREFIX, ''));
  }
  const text = kept.join('\n').trim();
  // A message that is nothing but a quote still says something: keep it rather than nothing.
  return text.length > 0 ? text : body.trim();
}

/** Lines a signature block may have: a name, a title, a company, a phone number. */
const SIGNATURE_BLOCK_LINES = 5;
const SIGNATURE_LINE_WORDS = 8;
// Words a title or company name may hold in lower case: "Head of Ops & Admin", "Directeur de la ...".
const NAME_JOINERS = new Set(['of', 'and', 'for', 'at', 'the', 'de', 'la', 'le', 'du', 'des', 'del', 'da', 'do', 'van', 'von', 'der', 'und', 'et', 'y', 'e', 'en', 'di', '&', '|', '-', '–', '/']);

/**
 * Whether a line reads as part of a signature: a few words, each capitalised as a name or a title
 * is ("Laura Benson", "Credit Analyst, Stonebridge Credit Advisors"), or a phone number, mail
 * address or web address, with no sentence punctuation at its end.
 */
function isSignatureLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || /[.?!:;]$/.test(t)) return false;
  const words = t.split(/[\s,]+/).filter(Boolean);
  if (words.length > SIGNATURE_LINE_WORDS) return false;
  return words.every((w) => NAME_JOINERS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}+(@]/u.test(w) || /[@\d]/.test(w) || /^(https?:|www\.)/i.test(w));
}

/**
 * Ends the message before its closing signature block: the last few lines when each reads as a
 * signature line. A line that asks ("Please ...") or the whole message is never dropped.
 */
function dropSignatureBlock(lines: readonly string[], end: number): number {
  let i = end;
  while (i > 0 && lines[i - 1]!.trim().length === 0) i--;
  let block = 0;
  let at = i;
  while (at > 0 && block < SIGNATURE_BLOCK_LINES && isSignatureLine(lines[at - 1]!) && !/\b(please|pls|bitte|svp|por favor|per favore|alstublieft)\b/i.test(lines[at - 1]!)) {
    at--;
    block++;
  }
  if (block === 0) return end;
  // Something of the message must stand before the signature.
  for (let k = 0; k < at; k++) if (lines[k]!.trim().length > 0) return at;
  return end;
}
