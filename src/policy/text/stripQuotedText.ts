/**
 * Keeps what the customer wrote now: drops quoted earlier messages, signatures and mail
 * disclaimers, so that an old reply or a footer never outweighs the current ask.
 */

const REPLY_HEADERS: readonly RegExp[] = [
  /^\s*on .{0,200}\bwrote:?\s*$/i,
  /^\s*-{2,}\s*(original message|forwarded message|urspr[üu]ngliche nachricht|weitergeleitete nachricht|message d'origine|message transf[ée]r[ée]|mensaje original|mensaje reenviado|mensagem original|mensagem encaminhada|oorspronkelijk bericht|doorgestuurd bericht|messaggio originale|messaggio inoltrato)\s*-{2,}/i,
  /^\s*(from|von|de) ?:\s.+$/i,
  /^\s*am .{0,200}\bschrieb.{0,60}:?\s*$/i,
  /^\s*le .{0,200}\ba [ée]crit\s*:?\s*$/i,
  /^\s*el .{0,200}\bescribi[óo]\s*:?\s*$/i,
  /^\s*_{5,}\s*$/,
];

const SIGN_OFFS =
  /^\s*(best|kind|warm|many thanks|thanks|thank you|regards|cheers|sincerely|mit freundlichen gr[üu](ß|ss)en|viele gr[üu](ß|ss)e|beste gr[üu](ß|ss)e|cordialement|bien [àa] vous|salutations|saludos|atentamente|un saludo|un cordial saludo|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groet(?:en|jes)?|hartelijke groet(?:en)?|cordiali saluti|distinti saluti|saluti|atenciosamente|cumprimentos|com os melhores cumprimentos)\b[^.?!]{0,40}[,!.]?\s*$|^\s*(?:je vous prie|nous vous prions|veuillez|recevez|agr[ée]ez)\b[^?]{0,40}\b(?:agr[ée]er|salutations|sentiments|expression)\b[^?]{0,60}$/i;
const SIGNATURE_MARKERS: readonly RegExp[] = [/^--\s*$/, /^\s*sent from my \w+/i, /^\s*envoy[ée] de mon/i, /^\s*von meinem \w+ gesendet/i, /^\s*enviado desde mi/i];
// "CONFIDENTIALITY NOTICE: ... If you are not the intended recipient, please delete it."
const DISCLAIMER = /\b(confidential|vertraulich|confidentiel|confidencial|riservat|vertrouwelijk)\w*\b.*\b(intended recipient|not the (?:intended )?recipient|addressee|intended (?:solely|only)|notify the sender|bestimmt|empf[äa]nger|destinataire|destinatari|geadresseerde)/i;

// A chat transcript's line head: "(10:02:19) Sophie Tran: ", "[9:14 AM] Ana: ".
const ASKS = /\b(please|pls|bitte|svp|por favor|per favore|alstublieft)\b/i;
/** A message without a clock time has no chat line heads. */
const MAYBE_CHAT = /\d:\d\d/;
const CHAT_PREFIX = /^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?[\])]?\s+[^:\n]{1,40}:\s+/i;

/** How far from the end a sign-off may stand and still start the signature. */
const SIGN_OFF_TAIL_LINES = 12;

/**
 * First characters (after white space) a reply header, a signature marker or a quote line can
 * start with, and those a sign-off can: a line that starts otherwise is not tested further.
 */
const HEADER_FIRST = firstChars('ofvdale_s>-');
const SIGN_OFF_FIRST = firstChars('bkwmtrcsvaugjnhdr');
/** A message without these words has no disclaimer line. */
const MAYBE_DISCLAIMER = /confiden|vertraulich|riservat|vertrouwelijk/i;

/** Line ranges of the message being read; reused, since a batch reads millions of messages. */
const lineStarts: number[] = [];
const lineEnds: number[] = [];
const QUOTE_LINE = /^\s*>/;
const WIDE_GAPS = /[ \t]{2,}/g;

/** Returns the text with quoted replies, signatures and disclaimers removed. */
export function stripQuotedText(body: string): string {
  if (body.length === 0) return body;
  // The lines `body.split(/\r?\n/)` gives, as [start, end) ranges of the body.
  const starts = lineStarts;
  const ends = lineEnds;
  let lineCount = 0;
  for (let at = 0; ; lineCount++) {
    const nl = body.indexOf('\n', at);
    starts[lineCount] = at;
    if (nl < 0) {
      ends[lineCount++] = body.length;
      break;
    }
    ends[lineCount] = nl > at && body.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    at = nl + 1;
  }
  let end = lineCount;
  for (let i = 0; i < lineCount; i++) {
    if (!startsWithOneOf(body, starts[i]!, ends[i]!, HEADER_FIRST)) continue;
    const line = body.slice(starts[i], ends[i]);
    if (endsMessage(line)) {
      end = i;
      break;
    }
  }
  // "c o n f i d e n t i a l", "confídential": a disguised footer is still one.
  const disclaimers = MAYBE_DISCLAIMER.test(body) || (MAYBE_DISGUISED.test(body) && MAYBE_DISCLAIMER.test(undisguised(body)));
  // A mail disclaimer closes the message: it and what follows it are the footer, not the ask.
  for (let i = 1; i < end && disclaimers; i++) {
    if (isDisclaimer(body.slice(starts[i], ends[i]))) {
      end = i;
      break;
    }
  }
  for (let i = Math.max(1, end - SIGN_OFF_TAIL_LINES); i < end; i++) {
    if (startsWithOneOf(body, starts[i]!, ends[i]!, SIGN_OFF_FIRST) && isSignOff(body.slice(starts[i], ends[i]))) {
      end = i;
      break;
    }
  }
  end = dropSignatureBlock(body, starts, ends, end);
  const chat = MAYBE_CHAT.test(body);
  let whole = end === lineCount && body.indexOf('\r') < 0 && !chat;
  for (let i = 0; i < end && whole; i++) whole = isKept(body, starts[i]!, ends[i]!, disclaimers);
  let text: string;
  if (whole) text = body.trim();
  else {
    const parts: string[] = [];
    for (let i = 0; i < end; i++) {
      if (!isKept(body, starts[i]!, ends[i]!, disclaimers)) continue;
      const line = body.slice(starts[i], ends[i]);
      parts.push(chat ? line.replace(CHAT_PREFIX, '') : line);
    }
    text = parts.join('\n').trim();
  }
  // A message that is nothing but a quote still says something: keep it rather than nothing.
  return text.length > 0 ? text : body.trim();
}

/** "Regards,", and its disguises: "Thank   you" (spaced-out words joined with wide gaps), "Regárds" (a mark added). */
function isSignOff(line: string): boolean {
  if (SIGN_OFFS.test(line)) return true;
  const plain = undisguised(line);
  return plain !== line && SIGN_OFFS.test(plain);
}

/** A mail footer's confidentiality notice, disguised or not. */
function isDisclaimer(line: string): boolean {
  if (DISCLAIMER.test(line)) return true;
  const plain = undisguised(line);
  return plain !== line && DISCLAIMER.test(plain);
}
// Accented letters (marks once decomposed) or wide gaps: what `undisguised` may take away.
const MAYBE_DISGUISED = /[^\x00-\x7f]|[ \t]{2}/;

/** A reply header or a signature marker: what follows it is not the customer's message. */
function endsMessage(line: string): boolean {
  const test = (l: string) => REPLY_HEADERS.some((r) => r.test(l)) || SIGNATURE_MARKERS.some((r) => r.test(l));
  if (test(line)) return true;
  const plain = undisguised(line);
  return plain !== line && test(plain);
}

function undisguised(line: string): string {
  return line.normalize('NFD').replace(MARKS, '').replace(WIDE_GAPS, ' ');
}
const MARKS = /\p{M}/gu;

// A company line may end in its form: "Chargeback Shield Inc.", "Müller GmbH & Co. KG.".
const COMPANY_END = /\b(?:inc|ltd|llc|corp|co|plc|bv|nv|sa|sas|sarl|srl|spa|gmbh|ag|kg|ab|oy|as|lda|sl)\.$/i;

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
  const whole = line.trim();
  // "Chargeback Shield Inc. | Dispute & fraud management for online merchants": a company, then its tagline.
  const bar = whole.indexOf(' | ');
  const t = bar > 0 ? whole.slice(0, bar).trim() : whole;
  if (t.length === 0 || /[?!:;]$/.test(t) || (/\.$/.test(t) && !COMPANY_END.test(t)) || (bar > 0 && /[?!]/.test(whole))) return false;
  const words = t.split(/[\s,]+/).filter(Boolean);
  if (words.length > SIGNATURE_LINE_WORDS) return false;
  return words.every((w) => NAME_JOINERS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}+(@]/u.test(w) || /[@\d]/.test(w) || /^(https?:|www\.)/i.test(w));
}

/**
 * Ends the message before its closing signature block: the last few lines when each reads as a
 * signature line. A line that asks ("Please ...") or the whole message is never dropped.
 */
function dropSignatureBlock(body: string, starts: readonly number[], ends: readonly number[], end: number): number {
  const line = (k: number) => body.slice(starts[k], ends[k]);
  let i = end;
  while (i > 0 && line(i - 1).trim().length === 0) i--;
  let block = 0;
  let at = i;
  while (at > 0 && block < SIGNATURE_BLOCK_LINES && isSignatureLine(line(at - 1)) && !ASKS.test(line(at - 1))) {
    at--;
    block++;
  }
  if (block === 0) return end;
  // Something of the message must stand before the signature.
  for (let k = 0; k < at; k++) if (line(k).trim().length > 0) return at;
  return end;
}

/** Whether the line `body[from, to)` is kept: it is neither a quote ("> ...") nor a disclaimer. */
function isKept(body: string, from: number, to: number, disclaimers: boolean): boolean {
  if (!disclaimers && !startsWithOneOf(body, from, to, HEADER_FIRST)) return true;
  const line = body.slice(from, to);
  return !QUOTE_LINE.test(line) && !(disclaimers && isDisclaimer(line));
}

/** A table of the given characters, both cases. */
function firstChars(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const ch of chars) {
    table[ch.toLowerCase().charCodeAt(0)] = 1;
    table[ch.toUpperCase().charCodeAt(0)] = 1;
  }
  return table;
}

/** Whether the line `body[from, to)`, past its white space, starts with a character of `table` (any non-ASCII character counts). */
function startsWithOneOf(body: string, from: number, to: number, table: Uint8Array): boolean {
  for (let i = from; i < to; i++) {
    const c = body.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    return c >= 0x80 || table[c] === 1;
  }
  return false;
}
