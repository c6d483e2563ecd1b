import type { Concept } from '../defaultLexicon';
import { asksAQuantity, isAskedAbout, mentionEvidence, textEvidence, type Mention } from '../readTicket';
import type { Factor, Signal } from './Factor';
import { resultFromSignals } from './Factor';

const ACCESS_CHANGING: Concept[] = ['access_recovery', 'ownership', 'compromise', 'third_party_data', 'identity_change'];
const GENERAL: Concept[] = ['security_general', 'permissions_general'];
// Accents off, lower case, one space between words: a disguise ("a   mi   nombre") reads as the plain words.
const foldText = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
const FROM_ACCOUNT = /\b(from|out of|aus|de|del|dal|van) (our|the|my|this|unserem|dem|notre|nuestra|la|nossa|a|onze|het|nostro|il) (account|konto|compte|cuenta|conta|accountje)\b/;
// Getting back in, or an account put in the asker's name.
const REGAINING = /\b(?:control|controllo|controle|kontrolle|regain|recover\w*|recuper\w*|restore|wiederherstell\w*|retrouver|terugkrijgen|riprendere|retomar|(?:my|mi|meu|mon|meinen|mijn|mio) (?:name|nombre|nome|nom|namen|naam))\b/;
const OWN_STEP = /\b(?:myself|ourselves|(?:do|should|must|can) (?:i|we) (?:also |still |then )?(?:have to |need to )?(?:remove|change|add|give|take|set|revoke|delete)|(?:muss|soll|kann) ich|mich selbst|selbst|moi[- ]meme|nous[- ]memes|dois[- ]je|yo mism[oa]|nosotros mismos|debo|eu mesm[oa]|devo|zelf|moet ik|io stess[oa]|da (?:solo|sola))\b/;
// "Je ne peux pas lui retirer ses droits moi-même": a step the customer cannot take asks it of us.
const CANNOT = /\b(?:not|cant|cannot|couldnt|unable|nicht|kein\w*|ne|pas|no|nao|niet|geen|non)\b/;
const SELF_SERVICE = /^(?:(?:my|our|own|mein|unser|mon|notre|mi|nuestra|minha|nossa|mijn|ons|mio|nostra) )?(?:password|passwords|passwort|kennwort|mot de passe|contrasena|senha|wachtwoord|api key|api keys|api token|api-schlussel|cle api|clave api|chave api|chiave api)$/;
const ACCOUNT_WORDS = /\b(user|users|usuario|usuarios|utente|utenti|utilisateur|gebruiker|benutzer|account|accounts|cuenta|conta|konto|compte|profile)\b/i;

/** Could the message influence access, privilege, ownership or identity? */
export const securityIdentity: Factor = {
  id: 'security_identity',
  label: 'Security and identity',
  score(reading) {
    const signals: Signal[] = [];
    const access = mentionEvidence(reading, ACCESS_CHANGING, 3, (m) => m.role !== 'howto' && !m.hypothetical);
    if (access.length > 0) {
      signals.push({ level: 'high', reason: 'could influence access recovery, ownership, identity or suspicious-activity handling', evidence: access });
    }
    // "Can you bump Sarah to admin", "kill any session he still has": an access change asked of us.
    const askedChange = mentionEvidence(reading, ['access_object'], 3, (m) => m.role === 'request' && m.addressed && !m.info);
    if (askedChange.length > 0) {
      signals.push({ level: 'high', reason: 'asks us to change someone\'s access, role or login', evidence: askedChange });
    }
    // "Delete her user and all her data": removing someone's account is an access change too.
    // "Remove the devices from our account" removes things, not someone's account.
    const removal = mentionEvidence(reading, ['deletion'], 2, (m) => m.role === 'request' && ACCOUNT_WORDS.test(foldText(m.quote)) && !FROM_ACCOUNT.test(foldText(m.quote)));
    if (removal.length > 0) {
      signals.push({ level: 'high', reason: 'asks us to remove someone\'s account or data', evidence: removal });
    }
    // "Please send me all the data you hold about me", from someone with no organization here: a
    // person asks for data a customer's account holds of them, and who they are cannot be checked.
    if (reading.input.organization.available && reading.organization === null) {
      const subject = mentionEvidence(reading, ['personal_data_request'], 2, (m) => m.role !== 'howto');
      if (subject.length > 0) signals.push({ level: 'high', reason: 'someone with no organization here asks about personal data an account holds, or asks that it be deleted', evidence: subject });
    }
    // "How do I transfer ownership of a board?" asks how the customer does it: no one's access changes through us.
    // "Como faço para recuperar o acesso?", "come facciamo a riprendere il controllo?", "¿cómo hacemos para que
    // todo quede a mi nombre?": asked how, getting back in or taking an account over is still done by us.
    const regain = mentionEvidence(reading, ACCESS_CHANGING, 3, (m) => m.role === 'howto' && REGAINING.test(foldText(m.quote)));
    if (regain.length > 0) {
      signals.push({ level: 'high', reason: 'asks how to get back into an account or take it over, which only we can do', evidence: regain });
    }
    const howTo = mentionEvidence(reading, ACCESS_CHANGING, 3, (m) => m.role === 'howto');
    if (howTo.length > 0) {
      signals.push({ level: 'medium', reason: 'a how-to question about access, ownership or identity', evidence: howTo });
    }
    const privilege = reading.mentions.get('privilege_change') ?? [];
    // "Do deactivated users still count towards our seats?" asks how a bill is counted.
    // "I'll change her role myself", "do I also have to remove them from the account?": the customer's own step.
    const asked = privilege.filter((m) => !m.howTo && !(m.role === 'question' && asksAQuantity(m.folded)) && !(m.role !== 'request' && OWN_STEP.test(m.folded) && !CANNOT.test(m.folded)));
    if (asked.length > 0) {
      signals.push({ level: 'high', reason: 'could change someone\'s privileges', evidence: asked.slice(0, 3).map(textEvidence) });
    } else if (privilege.length > 0) {
      signals.push({ level: 'medium', reason: 'a how-to question about roles and privileges', evidence: privilege.slice(0, 3).map(textEvidence) });
    }
    // "SSO fails for everyone since Monday" counts; "we remind our techs to rotate passwords" tells the customer's own story.
    // "Is the limit per API key or per workspace?" asks about a number, not about access.
    // "Where do I change my password?", "how do I create an API key?": a credential the customer sets itself.
    let troubled: boolean | undefined;
    const isTroubled = () => (troubled ??= reading.texts.some((t) => FAILURE.test(foldText(t))));
    const general = mentionEvidence(reading, GENERAL, 3, (m) => (isAskedAbout(m) || reportsFailure(m)) && !asksAQuantity(m.folded) && !(m.role === 'howto' && SELF_SERVICE.test(foldText(m.quote)) && !isTroubled()));
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

// A report that something does not work: "SSO fails", "cannot log in", "2FA codes are rejected".
const FAILURE = /\b(fail\w*|error\w*|broken|break\w*|stopp?ed|not work\w*|doesn'?t work|don'?t work|isn'?t working|can'?t|cannot|unable|rejected|denied|invalid|expired|locked|lost|loop\w*|bounc\w*|fehl\w*|funktioniert nicht|kaputt|gesperrt|abgelehnt|echou\w*|erreur\w*|impossible|bloqu\w*|marche pas|fonctionne pas|falla\w*|fallo|error|no funciona|no puedo|bloquead\w*|rechaz\w*|falha\w*|erro|nao funciona|nao consigo|werkt niet|mislukt|fout\w*|geblokkeerd|kan niet|non funziona|errore|bloccat\w*|non riesco|rifiutat\w*)\b/;

function reportsFailure(m: Mention): boolean {
  return FAILURE.test(m.folded);
}
