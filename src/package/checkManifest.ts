import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isObject, type Json, type Report } from './PackageProblem';

/**
 * manifest.json as Zendesk's upload checks it, rule by rule after zendesk_apps_support
 * (lib/zendesk_apps_support/validations/manifest.rb and the manifest classes it reads).
 */

/** manifest/parameter.rb: TYPES (`mtls` only where Zendesk enables it for an account). */
export const PARAMETER_TYPES = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'] as const;
/** app_version.rb: TO_BE_SERVED. */
export const FRAMEWORK_VERSIONS = ['2.0'] as const;
/** translations.rb: VALID_LOCALE. */
export const VALID_LOCALE = /^[a-z]{2,3}(-\w{2,3})?$/;
/** manifest.rb: SECURE_PARAM_SCOPES. */
const SECURE_PARAM_SCOPES = ['header', 'body', 'url', 'jwt_secret_key', 'jwt_claim', 'basic_auth_username', 'basic_auth_password'];
const OAUTH_REQUIRED_FIELDS = ['client_id', 'client_secret', 'authorize_uri', 'access_token_uri'];
/** product.rb: products by name and legacy name. */
const PRODUCTS: Record<string, string> = { support: 'support', zendesk: 'support', chat: 'chat', zopim: 'chat', standalone_chat: 'standalone_chat', lotus_box: 'standalone_chat', sell: 'sell' };
/** location.rb: LOCATIONS_AVAILABLE by product (custom_object_record_sidebar only where Zendesk enables it). */
export const LOCATIONS: Record<string, readonly string[]> = {
  support: ['top_bar', 'nav_bar', 'ticket_sidebar', 'new_ticket_sidebar', 'user_sidebar', 'organization_sidebar', 'background', 'modal', 'ticket_editor', 'system_top_bar'],
  chat: ['chat_sidebar', 'background'],
  standalone_chat: ['nav_bar', 'system_top_bar'],
  sell: ['deal_card', 'person_card', 'company_card', 'lead_card', 'background', 'modal', 'dashboard', 'note_editor', 'call_log_editor', 'email_editor', 'top_bar', 'visit_editor'],
};
/** manifest.rb: booleans and strings of type_checks. */
const BOOLEAN_KEYS = ['requirementsOnly', 'marketingOnly', 'singleInstall', 'signedUrls', 'private'] as const;
const STRING_KEYS = ['defaultLocale', 'version', 'frameworkVersion', 'remoteInstallationURL', 'termsConditionsURL', 'gaID'] as const;
const LEGACY_URI_STUB = '_legacy';

export interface ManifestFacts {
  /** Whether the manifest passed: Zendesk runs its other checks only then (package.rb: has_valid_manifest?). */
  valid: boolean;
  parameters: Json[];
  defaultLocale: string | null;
  private: boolean;
  requirementsOnly: boolean;
  marketingOnly: boolean;
  /** Location pages inside the package, e.g. assets/iframe.html. */
  pages: string[];
  locations: { product: string; name: string }[];
  experiments: Json;
}

/** manifest.rb: valid_url? — an http(s) URL with a host. */
function isValidUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const isFile = (dir: string, rel: string) => existsSync(join(dir, rel)) && statSync(join(dir, rel)).isFile();

/** manifest.rb: invalid_location_uri_error — https (or localhost) when absolute, a file under assets/ when relative. */
function isValidLocationUri(dir: string, uri: string): boolean {
  if (uri === LEGACY_URI_STUB || uri.includes('{{setting.')) return true;
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) {
    try {
      const url = new URL(uri);
      return url.protocol === 'https:' || url.hostname === 'localhost';
    } catch {
      return false;
    }
  }
  const path = uri.split(/[?#]/)[0] ?? '';
  return path.startsWith('assets/') && isFile(dir, path);
}

const show = (v: unknown) => JSON.stringify(v);

export function checkManifest(m: Json, dir: string, report: Report): ManifestFacts {
  const file = 'manifest.json';
  let errors = 0;
  const error = (message: string, rule: string) => {
    errors++;
    report('error', file, message, `manifest.rb: ${rule}`);
  };

  // missing_keys_error: author and defaultLocale are required.
  for (const key of ['author', 'defaultLocale']) if (m[key] === undefined || m[key] === null) error(`"${key}" is missing`, 'manifest_keys.missing');

  // type_checks
  for (const key of BOOLEAN_KEYS) {
    const v = m[key];
    if (v !== undefined && v !== null && typeof v !== 'boolean') error(`"${key}" must be true or false, not ${show(v)}`, 'unacceptable_boolean');
  }
  for (const key of STRING_KEYS) {
    const v = m[key];
    if (v !== undefined && v !== null && typeof v !== 'string') error(`"${key}" must be a string, not ${show(v)}`, 'unacceptable_string');
  }
  const author = m['author'];
  if (isObject(author)) {
    for (const key of ['name', 'email', 'url']) {
      const v = author[key];
      if (v !== undefined && v !== null && typeof v !== 'string') error(`"author.${key}" must be a string, not ${show(v)}`, 'unacceptable_string');
    }
  }
  const experiments = m['experiments'] ?? {};
  if (!isObject(experiments)) error('"experiments" must be an object of names to true or false', 'unacceptable_hash');
  const whitelist = m['domainWhitelist'];
  if (whitelist !== undefined && whitelist !== null && !(Array.isArray(whitelist) && whitelist.every((d) => typeof d === 'string'))) {
    error('"domainWhitelist" must be an array of strings, e.g. ["api.example.com"]', 'unacceptable_array_of_strings');
  }
  const rawParameters = m['parameters'];
  if (rawParameters !== undefined && rawParameters !== null && !Array.isArray(rawParameters)) error('"parameters" must be an array', 'parameters_not_an_array');
  const noTemplate = m['noTemplate'];
  if (noTemplate !== undefined && noTemplate !== null && typeof noTemplate !== 'boolean' && !Array.isArray(noTemplate)) error('"noTemplate" must be true, false or an array of locations', 'invalid_no_template');

  // oauth_error
  const oauth = m['oauth'];
  const parameters = Array.isArray(rawParameters) ? rawParameters.filter(isObject) : [];
  if (isObject(oauth)) {
    const missing = OAUTH_REQUIRED_FIELDS.filter((k) => typeof oauth[k] !== 'string' || oauth[k] === '');
    if (missing.length > 0) error(`"oauth" lacks ${missing.join(', ')}`, 'oauth_keys.missing');
    if (!parameters.some((p) => p['type'] === 'oauth')) error('"oauth" needs a parameter of type "oauth"', 'oauth_parameter_required');
  }

  // default_locale_error
  const defaultLocale = typeof m['defaultLocale'] === 'string' ? m['defaultLocale'] : null;
  if (defaultLocale !== null) {
    if (!VALID_LOCALE.test(defaultLocale)) error(`"defaultLocale" ${show(defaultLocale)} is not a locale; use lower case, e.g. "en" or "pt-br"`, 'invalid_default_locale');
    else if (!isFile(dir, `translations/${defaultLocale}.json`)) error(`the default locale "${defaultLocale}" has no translations/${defaultLocale}.json`, 'missing_translation_file');
  }

  // validate_urls
  if (typeof m['termsConditionsURL'] === 'string' && !isValidUrl(m['termsConditionsURL'])) error(`"termsConditionsURL" must be a URL, not ${show(m['termsConditionsURL'])}`, 'invalid_url');
  if (isObject(author) && typeof author['url'] === 'string' && author['url'] && !isValidUrl(author['url'])) error(`"author.url" must be an http(s) URL, not ${show(author['url'])}`, 'invalid_url');

  const requirementsOnly = m['requirementsOnly'] === true;
  const marketingOnly = m['marketingOnly'] === true;

  // validate_parameters
  if (marketingOnly) {
    if (parameters.length > 0) error('a marketing-only app has no parameters', 'no_parameters_required');
    if (m['private'] !== false) error('a marketing-only app cannot be private', 'marketing_only_app_cant_be_private');
  } else checkParameters(parameters, error);

  // locations (or their absence for requirements-only and marketing-only apps)
  const pages: string[] = [];
  const locations: ManifestFacts['locations'] = [];
  const frameworkVersion = typeof m['frameworkVersion'] === 'string' ? m['frameworkVersion'] : null;
  const location = m['location'];
  const entries: { product: string | null; host: string; name: string; options: Json }[] = [];
  const unknownHosts: string[] = [];
  if (isObject(location)) {
    for (const [host, value] of Object.entries(location)) {
      const product = PRODUCTS[host] ?? null;
      if (!product) unknownHosts.push(host);
      if (!isObject(value)) continue;
      for (const [name, options] of Object.entries(value)) entries.push({ product, host, name, options: isObject(options) ? options : { url: options } });
    }
  } else if (Array.isArray(location)) {
    for (const name of location) entries.push({ product: 'support', host: 'support', name: String(name), options: { url: LEGACY_URI_STUB } });
  } else if (typeof location === 'string') entries.push({ product: 'support', host: 'support', name: location, options: { url: LEGACY_URI_STUB } });

  if (requirementsOnly || marketingOnly) {
    if (entries.length > 0) error('an app of requirements only (or marketing only) has no locations', 'no_location_required');
    if (frameworkVersion !== null) error('an app of requirements only (or marketing only) has no frameworkVersion', 'no_framework_version_required');
  } else {
    if (entries.length === 0) error('"location" must name at least one location, e.g. "support": { "ticket_sidebar": ... }', 'manifest_keys.missing');
    const unknown: Record<string, string[]> = {};
    for (const e of entries) {
      const url = e.options['url'];
      if (typeof url === 'string' && url !== '') {
        if (!isValidLocationUri(dir, url)) error(`location "${e.name}": ${show(url)} must be an https:// URL or a file of the package under assets/`, 'invalid_location_uri');
        else if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && url !== LEGACY_URI_STUB) pages.push(url.split(/[?#]/)[0] ?? url);
      } else if (e.options['autoLoad'] !== false) error(`location "${e.name}" names no "url"`, 'blank_location_uri');
      const flexible = e.options['flexible'];
      if (flexible !== undefined && flexible !== null && typeof flexible !== 'boolean') error(`location "${e.name}": "flexible" must be true or false, not ${show(flexible)}`, 'invalid_location_flexible_type');
      if (e.product) {
        if ((LOCATIONS[e.product] ?? []).includes(e.name)) locations.push({ product: e.product, name: e.name });
        else (unknown[e.product] ??= []).push(e.name);
      }
    }
    for (const [product, names] of Object.entries(unknown)) {
      error(`${names.map((n) => `"${n}"`).join(', ')} ${names.length === 1 ? 'is not a location' : 'are not locations'} of ${product}; known: ${(LOCATIONS[product] ?? []).join(', ')}`, 'invalid_location');
    }
    for (const host of unknownHosts) error(`"${host}" is not a product apps run in (support, chat, standalone_chat, sell)`, 'invalid_host');
    if (frameworkVersion === null) error('"frameworkVersion" is missing; use "2.0"', 'manifest_keys.missing');
    else if (!(FRAMEWORK_VERSIONS as readonly string[]).includes(frameworkVersion)) error(`"frameworkVersion" ${show(frameworkVersion)} is not served; use ${FRAMEWORK_VERSIONS.map((v) => `"${v}"`).join(' or ')}`, 'invalid_version');
    const iframeOnly = frameworkVersion !== null && Number.parseFloat(frameworkVersion) >= 2;
    const legacy = entries.some((e) => e.options['url'] === LEGACY_URI_STUB || e.options['legacy'] === true);
    if (iframeOnly && legacy) error('every location needs a URL in framework 2', 'locations_must_be_urls');
    if (iframeOnly && (noTemplate === true || (Array.isArray(noTemplate) && noTemplate.length > 0))) error('"noTemplate" does not apply to framework 2; remove it', 'no_template_deprecated_in_v2');
  }

  return {
    valid: errors === 0,
    parameters,
    defaultLocale,
    private: m['private'] !== false,
    requirementsOnly,
    marketingOnly,
    pages,
    locations,
    experiments: isObject(experiments) ? experiments : {},
  };
}

function checkParameters(parameters: Json[], error: (message: string, rule: string) => void): void {
  const names = parameters.map((p) => p['name']);
  const duplicates = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  if (duplicates.length > 0) error(`parameters named ${duplicates.map(show).join(', ')} more than once`, 'duplicate_parameters');
  for (const p of parameters) {
    const where = `parameter ${show(p['name'])}`;
    for (const flag of ['required', 'secure'] as const) {
      if (p[flag] !== undefined && p[flag] !== null && typeof p[flag] !== 'boolean') error(`${where}: "${flag}" must be true or false, not ${show(p[flag])}`, 'unacceptable_boolean');
    }
  }
  const hiddenRequired = parameters.filter((p) => p['type'] === 'hidden' && p['required'] === true).map((p) => show(p['name']));
  if (hiddenRequired.length > 0) error(`${hiddenRequired.join(', ')}: a hidden parameter cannot be required`, 'invalid_hidden_parameter');
  // A parameter without a type is a text parameter (manifest/parameter.rb).
  const badTypes = parameters.map((p) => p['type'] ?? 'text').filter((t) => !(PARAMETER_TYPES as readonly unknown[]).includes(t));
  if (badTypes.length > 0) error(`parameter type ${badTypes.map(show).join(', ')} is not one of ${PARAMETER_TYPES.join(', ')}${badTypes.includes('password') ? ' (for a secret use "secure": true)' : ''}`, 'invalid_type_parameter');
  if (parameters.filter((p) => p['type'] === 'oauth').length > 1) error('only one parameter may be of type "oauth"', 'too_many_oauth_parameters');
  if (parameters.some((p) => p['type'] === 'oauth' && p['secure'] === true)) error('an "oauth" parameter cannot be secure', 'oauth_parameter_cannot_be_secure');
  if (parameters.some((p) => p['name'] === 'name')) error('a parameter cannot be called "name"', 'name_as_parameter_name');
  for (const p of parameters) {
    const scopes = p['scopes'];
    if (scopes === undefined || scopes === null) continue;
    const where = `parameter ${show(p['name'])}: "scopes"`;
    if (p['secure'] !== true) error(`${where} needs "secure": true`, 'field_requires_secure_parameter');
    if (!Array.isArray(scopes)) {
      error(`${where} must be an array`, 'unacceptable_array');
      continue;
    }
    if (scopes.length === 0) error(`${where} cannot be empty`, 'field_cannot_be_empty');
    const invalid = scopes.filter((s) => !SECURE_PARAM_SCOPES.includes(String(s)));
    if (invalid.length > 0) error(`${where} holds ${invalid.map(show).join(', ')}; allowed: ${SECURE_PARAM_SCOPES.join(', ')}`, 'field_contains_invalid_values');
  }
}
