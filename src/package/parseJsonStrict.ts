/**
 * Parses JSON and names the first key an object holds twice: Zendesk reads manifest.json and
 * requirements.json into a hash that refuses a second value for a key
 * (zendesk_apps_support, lib/zendesk_apps_support/manifest/no_override_hash.rb).
 */
export type StrictJson = { ok: true; value: unknown } | { ok: false; reason: string; duplicateKey?: string };

/** The first duplicate key of any object in the text, or null; the text must be valid JSON. */
export function findDuplicateKey(text: string): string | null {
  const stack: { keys: Set<string> | null; expectKey: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) return key;
        top.keys.add(key);
        top.expectKey = false;
      }
      i = j + 1;
      continue;
    }
    if (c === '{') stack.push({ keys: new Set(), expectKey: true });
    else if (c === '[') stack.push({ keys: null, expectKey: false });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack.at(-1);
      if (top?.keys) top.expectKey = true;
    }
    i++;
  }
  return null;
}

export function parseJsonStrict(text: string): StrictJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate !== null) return { ok: false, reason: `holds the key "${duplicate}" twice in one object`, duplicateKey: duplicate };
  return { ok: true, value };
}
