/**
 * Every labelled set the project scores: the acceptance cases, each part of the labelled corpus
 * split by ticket id into a part to develop on and a part to report on (`corpusSplit.json`), and
 * the project's own sets (`sets/*`, each with a `set.json` saying whether it is one to develop on).
 * `npm run eval` scores them all; `npm run train` learns from the develop sets only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_SETTINGS } from '../../src/cli/demoSettings';
import type { FactorId, Level } from '../../src/policy';
import { SHARED } from '../support/shared';

export interface Label {
  lanes: number[];
  factors?: Partial<Record<FactorId, Level>>;
  why?: string;
}

export interface LabelledSet {
  name: string;
  bundle: string;
  settings: unknown;
  now: string;
  labels: Map<string, Label>;
  /** Whether the set's tickets may be tuned on (its disagreements are shown). */
  tunable: boolean;
}

const HERE = import.meta.dirname;
const split = JSON.parse(readFileSync(join(HERE, 'corpusSplit.json'), 'utf8')) as { parts: Record<string, { develop: string[]; report: string[] }> };

function readLabels(file: string): { now: string; labels: Map<string, Label> } {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { now: string; expected: Record<string, Label> };
  return { now: data.now, labels: new Map(Object.entries(data.expected)) };
}

function pick(labels: Map<string, Label>, ids: readonly string[]): Map<string, Label> {
  return new Map(ids.filter((id) => labels.has(id)).map((id) => [id, labels.get(id)!]));
}

/** Every labelled set: the acceptance cases, each corpus part split in two, and the project's own sets. */
export function listSets(): LabelledSet[] {
  const sets: LabelledSet[] = [];
  const acceptance = readLabels(join(SHARED, 'acceptance/expected.json'));
  sets.push({
    name: 'acceptance',
    bundle: join(SHARED, 'acceptance/bundle.json'),
    settings: JSON.parse(readFileSync(join(SHARED, 'acceptance/settings.json'), 'utf8')),
    now: acceptance.now,
    labels: acceptance.labels,
    tunable: true,
  });
  const corpus = join(SHARED, 'corpus/labelled');
  for (const part of existsSync(corpus) ? readdirSync(corpus).sort() : []) {
    const { now, labels } = readLabels(join(corpus, part, 'expected.json'));
    const bundle = join(corpus, part, 'bundle.json');
    const parts = split.parts[part];
    if (!parts) {
      sets.push({ name: `${part} (not in the split)`, bundle, settings: DEMO_SETTINGS, now, labels, tunable: false });
      continue;
    }
    sets.push({ name: `${part}/develop`, bundle, settings: DEMO_SETTINGS, now, labels: pick(labels, parts.develop), tunable: true });
    sets.push({ name: `${part}/report`, bundle, settings: DEMO_SETTINGS, now, labels: pick(labels, parts.report), tunable: false });
  }
  const own = join(HERE, 'sets');
  for (const name of existsSync(own) ? readdirSync(own).filter((n) => existsSync(join(own, n, 'expected.json'))).sort() : []) {
    const { now, labels } = readLabels(join(own, name, 'expected.json'));
    // The project's own sets were written without reading the code. A set is kept for reporting
    // unless its `set.json` says it is one to develop on.
    const marker = join(own, name, 'set.json');
    const use = existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as { use?: string }).use : 'report';
    sets.push({ name: `own/${name}`, bundle: join(own, name, 'bundle.json'), settings: DEMO_SETTINGS, now, labels, tunable: use === 'develop' });
  }
  return sets;
}

