import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkMimeTypes, checkSecureSettings, checkSvgs, checkSymlinks, checkTextWarnings, isPackageFile, listPackageFiles } from './checkFiles';
import { checkLanesRules } from './checkLanesRules';
import { checkManifest } from './checkManifest';
import { checkRequirements } from './checkRequirements';
import { checkTranslations } from './checkTranslations';
import { isObject, type PackageProblem, type Report } from './PackageProblem';
import { parseJsonStrict } from './parseJsonStrict';

export type { PackageProblem } from './PackageProblem';

/** Zendesk's checks of the marketplace (marketplace.rb): experiments it knows of. */
const WHITELISTED_EXPERIMENTS = ['hashParams', 'newCssCompiler'];

/**
 * Checks a built app folder the way Zendesk's upload and `zcli apps:validate` do, in the order of
 * zendesk_apps_support's Package#validate (lib/zendesk_apps_support/package.rb): the manifest
 * first, and only when it passes the marketplace, translation and requirements checks; the
 * SVG and file type checks always. Warnings follow Zendesk's warnings, plus Lanes' own
 * (rule `lanes: …`). Only what Lanes knows of Zendesk's rules is checked: passing is not
 * Zendesk's verdict.
 */
export function validateApp(dir: string): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const report: Report = (level, file, message, rule) => void problems.push({ level, file, message, rule });
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    report('error', dir, 'is not a folder; run npm run build first', 'package.rb');
    return problems;
  }
  const files = listPackageFiles(dir);

  if (!isPackageFile(dir, 'manifest.json')) {
    const nested = files.find((f) => /^[^/]+\/manifest\.json$/.test(f.file));
    report('error', 'manifest.json', nested ? `is not at the top of the package, but ${nested.file} is: package that folder instead` : 'is missing', `manifest.rb: ${nested ? 'nested_manifest' : 'missing_manifest'}`);
  } else {
    const parsed = parseJsonStrict(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    if (!parsed.ok) report('error', 'manifest.json', parsed.reason, `manifest.rb: ${parsed.duplicateKey === undefined ? 'manifest_not_json' : 'duplicate_manifest_keys'}`);
    else if (!isObject(parsed.value)) report('error', 'manifest.json', 'must be a JSON object', 'manifest.rb: manifest_not_json');
    else {
      const facts = checkManifest(parsed.value, dir, report);
      if (facts.valid) {
        checkSymlinks(files, report);
        for (const [name, on] of Object.entries(facts.experiments)) {
          if (on && !WHITELISTED_EXPERIMENTS.includes(name)) report('error', 'manifest.json', `the experiment "${name}" is unknown or unavailable`, 'marketplace.rb: invalid_experiment');
        }
        const products = [...new Set(facts.locations.map((l) => l.product))];
        const translations = new Map(files.filter((f) => !f.isSymlink && f.file.startsWith('translations/')).map((f) => [f.file, readFileSync(f.path, 'utf8')]));
        checkTranslations(translations, facts.private, products, report);
        const requirements = isPackageFile(dir, 'requirements.json') ? readFileSync(join(dir, 'requirements.json'), 'utf8') : null;
        checkRequirements(requirements, { requirementsOnly: facts.requirementsOnly, marketingOnly: facts.marketingOnly, productsOnlyChat: products.length === 1 && products[0] === 'chat' }, report);
        checkSecureSettings(facts.parameters, report);
        checkLanesRules(dir, files, facts, report);
      }
    }
  }
  checkSvgs(files, report);
  checkMimeTypes(files, report);
  checkTextWarnings(files, report);
  return problems;
}

export const errorsOf = (problems: readonly PackageProblem[]) => problems.filter((p) => p.level === 'error');
