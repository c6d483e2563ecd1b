import type { FieldMap } from '../policy/settings';
import type { OrganizationInput } from '../policy/types';
import { isObject, str, type Json } from './jsonValues';

/** Reads an organization's fields through the field map; an absent or empty field is `null`. */
export function toOrganization(id: string, org: Json, fieldMap: FieldMap): OrganizationInput {
  const fields = isObject(org['organization_fields']) ? org['organization_fields'] : {};
  const get = (key: keyof FieldMap['organization']) => {
    const v = fields[fieldMap.organization[key] ?? key];
    return v === undefined || v === null || v === '' ? null : v;
  };
  const sponsor = get('executive_sponsor');
  return {
    id,
    name: str(org['name']) ?? `organization ${id}`,
    tags: Array.isArray(org['tags']) ? org['tags'].filter((x): x is string => typeof x === 'string') : [],
    planTier: str(get('plan_tier')),
    contractType: str(get('contract_type')),
    renewalDate: str(get('renewal_date')),
    csmOwner: str(get('csm_owner')),
    region: str(get('region')),
    executiveSponsor: sponsor === true || sponsor === 'true' ? true : sponsor === false || sponsor === 'false' ? false : null,
  };
}
