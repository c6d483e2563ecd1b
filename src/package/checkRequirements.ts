import { isObject, type Report } from './PackageProblem';
import { parseJsonStrict } from './parseJsonStrict';

/**
 * requirements.json as Zendesk checks it (zendesk_apps_support, validations/requirements.rb
 * and app_requirement.rb). Custom objects are checked for their required keys only; the app
 * declares none.
 */
export const REQUIREMENT_TYPES = ['automations', 'channel_integrations', 'custom_objects', 'macros', 'targets', 'views', 'ticket_fields', 'triggers', 'user_fields', 'organization_fields', 'webhooks', 'custom_objects_v2'] as const;
const MAX_REQUIREMENTS = 5000;
const UNTITLED_TYPES = ['channel_integrations', 'custom_objects', 'webhooks', 'custom_objects_v2'];
const WEBHOOK_KEYS = ['name', 'status', 'endpoint', 'http_method', 'request_format'];
const FILE = 'requirements.json';

export function checkRequirements(text: string | null, manifest: { requirementsOnly: boolean; marketingOnly: boolean; productsOnlyChat: boolean }, report: Report): void {
  const error = (message: string, rule: string) => report('error', FILE, message, `requirements.rb: ${rule}`);
  if (text === null) {
    if (manifest.requirementsOnly) error('is missing: an app of requirements only needs one', 'missing_requirements');
    return;
  }
  if (manifest.marketingOnly || manifest.productsOnlyChat) return error('is not supported for a marketing-only or Chat-only app', 'requirements_not_supported');
  const parsed = parseJsonStrict(text);
  if (!parsed.ok) return error(parsed.reason, parsed.duplicateKey === undefined ? 'requirements_not_json' : 'duplicate_requirements');
  const requirements = parsed.value;
  if (!isObject(requirements)) return error('must be a JSON object of requirement types', 'requirements_not_json');

  const invalid = Object.keys(requirements).filter((k) => !(REQUIREMENT_TYPES as readonly string[]).includes(k));
  if (invalid.length > 0) error(`${invalid.map((k) => `"${k}"`).join(', ')} ${invalid.length === 1 ? 'is not a requirement type' : 'are not requirement types'}; known: ${REQUIREMENT_TYPES.join(', ')}`, 'invalid_requirements_types');
  const count = Object.values(requirements).reduce<number>((n, r) => n + (isObject(r) ? Object.keys(r).length : Array.isArray(r) ? r.length : 1), 0);
  if (count > MAX_REQUIREMENTS) error(`declares ${count} requirements, over Zendesk's ${MAX_REQUIREMENTS}`, 'excessive_requirements');

  const entries = (type: string): [string, unknown][] => (isObject(requirements[type]) ? Object.entries(requirements[type]) : []);
  const channels = entries('channel_integrations');
  if (channels.length > 1) error('declares more than one channel integration', 'multiple_channel_integrations');
  for (const [id, r] of channels) if (!isObject(r) || !('manifest_url' in r)) error(`"${id}" needs "manifest_url"`, 'missing_required_fields');
  for (const type of ['user_fields', 'organization_fields']) {
    for (const [id, r] of entries(type)) if (!isObject(r) || !('key' in r)) error(`"${id}" (${type}) needs "key"`, 'missing_required_fields');
  }
  for (const [id, r] of entries('webhooks')) {
    for (const key of WEBHOOK_KEYS) if (!isObject(r) || !(key in r)) error(`webhook "${id}" needs "${key}"`, 'missing_required_fields');
  }
  for (const [id, r] of entries('targets')) {
    if (isObject(r) && (r['type'] === 'http_target' || r['type'] === 'url_target_v2')) error(`target "${id}" has the retired type "${String(r['type'])}"; use a webhook`, 'invalid_requirements_types');
  }
  for (const type of Object.keys(requirements)) {
    if (UNTITLED_TYPES.includes(type)) continue;
    for (const [id, r] of entries(type)) if (r !== null && (!isObject(r) || !('title' in r))) error(`"${id}" (${type}) needs "title"`, 'missing_required_fields');
  }
}
