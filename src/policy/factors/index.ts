import { actionIrreversibility } from './actionIrreversibility';
import { customerPressure } from './customerPressure';
import type { Factor } from './Factor';
import { missingContext } from './missingContext';
import { multiDomainComplexity } from './multiDomainComplexity';
import { policySensitivity } from './policySensitivity';
import { securityIdentity } from './securityIdentity';

/** The trigger matrix, in the order of `spec/policy.md`. Adding a factor is adding it here. */
export const FACTORS: readonly Factor[] = [
  policySensitivity,
  securityIdentity,
  missingContext,
  actionIrreversibility,
  customerPressure,
  multiDomainComplexity,
];
