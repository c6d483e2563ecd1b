/**
 * One finding of the package check: `error` where Zendesk's upload refuses the package,
 * `warning` where Zendesk accepts it with a warning, or where Lanes itself asks for more than
 * Zendesk does (`rule` then starts with `lanes:`). `rule` names the zendesk_apps_support
 * validation the finding follows, e.g. `manifest.rb: invalid_location_uri`.
 */
export interface PackageProblem {
  level: 'error' | 'warning';
  file: string;
  message: string;
  rule: string;
}

export type Report = (level: PackageProblem['level'], file: string, message: string, rule: string) => void;

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
