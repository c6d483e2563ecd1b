import type { Concept } from '../defaultLexicon';
import { mentionEvidence, mentions } from '../readTicket';
import type { Evidence } from '../types';
import type { Factor, Signal } from './Factor';
import { resultFromSignals } from './Factor';

const THREATS: Concept[] = ['legal', 'cancellation_threat', 'severe_dissatisfaction'];
const COMPLAINT: Concept[] = ['legal', 'cancellation_threat', 'severe_dissatisfaction', 'frustration', 'repeat_contact', 'repeat_contact_many'];
const STRAIN: Concept[] = ['frustration', 'repeat_contact', 'executive', 'regulatory', 'renewal_soon'];

/** How much relationship pressure is on this ticket? */
export const customerPressure: Factor = {
  id: 'customer_pressure',
  label: 'Customer pressure',
  score(reading) {
    const { policy, organization: org } = reading;
    const signals: Signal[] = [];
    const threats = mentionEvidence(reading, THREATS);
    if (threats.length > 0) {
      signals.push({ level: 'high', reason: 'a legal, regulatory or cancellation threat, or severe dissatisfaction', evidence: threats });
    }
    const many = mentionEvidence(reading, ['repeat_contact_many']);
    if (many.length > 0) signals.push({ level: 'high', reason: 'the customer says they have written several times', evidence: many });

    const count = reading.contactsInWindow;
    if (count !== null && count >= policy.thresholds.contactsMedium) {
      const level = count >= policy.thresholds.contactsHigh ? 'high' : 'medium';
      signals.push({
        level,
        reason: `${count} contacts from the requester in ${policy.thresholds.contactWindowDays} days`,
        evidence: [{ source: 'count', ref: 'requester.tickets', detail: `${count} tickets in ${policy.thresholds.contactWindowDays} days`, basis: 'confirmed' }],
      });
    }
    const sponsor: Evidence | null = org?.executiveSponsor === true
      ? { source: 'organization', ref: 'organization.executive_sponsor', detail: 'an executive follows this account', basis: 'confirmed' }
      : null;
    if (sponsor) {
      const complaint = mentionEvidence(reading, COMPLAINT, 2);
      if (complaint.length > 0) signals.push({ level: 'high', reason: 'a complaint on an account with an executive sponsor', evidence: [sponsor, ...complaint] });
      else signals.push({ level: 'medium', reason: 'an executive sponsor follows the account', evidence: [sponsor] });
    }
    if (org?.planTier && policy.enterpriseTiers.includes(org.planTier)) {
      signals.push({ level: 'medium', reason: 'enterprise tier', evidence: [{ source: 'organization', ref: 'organization.plan_tier', detail: org.planTier, basis: 'confirmed' }] });
    }
    const days = reading.renewalInDays;
    if (days !== null && days >= 0 && days <= policy.thresholds.renewalWindowDays) {
      signals.push({
        level: 'medium',
        reason: `renewal in ${days} days`,
        evidence: [{ source: 'organization', ref: 'organization.renewal_date', detail: `${org?.renewalDate ?? ''} (in ${days} days)`, basis: 'confirmed' }],
      });
    }
    if (mentions(reading, ...STRAIN)) {
      signals.push({ level: 'medium', reason: 'frustration, a repeat contact, executive attention or a renewal in the customer\'s words', evidence: mentionEvidence(reading, STRAIN) });
    }
    return resultFromSignals('customer_pressure', signals, 'no relationship pressure found');
  },
};
