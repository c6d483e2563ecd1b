import type { Domain } from '../types';
import type { Factor, Signal } from './Factor';
import { resultFromSignals } from './Factor';

const COMMERCIAL: readonly Domain[] = ['billing', 'contract'];
const INCIDENT_OR_SECURITY: readonly Domain[] = ['outage', 'security'];

/** Does the ticket span several domains, and is one of them commercial? */
export const multiDomainComplexity: Factor = {
  id: 'multi_domain_complexity',
  label: 'Multi-domain complexity',
  score(reading) {
    const { domainEvidence } = reading;
    const domains = distinctMatters(reading.domains);
    const signals: Signal[] = [];
    if (domains.length >= 2) {
      const commercial = domains.some((d) => COMMERCIAL.includes(d));
      const risky = domains.some((d) => INCIDENT_OR_SECURITY.includes(d));
      signals.push({
        level: commercial && risky ? 'high' : 'medium',
        reason: commercial && risky
          ? `a commercial ask mixed with ${domains.filter((d) => INCIDENT_OR_SECURITY.includes(d)).join(' and ')}: ${domains.join(', ')}`
          : `spans ${domains.length} domains: ${domains.join(', ')}`,
        evidence: domainEvidence,
      });
    }
    return resultFromSignals('multi_domain_complexity', signals, domains.length === 1 ? `one domain: ${domains[0]}` : 'no domain stands out');
  },
};

// Domains that are one matter when they come together: who may do what on an account is one
// question of access ("remove his access and make me owner"), and a price under a contract is one
// commercial question.
const SAME_MATTER: readonly (readonly [Domain, Domain])[] = [['permissions', 'security'], ['contract', 'billing']];

/** The ticket's domains, with those that are one matter counted once. */
function distinctMatters(domains: readonly Domain[]): Domain[] {
  let out = [...domains];
  for (const [minor, major] of SAME_MATTER) if (out.includes(minor) && out.includes(major)) out = out.filter((d) => d !== minor);
  return out;
}
