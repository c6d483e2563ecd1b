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
    const { domains, domainEvidence } = reading;
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
