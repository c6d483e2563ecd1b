import { isObject, type Json, type Report } from './PackageProblem';
import { parseJsonStrict } from './parseJsonStrict';
import { VALID_LOCALE } from './checkManifest';

/**
 * translations/*.json as Zendesk checks them (zendesk_apps_support, validations/translations.rb):
 * a valid locale name, a JSON object, a `label` on every parameter named under
 * `app.parameters`, and in translations/en.json the listing keys (only `name` for a private app).
 */
const LISTING_KEYS = ['name', 'short_description', 'installation_instructions', 'long_description'];
const PRODUCT_NAMES = ['support', 'chat', 'standalone_chat', 'sell'];

export function checkTranslations(files: Map<string, string>, isPrivate: boolean, products: string[], report: Report): void {
  for (const [file, text] of files) {
    const m = file.match(/^translations\/(.*)\.json$/);
    if (!m) continue;
    const rule = (r: string) => `translations.rb: ${r}`;
    if (!VALID_LOCALE.test(m[1] ?? '')) {
      report('error', file, `"${m[1]}" is not a locale name; use lower case, e.g. en.json or pt-br.json`, rule('translation.invalid_locale'));
      continue;
    }
    const parsed = parseJsonStrict(text);
    if (!parsed.ok && parsed.duplicateKey === undefined) {
      report('error', file, parsed.reason, rule('translation.not_json'));
      continue;
    }
    const json = parsed.ok ? parsed.value : (JSON.parse(text) as unknown);
    if (!isObject(json)) {
      report('error', file, 'must be a JSON object', rule('translation.not_json_object'));
      continue;
    }
    const app = isObject(json['app']) ? json['app'] : null;
    const params = app && isObject(app['parameters']) ? app['parameters'] : null;
    const unlabelled = params ? Object.entries(params).find(([, v]) => !isObject(v) || !('label' in v)) : undefined;
    if (unlabelled) {
      report('error', file, `app.parameters.${unlabelled[0]} needs a "label"`, rule('translation.missing_required_key_on_leaf'));
      continue;
    }
    if (file !== 'translations/en.json') continue;
    const mandatory = isPrivate ? ['name'] : LISTING_KEYS;
    const present = app ? Object.keys(app).filter((k) => PRODUCT_NAMES.includes(k)) : [];
    const missing = (node: Json | null) => mandatory.filter((k) => !Object.keys(node ?? {}).map((x) => (x === 'description' ? 'short_description' : x)).includes(k));
    if (present.length === 0) {
      const lacking = missing(app);
      if (lacking.length > 0) report('error', file, `"app" lacks ${lacking.join(', ')}`, rule('translation.missing_required_key'));
    } else {
      const extra = present.filter((p) => !products.includes(p));
      if (extra.length > 0) report('error', file, `names products (${extra.join(', ')}) the manifest has no location in`, rule('translation.products_do_not_match_manifest_products'));
      for (const p of present) {
        const lacking = missing(isObject(app?.[p]) ? (app[p] as Json) : null);
        if (lacking.length > 0) {
          report('error', file, `"app.${p}" lacks ${lacking.join(', ')}`, rule('translation.missing_required_key_for_product'));
          break;
        }
      }
    }
  }
}
