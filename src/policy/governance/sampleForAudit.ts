import { hashText } from '../settings';

/**
 * Draws the weekly audit: up to `perFamily` Lane 1 tickets from each family, chosen by a
 * seeded shuffle so that the same seed (e.g. the ISO week) always draws the same sample.
 */
export function sampleForAudit<T extends { id: string; family: string | null }>(lane1: readonly T[], perFamily: number, seed: string): T[] {
  const byFamily = new Map<string, T[]>();
  for (const t of lane1) {
    const key = t.family ?? 'unknown';
    const list = byFamily.get(key);
    if (list) list.push(t);
    else byFamily.set(key, [t]);
  }
  const out: T[] = [];
  for (const family of [...byFamily.keys()].sort()) {
    // Order by a keyed hash: stable for a seed, independent of input order.
    const ranked = byFamily.get(family)!.map((t) => ({ t, key: hashText(`${seed}:${t.id}`) })).sort((a, b) => a.key.localeCompare(b.key) || a.t.id.localeCompare(b.t.id));
    out.push(...ranked.slice(0, perFamily).map((r) => r.t));
  }
  return out;
}

/** The ISO week of a time, e.g. `2026-W48`: the default audit seed. */
export function isoWeek(ms: number): string {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7;
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const jan4 = Date.UTC(year, 0, 4);
  const firstThursday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + 3 * 86_400_000;
  const week = 1 + Math.round((thursday - firstThursday) / 604_800_000);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
