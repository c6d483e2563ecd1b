import type { Concept } from '../defaultLexicon';
import { mentionEvidence, textEvidence } from '../readTicket';
import type { Factor, Signal } from './Factor';
import { resultFromSignals } from './Factor';

const ACCESS_CHANGING: Concept[] = ['access_recovery', 'ownership', 'compromise', 'third_party_data', 'identity_change'];
const GENERAL: Concept[] = ['security_general', 'permissions_general'];
const ACCOUNT_WORDS = /\b(user|users|usuario|usuarios|utente|utenti|utilisateur|gebruiker|benutzer|account|accounts|cuenta|conta|konto|compte|profile)\b/i;

/** Could the message influence access, privilege, ownership or identity? */
export const securityIdentity: Factor = {
  id: 'security_identity',
  label: 'Security and identity',
  score(reading) {
    const signals: Signal[] = [];
    const access = mentionEvidence(reading, ACCESS_CHANGING, 3, (m) => m.role !== 'howto');
    if (access.length > 0) {
      signals.push({ level: 'high', reason: 'could influence access recovery, ownership, identity or suspicious-activity handling', evidence: access });
    }
    // "Can you bump Sarah to admin", "kill any session he still has": an access change asked of us.
    const askedChange = mentionEvidence(reading, ['access_object'], 3, (m) => m.role === 'request' && m.addressed && !m.info);
    if (askedChange.length > 0) {
      signals.push({ level: 'high', reason: 'asks us to change someone\'s access, role or login', evidence: askedChange });
    }
    // "Delete her user and all her data": removing someone's account is an access change too.
    const removal = mentionEvidence(reading, ['deletion'], 2, (m) => m.role === 'request' && ACCOUNT_WORDS.test(m.quote));
    if (removal.length > 0) {
      signals.push({ level: 'high', reason: 'asks us to remove someone\'s account or data', evidence: removal });
    }
    // "How do I transfer ownership of a board?" asks how the customer does it: no one's access changes through us.
    const howTo = mentionEvidence(reading, ACCESS_CHANGING, 3, (m) => m.role === 'howto');
    if (howTo.length > 0) {
      signals.push({ level: 'medium', reason: 'a how-to question about access, ownership or identity', evidence: howTo });
    }
    const privilege = reading.mentions.get('privilege_change') ?? [];
    const asked = privilege.filter((m) => !m.howTo);
    if (asked.length > 0) {
      signals.push({ level: 'high', reason: 'could change someone\'s privileges', evidence: asked.slice(0, 3).map(textEvidence) });
    } else if (privilege.length > 0) {
      signals.push({ level: 'medium', reason: 'a how-to question about roles and privileges', evidence: privilege.slice(0, 3).map(textEvidence) });
    }
    const general = mentionEvidence(reading, GENERAL);
    if (general.length > 0) {
      signals.push({ level: 'medium', reason: 'a permissions, roles or authentication question that changes no one\'s access', evidence: general });
    }
    const family = reading.family;
    if (family.basis === 'confirmed' && family.evidence && (family.value === 'security' || family.value === 'permissions')) {
      signals.push({ level: 'medium', reason: `a ${family.value} ticket`, evidence: [family.evidence] });
    }
    return resultFromSignals('security_identity', signals, 'no access, identity or security question');
  },
};
