import type { Lexicon } from './text/compileLexicon';

/**
 * The default word lists, one concept a list (syntax in `text/compileLexicon.ts`). Factors
 * read concepts, never words, so an administrator can retune a list without touching code.
 * English first, with basic German, French and Spanish.
 */
export const DEFAULT_LEXICON = {
  // Commercial concessions: the answer could create, deny or reinterpret one.
  refund: [
    '!sync* ~ payment*', '!import* ~ payment*',
    'devolv* ~~ meses|mes|months|importe|dinheiro|dinero|valor', 'invoice*|bill|charge* ~ corrected|adjusted|fixed',
    'get|have|want ~ difference|money|amount|months|fee|fees|payment ~~ back', 'devuelv* ~ cobro|dinero|importe|pago|cargo', 'reintegr*', 'ruckbuch*', 
    'rimbors*', 'restitu* ~ soldi|importo|denaro', 'reembols*', 'estorn*', 'devolu* ~ dinheiro|valor', 'devolv* ~ dinheiro|valor', 'terugbetal*', 'restitutie', 'geld terug', 'terugstort*', 'money ~ back', 'difference ~ back', 'months ~ back', 'unused ~ back', 'credited', 'credit ~ us|me|back',
    'refund*', 'money back', 'money ~ returned|refunded', 'get ~ money ~ back', 'reimburs*', 'repay*', 'pay* ~ back', 'revers* ~ charge*', 'revers* ~ payment*',
    'revers* ~ transaction*', 'chargeback*', 'charge back', 'return ~ money', 'undo ~ charge*', 'cancel ~ charge*',
    'ruckerstatt*', 'erstatt*', 'geld zuruck', 'ruckzahl*', 'zuruckzahl*', 'zuruckerstatt*',
    'adjust* ~ invoice*|bill|bills|charge*', 'correct* ~ invoice*|bill|bills|charge*', 'fix ~ invoice*|bill|bills', 'credit ~ back',
    'rembours*', 'reembols*', 'devolu* ~ dinero|importe|pago|cobro', 'devolver* ~ dinero|importe|pago|cobro',
    'storn* ~~ abbuchung*|buchung*|belastung*|lastschrift*|zahlung*|rechnung*|gebuhr*|betrag', 'terug ~ boeken|storten|betalen', 'terugboek*',
    'zuruckzuerstatt*', 'ruckzuerstatt*', 'zuruckzuzahl*', 'zu erstatten', 'gutzuschreiben',
    // The EU tax procedure, not a refund: "Reverse-Charge-Verfahren", "reverse charge VAT".
    '!reverse charge',
  ],
  credit: [
    'taken|take* ~ off ~~ bill|invoice',
    '!top up ~~ credit*', '!topup ~~ credit*', '!running out of ~ credit*',
    'differenz ~~ gut', '!credit* ~~ roll|rollover|expire*|carry',
    'schreiben ~~ gut', 'differenz ~~ gutschreib*|erstatt*|zuruck*|verrechn*',
    'sort* ~ difference', 'difference ~~ next ~ bill|invoice', 'reflect* ~~ next ~ bill|invoice', 'nachsten rechnung ~~ widerspiegel*|berucksichtig*|gutgeschrieben|verrechnet', 'prochaine facture ~~ compte|deduire|deduit*', 'proxima factura ~~ descont*|cuenta|compens*',
    'credito', 'crediti', 'nota di credito', 'nota de credito', 'credito ~ conta', 'tegoed', 'creditnota', 'vergoeding', 'compensa*', 'risarciment*', 'indenniz*', 'make ~ right', 'make ~ up ~ to us', 'off ~ next ~ invoice|bill', 'take ~ off ~ invoice|bill', 'deduct* ~ from', 'van de volgende factuur', 'dalla prossima fattura', 'da proxima fatura',
    'credit', 'credits', 'service credit*', 'account credit*', 'usage credit*', 'credit note*', 'compensat*',
    'make up for', 'make it up', 'goodwill', 'gutschrift*', 'entschadig*', 'kompensation*', 'geste commercial',
    'dedommag*', 'indemnis*', 'avoir commercial', 'un avoir', 'obtenir ~ avoir', 'credito*', 'bonificacion*', 'indemniza*', 'compensacion*',
    '!credit card*', '!credit score*', '!credit check*', '!credits ~ page|screen|roll', '!tarjeta de credito', '!how many ~ credit*', '!credit* ~ left|remaining|balance', '!buy ~ credit*', '!purchase* ~ credit*',
    'crediteren', 'creditfactuur', 'accredit*',
    'verreken*', 'met de volgende factuur', 'against ~ next ~ invoice|bill', 'offset* ~~ invoice|bill', 'verrechn*', 'compens* ~~ facture|factura|fatura|fattura', 'scal* ~~ fattura',
    'expect ~ something ~ back', 'do ~~ about ~~ bill|invoice|charges|billing', 'what ~ you ~~ offer ~~ outage|downtime|trouble',
  ],
  discount: [
    '!cheaper than',
    '!is it ~ cheaper', '!cheaper if', '!cheapest ~ plan|tier|option|way',
    'flexib* ~~ pric*|price|prices|rate|rates|cost|costs|renewal', 'multi year ~ rate|price|pricing|discount', 'price ~ match*', 
    'sconto', 'sconti', 'scontat*', 'desconto*', 'korting*', 'prezzo ~ speciale', 'preco ~ especial', 'loyalty ~ discount|price|pricing|rate', 'better ~ price|rate|deal',
    'discount*', 'price reduction', 'cheaper', '!cheaper ~ plan|tier|package|edition|subscription|option', 'lower ~ price*', 'special pric*', 'match ~ price*', 'coupon*',
    'promo code*', 'rabatt*', 'preisnachlass*', 'remise', 'ristourne', 'descuento*', 'rebaja*',
    'keep ~ current|old|existing|same ~ rate|price|pricing|tier', 'knock* ~ down|off', 'what we paid ~ last year', 'last year* ~ price|rate|pricing', 'bring ~ price ~ down', 'grandfather*', 'old ~ rate|price|pricing', 'alten ~ preis|tarif', 'ancien ~ tarif|prix', 'precio ~ anterior|antiguo', 'preco ~ antigo|anterior', 'oude ~ tarief|prijs', 'vecchio ~ prezzo|tariffa', 'prezzo ~ precedente',
  ],
  waiver: [
    '!per ~ month* ~ free',
    'wont ~ pay ~~ until|unless', 'will not ~ pay ~~ until|unless', 'ne ~ reglerons|payerons|reglerai|payerai ~ pas', 'werden ~~ nicht ~ bezahlen|zahlen', 'no ~ pagaremos|pagare', 'nao ~ pagaremos|pagarei', 'niet ~ betalen ~~ tot|totdat', 'non ~ pagheremo|paghero',
    'fee|fees|charge|charges|penalty ~~ remov*|waiv*|revers*|dropped|forgiven', 'fee|fees|charge|charges|penalty ~ written off', 'remov* ~ fee*|charge*|penalt*', 'without ~ paying|charge|charging ~~ full|whole|entire|month|year', 
    'condon*', 'annullare ~ fattura', 'stornare', 'isentar', 'isencao', 'kwijtschel*', 'kosteloos', 'sem custo', 'zonder kosten', 'free month*', 'month* ~ free',
    'waiv*', 'forgive ~ fee*|charge*|invoice*', 'not be charged', 'not being charged', 'not get charged',
    'without ~ charged', 'without ~ charging', 'without paying', 'not ~ pay|paying|charged|billed ~ for ~ full|whole|entire|extra', 'avoid ~ paying|charge*|fee*', 'only pay for', 'pay only for', 'free of charge', 'no charge', 'dont charge',
    'stop charging', 'remove ~ fee*|charge*', 'drop ~ fee*', 'write off', 'cancel ~ invoice*', 'void ~ invoice*',
    'erlass*', 'kostenlos ~ verlanger*|erlass*|gutschreib*', 'ohne ~ berechnet|bezahlen', 'sans frais', 'annuler ~ facture*',
    'sin cargo', 'sin costo', 'anular ~ factura*',
    'anul* ~ factura*|cargo*|cobro*|recargo*', 'elimin* ~ cargo*|cobro*|recargo*|comision*', 'cancel* ~ fatura*|cobranca*|multa*', 'annull* ~ fattura*|addebit*|penale', 'storn* ~ penale|addebit*', 'boete* ~~ vervallen|schrappen|kwijt*|terug*',
  ],
  exception: [
    'eccezione', 'excecao', 'uitzondering',
    'exception*', 'special arrangement*', 'special terms', 'one time exception', 'one off', 'bend ~ rules',
    'outside ~ policy', 'break ~ contract*|commitment|agreement', 'get out of ~ contract*|commitment|agreement', 'early termination', 'waive ~ minimum|term*', 'ausnahme*', 'sonderregel*', 'kulanz*', 'derogation*', 'excepcion*',
    '!exception* ~ thrown', '!unhandled exception*', '!exception error*', '!runtime exception*',
    '!throw* ~ exception*', '!exception* ~ stack|log*|trace*',
    'pause ~ subscription*|account|billing|plan|payments', 'instalment*', 'installment*', 'payment plan', 'split ~ payment*|invoice*|bill', 'extension ~~ payment|deadline|due|invoice', 'extend ~~ trial|deadline', 'extend ~~ due date', 'extend ~~ payment terms', 'more time to pay', 'defer* ~ payment*|invoice*', 'postpone ~ payment*|invoice*|billing', 'ratenzahlung', 'raten ~ zahlen', 'zahlungsaufschub', 'stundung', 'abo|abonnement ~ pausieren|aussetzen', 'paiement ~ en ~ plusieurs fois', 'echelonn*', 'delai de paiement', 'suspendre ~ abonnement', 'a plazos', 'en cuotas', 'prorroga*', 'pausar ~ suscripcion|assinatura|cuenta|conta', 'parcela*', 'parcelad*', 'prorrog*', 'in termijnen', 'uitstel ~ van ~ betaling', 'abonnement ~ pauzeren', 'rateizz*', 'proroga', 'sospendere ~ abbonamento',
  ],
  contract: [
    'contratto', 'contratti', 'contrato', 'contratos', 'contract', 'overeenkomst',
    'contract*', 'agreement*', '!contractor*', 'msa', 'sla', 'slas', 'service level*', 'minimum term', 'order form*', 'negotiated',
    'terms of ~ deal', 'annual commitment', 'vertrag*', 'vertrage', 'laufzeit', 'contrat*', 'contrato*',
  ],
  entitlement_dispute: [
    'we were told', 'i was told', 'were promised', 'was promised', 'you promised', 'promised us', 'entitled',
    'entitlement*', 'supposed to include|get|have', 'supposed to be included', 'sales ~ told|said|promised', 'when we signed',
    'as agreed', 'agreed ~ price|terms|rate', 'what we agreed', 'not what ~ agreed|promised', 'different from ~ quote|quoted|agreed', 'we paid for', 'zugesagt', 'versprochen', 'on nous a promis',
    'nous a ete promis', 'nos prometieron', 'prometido',
    'order form* ~~ include*|says|said|states|promis*', 'contract ~~ says|said|states|promis*|includes', 'quote ~~ says|said|included|includes', 'laut ~~ vertrag|angebot', 'selon ~~ contrat|devis', 'segun ~~ contrato|presupuesto', 'conforme ~~ contrato|proposta', 'volgens ~~ contract|offerte', 'secondo ~~ contratto|offerta',
  ],
  // Billing and plans: the answer depends on billing or pricing rules.
  billing: [
    'invoice*', 'bill', 'bills', 'billed', 'billing', 'charge', 'charges', 'charged', 'double charg*', 'payment*',
    'pay', 'paid', 'paying', 'receipt*', 'price', 'prices', 'pricing', 'cost', 'costs', 'fee', 'fees',
    'subscription fee*', 'vat', 'tax', 'taxes', 'prorat*', 'proration', 'billing cycle', 'card ~ declined',
    'overage*', 'how much ~ cost*|pay|charge*|fee*|price*|extra|more', 'quote for', 'rechnung*', 'abrechnung*', 'zahlung*', 'preis*', 'kosten', 'gebuhr*',
    'facture*', 'facturation', 'paiement*', 'prix', 'tarifs', 'tarification', 'factura*', 'cobro*', 'cobrad*', 'pago*', 'precio*',
    '!in charge', '!free of charge', '!charge ~ battery|phone|device|cable', '!pay ~ attention',
    'abbuchung*', 'lastschrift*', 'fatura*', 'cobranca*', 'pagamento*', 'mensalidade*', 'factuur*', 'facturen', 'betaling*', 'afschrijving*', 'incasso*', 'fattura*', 'addebit*', 'pagament*', 'canone',
  ],
  plan_change: [
    'upgrad*', 'downgrad*', 'switch* ~ plan*|tier*', 'chang* ~ plan*|tier*', 'mov* to ~ plan|tier', 'plan change*',
    'tarifwechsel', 'tarif ~ wechseln', 'changer ~ forfait|offre', 'cambiar* ~ plan*',
  ],
  downgrade: [
    'downgrad*', 'reduce ~ seats|licen*|users', 'remove ~ seats|licen*', 'fewer seats', 'lower ~ plan|tier', 'cheaper ~ plan|tier|package|edition|option', 'smaller ~ plan|tier|package',
    'herabstuf*', 'retrograd*', 'bajar ~ plan',
    'come|go ~ down ~ to|from ~~ seats|licen*|users', 'drop ~~ seats|licen*|users', 'cut ~~ seats|licen*', 'weniger ~ lizenzen|platze|nutzer', 'moins de ~ licences|sieges', 'menos ~ licencias|usuarios|asientos', 'menos ~ licencas|usuarios', 'minder ~ licenties|gebruikers', 'meno ~ licenze|utenti',
  ],
  plan_question: [
    'our|my ~ plan include*', 'plan ~ include*', 'included in ~ plan|tier|subscription', 'on our|my ~ plan',
    'which plan', 'what plan', 'plan ~ allow*|support*', 'our|my current plan', 'in unserem tarif',
    'notre ~ forfait|offre', 'nuestro plan',
  ],
  cancellation: [
    'cancel* ~ suscripci*|assinatura|conta|cuenta|contrato|contratto|abonnement|abbonamento', 'fechar|encerrar|cerrar ~ conta|cuenta',
    'disdett*', 'annullare ~ abbonamento', 'disdire', 'cancelar ~ assinatura|conta|contrato', 'opzeg*', 'opzeggen', 'stopzetten',
    'cancel* ~ subscription*|account*|contract*|plan|service|membership|renewal', 'terminat* ~ contract*|subscription*|account*',
    'close ~ account*', 'end ~ subscription*|contract*', 'kundig*', 'resili*', 'cancelar*', 'dar* de baja',
    'zeggen ~~ abonnement|contract|account ~ op', 'disdir*', 'disdic*',
  ],
  cancellation_threat: [
    'otro|otra ~ programa|software|aplicacion|sistema|proveedor|herramienta', 'outro|outra ~ programa|software|sistema|fornecedor|ferramenta', 'raise ~~ procurement', 'escalat* ~~ procurement',
    'alternatives', 'alternativen', 'alternatieven', 'alternative ~ offer*|options|quote*', 
    'otro proveedor', 'buscar ~ proveedor|alternativa', 'autre fournisseur', 'anderen anbieter', 
    'or we ~ cancel*|leave|switch|go', 'we will ~ cancel*|leave|switch', 'take ~ business|team|teams|company ~ elsewhere', 'move ~ team|company|us|everyone|everything ~ to ~ another|other|different', 'another ~ tool|vendor|provider|platform|solution', 'go back to ~ spreadsheets|excel', 'andere aanbieder', 'altro fornitore', 'outro fornecedor', 'overstappen', 'passare a ~ altro', 'mudar para ~ outro',
    'competitor*', '!competitor* ~ do|does|did|has|have|had|offer*', '!saw ~ competitor*', 'alternative ~ vendor*|provider*|solution*', 'look* ~ alternatives', 'business elsewhere',
    'switch* to ~ another|other ~ provider*|vendor*|tool*', 'leave ~ platform|service|you', 'churn*',
    'not renew*', 'wont renew', 'will not renew', 'reconsider* ~ renewal|contract|subscription|partnership',
    'other provider*', 'anbieter ~ wechseln', 'konkurrenz', 'concurren*', 'competencia',
    'or we ~ cancel*', 'otherwise ~ cancel*', 'consider* ~ cancel*',
    'other|different ~ vendor*|tool*|solution*|option*|platform*|provider*', 'andere* anbieter', 'andere* ~ tool*|losung*|plattform*', 'autre* ~ solution*|outil*|prestataire*', 'otra* ~ herramienta*|solucion*|plataforma*', 'outra* ~ ferramenta*|solucao|plataforma*', 'mudar ~ para ~ outra|outro', 'andere ~ tool*|oplossing*|leverancier*', 'altr* ~ strument*|soluzion*|piattaform*',
  ],
  renewal_soon: [
    'renew* ~ in ~ days|weeks|week|month', 'renewal ~ next|soon|coming|upcoming', 'up for renewal', 'renewing soon',
    'before ~ renewal', 'verlangerung', 'renouvellement', 'renovacion',
  ],
  // Relationship pressure.
  legal: [
    'report ~~ to ~ the ~ ico|cnil|aepd|cnpd|garante|regulator*|authorit*|ombudsman', 'to the ico', 'garante ~ protezione|privacy', 'segnal* ~~ garante|autorita', 'melden ~~ datenschutz*|aufsicht*', 'signaler ~~ cnil|autorite', 'denunciar ~~ aepd|agencia', 
    'avvocat*', 'advogad*', 'advocaat*', 'advocaten', 'rechtszaak', 'rechter', 'juridische stappen', 'azione legale', 'azioni legali', 'vie legali', 'acao judicial', 'processo judicial', 'tribunale', 'klacht ~ bij', 'reclamo ~ al garante', 'garante ~ privacy', 'autoriteit persoonsgegevens', 'supervisory authority', 'aufsichtsbehord*', 'datenschutzbehord*', 'datenschutzaufsicht', 'cnil', 'aepd', 'cnpd', 'agencia ~ proteccion ~ datos', 'autorite de controle', 'beschwerde ~ bei', 'mise en demeure', 'messa in mora', 'ingebrekestelling', 'notificacao extrajudicial', 'burofax',
    'lawyer*', 'attorney*', 'legal action', 'legal team', 'legal department', 'legal steps', 'legal counsel',
    'counsel', 'sue', 'suing', 'lawsuit*', 'court', 'litigat*', 'formal complaint', 'regulator*', 'ombudsman',
    'data protection authority', 'consumer protection', 'small claims', 'report ~ to ~ authorit*',
    'anwalt*', 'rechtsanwalt*', 'klage', 'verklagen', 'rechtliche schritte', 'avocat*', 'poursuite*', 'tribunal',
    'abogado*', 'demanda*', 'accion* legal*',
    'dispute ~~ bank|card|issuer|paypal|amex', 'file* ~ chargeback*|dispute*', 'initiat* ~ chargeback*|dispute*', 'raise ~ chargeback*', 'ruckbuchung ~ bank', 'contest* ~~ banque|bank|banco|tarjeta|cartao',
    'procon', 'reclame aqui', 'registrar ~ reclamacao|queixa', 'defesa do consumidor', 'consumentenbond', 'verbraucherzentrale', 'associazione ~ consumatori', 'oficina ~ consumidor', 'dgccrf', 'consumer ~ protection|affairs|rights',
    'inform ~~ authorit*|regulator*|police|ico|cnil|datenschutz*', 'breach of ~ dpa|contract|agreement|sla|gdpr', 'the authorities', 'die behorden', 'les autorites', 'las autoridades', 'as autoridades', 'de autoriteiten', 'le autorita',
  ],
  regulatory: [
    'lgpd',
    'gdpr', 'dsgvo', 'rgpd', 'ccpa', 'hipaa', 'data subject', 'dsar', 'right to ~ erasure|access', 'right to be forgotten',
    'personal data request',
  ],
  severe_dissatisfaction: [
    'peor ~ experiencia|servicio|proveedor', 'la peor', 'pesimo', 'pessimo', 'pessima', 'pire ~ experience|service', 'schlechteste*', 'pior ~ experiencia|servico', 'slechtste', 'peggior*',
    'not acceptable', 'isnt acceptable', 'is not acceptable', 'nicht akzeptabel', 'pas acceptable', 'no es aceptable', 'nao e aceitavel', 'niet acceptabel', 'non e accettabile', 
    'inaccettabile', 'vergognoso', 'inaceitavel', 'vergonhoso', 'onacceptabel', 'schandalig', 'belachelijk',
    'unacceptable', 'outrageous', 'ridiculous', 'disgrace*', 'disgust*', 'furious', 'appalled', 'worst',
    'horrible', 'terrible', 'fed up', 'sick of', 'had enough', 'scam', 'never again', 'completely useless',
    'extremely disappointed', 'very disappointed', 'deeply disappointed', 'beyond frustrat*', 'incompetent',
    'inakzeptabel', 'unverschamt', 'frechheit', 'inadmissible', 'inacceptable', 'scandaleux', 'inaceptable',
    'vergonzoso', 'indignant*',
    'post ~~ about ~~ linkedin|twitter|reddit|online|social', 'on ~ linkedin|twitter|trustpilot|capterra|reddit', 'bad|negative ~ review*', 'one star', '1 star', 'go public', 'bewertung ~ schreiben|abgeben', 'avis negatif', 'resena negativa', 'avaliacao negativa', 'slechte review', 'recensione negativa',
  ],
  frustration: [
    'penible', 'agacant*', 'nervig', 'frustrant*', 'fastidios*', 'vervelend', 'irritant*',
    'frustrat*', 'deluso', 'delusa', 'frustrad*', 'gefrustreerd', 'teleurgesteld', 'ancora non', 'ainda nao', 'nog steeds',
    'frustrat*', 'disappoint*', 'annoy*', 'upset', 'unhappy', 'still not', 'still no', 'still broken',
    'still waiting', 'still have not', 'still havent', 'no answer', 'no response', 'no reply', 'properly this time',
    'yet again', 'once again', 'how many times', 'still ~ fail*|broken|crash*', 'still ~ not working', 'still ~ happening', 'waiting for ~ days|weeks', 'not good enough',
    'enttausch*', 'verargert', 'immer noch', 'decu*', 'toujours pas', 'molest*', 'todavia no', 'sigue sin',
    'nobody|noone ~ has ~ answered|replied|responded|helped', 'nobody|noone ~ got back', 'nobody ~ answered|replied|responded|helped', 'no one ~ has ~ answered|replied|responded|helped', 'no one ~ answered|replied|responded', 'lose|losing|lost ~ patience', 'running out of ~ patience', 'patience ~ running|wearing', 'geduld ~ verlier*|verloren|ende|op', 'perd* ~ patience|paciencia|pazienza', 'waiting ~ since', 'waited ~ days|weeks|over', 'warte* ~~ seit', 'attend* ~ depuis', 'esper* ~ desde', 'aguard* ~ desde|ha', 'wacht* ~ al|sinds', 'aspett* ~ da', 'keine antwort', 'aucune reponse', 'ninguna respuesta', 'nenhuma resposta', 'geen antwoord|reactie', 'nessuna risposta',
    'ninguem ~ respondeu|responde', 'nadie ~ respondio|responde|contesta', 'nadie ~ ha respondido', 'personne ~ repondu', 'personne ~ ne repond', 'personne ~ na repondu', 'niemand ~ antwortet|geantwortet|reagiert', 'niemand ~ reageert|gereageerd|antwoordt', 'nessuno ~ risponde|risposto',
    'third time', '3rd time', 'fourth time', 'fifth time', 'several times', 'multiple times', 'many times', 'numerous times', 'dritte mal', 'troisieme fois', 'tercera vez', 'terceira vez', 'derde keer', 'terza volta',
    // Complaint in everyday words: "keeps failing", "we pay for this", "not impressed", "costing us hours".
    'keep* ~ failing|crashing|breaking|happening|dropping|freezing', 'keeps happening', 'every single ~ time|day|night|week',
    'not happy', 'not impressed', 'very|really|extremely ~ poor', 'poor ~ service|support|experience', 'we pay for', '!if we pay for', 'paying customer*',
    'for what we pay', 'expect* ~ better|more ~ from', 'how is it possible', 'how can it be', 'seriously', 'costing us', 'wasting ~ time|hours|days|our',
    'waste of time', 'same ~ bug|issue|problem|error ~ again', 'same ~ bug|issue|problem|error ~ is back', 'getting worse', 'tired of', 'come on',
    'argerlich', 'unzufrieden', 'standig', 'schon wieder', 'nervig', 'frustriert', 'zeitverschwendung', 'langsam reicht',
    'mecontent*', 'insatisf*', 'agace*', 'encore une fois', 'perte de temps', 'pas normal',
    'descontent*', 'perdida de tiempo', 'no es normal', 'cansad* de',
    'chatead*', 'irritad*', 'perda de tempo', 'nao e normal',
    'ontevreden', 'geirriteerd', 'alweer', 'tijdverspilling', 'niet normaal', 'ben het zat',
    'insoddisf*', 'scontent*', 'irritat*', 'ancora una volta', 'perdita di tempo', 'non e normale', 'stufo', 'stufi',
    'escalat* ~~ management|manager*|supervisor*|superior*|boss', 'eskalier*', 'escalader|escalad*',
  ],
  repeat_contact: [
    'second time', '2nd time', 'already ~ wrote|written|contacted|reported|asked|emailed|told|raised|opened',
    'follow* up on', 'asked|wrote|written|contacted|emailed|called ~ twice|before|already', 'twice', '!charg* ~ twice', '!billed|debited|paid ~ twice', '!twice ~ charg*|billed|debited', 'previous ticket', 'earlier ticket', 'last ticket', 'my last email', 'wrote ~ last week',
    'zweite mal', 'zum zweiten', 'deuxieme fois', 'segunda vez', 'nochmal',
  ],
  // Several contacts in the customer's words: "the third email", "I've asked three times".
  repeat_contact_many: [
    'third|fourth|fifth|3rd|4th|5th ~ email*|message*|ticket*|request*|call*|chat*|reminder*',
    'third|fourth|fifth|3rd|4th|5th ~ time ~~ writ*|wrote|ask*|contact*|email*|reach*|rais*|report*|chas*|messag*|call*|follow*|open*',
    'writ*|wrote|ask*|contact*|email*|reach*|rais*|report*|chas*|messag*|call*|told|follow* ~~ several|multiple|many|numerous|three|four|five|3|4|5 ~ time|times',
    'again and again', 'keep having to',
    'dritte* ~ mail|nachricht|anfrage|ticket', 'dritte* ~ e mail', 'mehrfach|mehrmals|dreimal ~~ geschrieben|gemeldet|angefragt|kontaktiert|nachgefragt',
    'troisieme ~ mail|message|demande|relance', 'ecrit|relance|contacte|demande ~~ plusieurs|trois ~ fois', 'plusieurs fois ~~ ecrit|relance|contacte|demande',
    'tercer* ~ correo|mensaje|solicitud', 'escrito|pedido|contactado|reclamado|escribi|pedi ~~ varias|tres ~ veces', 'varias veces ~~ escrito|pedido|contactado',
    'terceir* ~ email|mensagem|pedido', 'pedi|escrevi|contatei|reclamei ~~ tres|varias ~ vezes',
    'derde ~ mail|bericht', 'drie keer ~~ gemaild|gevraagd|gemeld|geschreven', 'meerdere keren ~~ gemaild|gevraagd|gemeld|geschreven',
    'terz* ~ mail|messaggio|richiesta', 'scritto|chiesto|segnalato ~~ tre|piu ~ volte',
  ],
  executive: [
    'ceo', 'cfo', 'cto', 'coo', 'cio', 'vp', 'vice president', 'executive*', 'our board', 'head of',
    'your management', 'geschaftsfuhr*', 'vorstand', 'pdg', 'direction generale', 'director general',
  ],
  // Identity and security.
  access_recovery: [
    'accesso ~ perso', 'non riesco ~ accedere', 'account ~ bloccat*', 'bloccat* ~ fuori|account|accesso', 'nao consigo ~ acessar|entrar', 'acesso ~ perdido', 'geen toegang', 'kan niet ~ inloggen', 'buitengesloten', 'login link', 'magic link', 'one time ~ login|link|code',
    'locked out', 'lock* ~ out', 'lockout', 'cant|cannot|unable|couldnt ~ log* ~ in|into', 'cant|cannot|unable|couldnt ~ login|signin',
    'cant|cannot|unable|couldnt ~ sign ~ in', 'cant|cannot|unable|couldnt ~ access ~ account*|workspace*|profile*|admin*|email*|inbox',
    'lost access', 'no longer ~ access', 'restore ~ access', 'regain ~ access', 'get ~ back into', 'get ~ access ~ back', 'access back', 'recover* ~ account*',
    'account recovery', 'reset ~ mfa|2fa|authenticator|otp', 'reset ~ two ~ factor', 'disable ~ mfa|2fa',
    'disable ~ two ~ factor', 'turn off ~ mfa|2fa', 'remove ~ mfa|2fa', 'bypass ~ mfa|2fa|login|verification',
    'lost ~ phone|device|authenticator', 'backup code*', 'recovery code*', 'reset ~ her|his|their ~ password*',
    'ausgesperrt', 'kein zugang', 'zugang ~ verloren', 'nicht ~ anmelden|einloggen', 'compte|acces|utilisateur|session ~ bloque*', 'bloque* ~ compte|acces|utilisateur', 'me ~ bloque*', 'suis ~ bloque*',
    'acces ~ perdu', 'impossible de ~ connecter', 'cuenta|acceso|usuario ~ bloquead*', 'bloquead* ~ cuenta|acceso|usuario', 'estoy ~ bloquead*', 'me ~ han ~ bloquead*', 'conta|acesso|usuario ~ bloquead*', 'no puedo ~ acceder|entrar|iniciar',
    'no puedo ~ entrar|acceder|iniciar', 'perd* ~ acceso|acesso|accesso|acces|zugang|toegang', 'recuper* ~ cuenta|conta|acceso|acesso|account|accesso|compte|acces', 'wiederherstell* ~ zugang|konto', 'herstel* ~ toegang|account', 'kein ~ zugang|zugriff', 'komme nicht ~ rein|konto', 'ne peux plus ~ acceder', 'ne peux plus ~ me connecter', 'desactivar ~ 2fa|mfa', 'desactivar ~ doble factor', 'desactivar ~ segundo factor', 'desativar ~ 2fa|mfa', 'desativar ~ dois fatores', 'disattivare ~ 2fa|mfa', 'disattivare ~ due fattori',
  ],
  privilege_change: [
    'bump ~ to|up ~ admin*|owner*', 'upgrade ~ to ~ admin*', 'same access as', 'keys to ~ everything|kingdom', 'full admin', 'rendere ~ admin*|amministrator*', 'tornar ~ admin*|administrador*', 'beheerder ~ maken',
    'role change*', 'chang* ~ role|roles', 'make ~ admin*|owner*|superuser*', 'grant* ~ admin*|owner*',
    'give ~ admin*|owner*', 'admin rights|access|privileges|permissions|role', 'elevat* ~ access|privilege*|role*',
    'promot* ~ admin*', 'remove* ~ admin*', 'demot*', 'revok* ~ access|admin*', 'add ~ as ~ admin*|owner*', 'remove ~ user*|member*|employee*|colleague*|access', 'deactivat* ~ user*|member*|employee*|account*',
    'superuser*', 'root access', 'privilege', 'privileges', 'adminrechte', 'droits ~ admin*', 'permisos ~ admin*',
    '!admin panel', '!admin console', '!admin settings',
    'remove ~~ from ~ workspace*|account*|team*|organi*|org|space', 'kick ~ out', 'cut off ~ access', 'zum|zur ~ admin*|administrator*', 'administrateur ~ du|de', 'hacer ~ admin*|administrador*', 'beheerdersrechten', 'admin ~ rechten', 'diritti ~ admin*', 'droits ~ administrat*',
    'give ~~ access', 'grant ~~ access', 'let ~~ see|view|edit|into ~ board*|workspace*|account*|folder*|space*', 'admin ~ maken', 'devolver|restaurar|restablecer ~~ rol|acceso|permisos|administrador*', 'restore ~~ admin*|role|rights|access', 'no longer ~ admin*|owner*', 'nicht mehr ~ admin*|administrator*', 'ne suis plus ~ admin*|administrat*', 'ya no soy ~ admin*|administrador*', 'nao sou mais ~ admin*|administrador*', 'niet meer ~ admin|beheerder', 'non sono piu ~ admin*|amministrator*', 'who ~ removed|changed|demoted ~ me|my|her|his', 'quien ~~ quito|cambio', 'tirar|remover|revogar ~~ acesso', 'quitar|revocar ~~ acceso', 'zugang|zugriff ~~ entziehen|sperren', 'retirer ~~ acces', 'toegang ~~ intrekken|afnemen', 'togliere|revocare ~~ accesso',
  ],
  ownership: [
    'proprietario', 'proprietaria', 'eigenaar*', 'dono da conta', 'hand ~ over ~ account|workspace|ownership',
    'ownership', 'account owner*', 'workspace owner*', 'owner|admin|administrator ~ left', 'former ~ admin*|owner*', 'transfer* ~ account*|workspace*|owner*',
    'change ~ owner*', 'new owner', 'become ~ owner*|admin*|administrator*', 'take over ~ account*|workspace*', 'billing owner', 'primary owner',
    'inhaber*', 'eigentumer*', 'proprietaire', 'propietario*', 'titular*',
    'propriete', 'transf* ~ propri*', 'eigentum*', 'propiedad', 'transferir ~ propiedad|propriedade|cuenta|conta', 'propriedade', 'eigendom', 'proprieta', 'trasferi* ~ proprieta|account', 'hand ~ over ~ ownership', 'overdragen',
    'hand ~ workspace|account|space ~ over', 'be ~ the ~ owner*', 'take ~ over ~ as ~ owner*',
  ],
  compromise: [
    'compromess*', 'comprometid*', 'gecompromitteerd', 'kompromittiert', 'ransomware', 'malware', 'trojan*', 'encrypt* ~ activity|attack', 'accessi sospetti', 'accesos sospechosos',
    'hack*', '!any hack*', '!quick hack*', '!a hack', '!hack ~ to|for', 'compromis*', 'suspicious', 'unauthori*', 'phish*', 'breach*', 'stolen', 'someone else',
    'didnt ~ make|authorize|authorise|request ~ change*|this|that|login', 'not me', 'unknown ~ login*|device*|ip|location*',
    'strange ~ login*|activity|email*', 'login alert*', 'security alert*', 'unrecogni*', 'nobody|dont|didnt|not ~ recogni*',
    'unfamiliar ~ login*|device*|ip|location*', 'log* ~ from ~ ip|country|location', 'sign* in ~ from ~ ip|country|location', 'fraud*', 'impersonat*', 'gehackt', 'verdachtig*', 'pirate*', 'suspect*',
    'hackead*', 'sospechos*', 'fraude*',
    'new sign in', 'new signin', 'new login', 'never been there', 'wasnt me', 'was not me', 'still logged|signed ~ in', 'nicht ich', 'pas moi', 'no fui yo', 'nao fui eu', 'niet ik', 'non ero io',
    'still ~ has|have ~ access', 'ainda ~ tem ~ acesso', 'noch ~ zugriff|zugang', 'a toujours ~ acces', 'todavia ~ tiene ~ acceso', 'heeft ~ nog ~ toegang', 'ha ancora ~ accesso',
  ],
  third_party_data: [
    'activity of ~ him|her|them', 'activity of ~ this user', 'what ~ he|she ~ looked at|viewed|accessed', 'his|her ~ activity', 'dati di ~ un|una ~ altro|altra|ex', 'dados de ~ outro|outra|ex',
    'another ~ user*|person*|customer*|employee* ~ data|account*|email*|messages|password*',
    'someone elses', 'colleague* ~ password*|emails|messages|data|account*|inbox', 'employee* ~ password*|emails|messages|inbox',
    'former employee*', 'access to ~ his|her|their ~ account*|emails|inbox|data', 'his|her|their ~ password*',
    'read ~ his|her|their ~ messages|emails',
    'login history', 'sign in history', 'activity log*', 'activity history', 'access log*', 'audit trail of', 'anmeldeverlauf', 'historique ~ connexion*', 'historial ~ acceso*|inicio*', 'historico ~ acesso*|login*', 'inloggeschiedenis', 'cronologia ~ accessi',
    'everything ~ he|she|they ~ viewed|downloaded|exported|accessed|opened', 'what ~ session|they|someone ~ looked at|viewed|accessed|did|saw', 'zijn|haar ~ account|activiteit|gegevens', 'wat ~~ heeft ~ bekeken|gedownload|geexporteerd', 'seine|ihre ~ aktivitat*', 'was ~ er|sie ~~ angesehen|heruntergeladen|exportiert', 'son activite', 'ce qu ~ il|elle ~~ consulte|telecharge|exporte', 'su actividad', 'lo que ~~ visto|descargado|exportado', 'atividade ~ dele|dela', 'o que ~ ele|ela ~~ viu|baixou|exportou', 'sua attivita', 'cosa ~ ha ~ visto|scaricato|esportato',
    'aktivitatsprotokoll*', 'protokoll ~ seines|ihres', 'seines|ihres ~ kontos|accounts|zugangs', 'que ~ ele|ela ~~ abriu|baixou|viu|exportou|acessou', 'which|what ~ ip|ips|accounts|users|people ~~ viewed|accessed|opened|saw|downloaded', 'ip address* ~~ viewed|accessed|opened', 'who ~ viewed|accessed|opened|saw|downloaded|exported', 'wer ~~ angesehen|zugegriffen|geoffnet|heruntergeladen', 'qui ~ a ~ consulte|vu|ouvert|telecharge', 'quien ~~ vio|accedio|abrio|descargo', 'quem ~~ viu|acessou|abriu|baixou', 'wie ~~ bekeken|geopend|gedownload', 'chi ~~ visto|aperto|acceduto|scaricato',
  ],
  identity_change: [
    'change ~ email ~ on|of|for ~ account', 'change ~ login email', 'update ~ account ~ email', 'verify ~ identity',
    'identity verification', 'change ~ account holder', 'change ~ name on ~ account', 'new email ~ for ~ account',
  ],
  security_general: [
    'sso', 'saml', 'scim', 'okta', 'azure ad', 'entra', 'ldap', 'single sign*', 'mfa', '2fa', 'two factor',
    'multi factor', 'api key*', 'api token*', 'access token*', 'ip allowlist', 'ip whitelist', 'allowlist',
    'password polic*', 'encryption', 'security setting*', 'password', 'passwords', 'passwort', 'mot de passe',
    'contrasena', 'authentif*', 'authentic*', 'session timeout',
    'doble factor', 'segundo factor', 'zwei faktor*', 'zweifaktor*', 'double authentification', 'deux facteurs', 'dois fatores', 'tweestapsverificatie', 'twee factor*', 'due fattori', 'autenticazione a due',
  ],
  permissions_general: [
    'permission*', 'role', 'roles', 'access level*', 'view only', 'read only', 'grant* ~ access',
    'give ~ access', 'user rights', 'berechtigung*', 'zugriffsrechte', 'droits d acces', 'autorisation*', 'permisos',
  ],
  // Operations.
  outage: [
    'outage*', 'downtime', 'incident*', 'disruption*', 'service interruption*', 'was|is|been|were down', 'went ~ down',
    'down ~ for|all|since|again', 'status page', 'degraded', 'ausfall', 'storung*',
    'panne*', 'interruption*', 'caida*', 'interrupcion*', 'fuera de servicio',
    'slowdown*', 'slow down', 'crawling', 'sluggish', 'timing out', 'timed out', 'timeouts', 'performance ~ issue*|problem*|degrad*', 'latency', 'verlangsamung', 'ralentissement*', 'lenteur*', 'lentitud', 'lentidao', 'traagheid', 'rallentament*',
  ],
  provisioning: [
    'licen*', 'invite*', 'invitation*', 'onboard*', 'provision*', 'new user*', 'add ~ user*',
    'deactivat* ~ user*', 'sandbox', 'set ~ up ~ account*|workspace*', 'lizenz*', 'platz', 'platze', 'siege*',
    'licencia*', 'asiento*',
  ],
  usage_limits: [
    'rate limit*', 'limit* ~~ plan|plans|tier|account|api|storage|seats|users|guests|boards|automation*|workspace|subscription|free|business|standard|enterprise', 'plan|tier|account|api|storage|free|business|standard|enterprise ~~ limit|limits', 'limit ~ of|on ~ the|our ~ plan', 'quota*', 'api calls', 'usage limit*', 'usage cap*', 'throttl*', 'exceed*',
    'over ~ limit', 'limite*', 'kontingent', 'cuota*',
  ],
  feature_access: [
    'feature* ~ not ~ available|included|enabled|visible', 'unlock*', 'access to ~ feature*', 'enable ~ feature*',
    'beta access', 'feature flag*', 'greyed out', 'grayed out', 'missing feature*',
  ],
  // Words that only tell the issue family when the family field is empty; they raise no factor.
  usage_talk: ['usage', 'storage', 'api calls', 'calls left', 'remaining', 'nutzung', 'speicher*', 'utilisation', 'stockage', 'uso', 'almacenamiento'],
  feature_talk: [
    'export*', 'import*', 'report*', 'dashboard*', 'embed*', 'download*', 'pdf', 'excel', 'csv', 'integrat*', 'feature*',
    'template*', 'widget*', 'form', 'forms', 'filter*', 'shortcut*', 'dark mode', 'notification*', 'calendar*', 'webhook*',
    'bericht*', 'herunterladen', 'funktion*', 'rapport*', 'telecharg*', 'fonctionnalit*', 'informe*', 'descarg*', 'funcion*',
  ],
  documentation_talk: [
    'where ~ find|see|get', 'how do|can|to', 'is there', 'documentation', 'docs', 'guide', 'tutorial', 'help centre|center',
    'article*', 'changelog', 'release notes', 'list of', 'wo finde', 'wie kann', 'gibt es', 'ou trouver', 'comment', 'donde ~ puedo',
    'como ~ puedo', 'hay',
  ],
  // What someone's access is made of: asked of us to change, it is an access change.
  access_object: [
    'utenza', 'bloccare ~~ utenza|utente|account|accesso', 'bloquear ~~ usuario|cuenta|acceso', 'sperren ~~ benutzer|konto|zugang', 'bloquer ~~ utilisateur|compte|acces',
    'admin*', 'administrator*', 'owner*', 'access', 'role', 'roles', 'rights', 'privilege*', 'permission*', 'login*', 'log in',
    'password*', '2fa', 'mfa', 'two factor', 'session*', 'beheerder*', 'amministrator*', 'administrador*', 'proprietari*', 'accesso',
    'acceso', 'acesso', 'toegang', 'zugang', 'zugriff*', 'rechte', 'adminrechte', 'droits', 'permessi', 'permisos', 'permissoes',
    'ruolo', 'rol', 'rolle', 'papel', 'sessione', 'sesion', 'sessao', 'sessie', 'wachtwoord', 'passwort', 'contrasena', 'senha',
    'mot de passe', 'keys to',
    '!admin panel', '!admin console', '!admin settings', '!access ~ report*|dashboard*|feature*|export*|api|board*|file*|document*',
  ],
  // A closing message: thanks, or word that something worked. It raises nothing.
  // The customer takes back what they asked: "never mind, sorted it", "hat sich erledigt".
  withdrawal: [
    'never mind', 'nevermind', 'sorted it', 'sorted now', 'figured it out', 'found it', 'please ignore', 'ignore ~ my|this|last|previous ~ ticket|message|email|request',
    'disregard', 'you can close', 'close ~ this|the ~ ticket', 'hat sich erledigt', 'vergessen sie', 'laissez tomber', 'oubliez', 'olvidalo', 'olvidad',
    'ya lo ~ resolvi|solucione|encontre', 'esquece', 'esqueca', 'laat maar', 'lascia perdere', 'lasciate perdere',
  ],
  thanks: [
    'thanks', 'thank you', 'thx', 'that worked', 'it worked', 'works now', 'working now', 'solved', 'resolved', 'fixed it', 'all good',
    'danke', 'hat funktioniert', 'funktioniert jetzt', 'merci', 'ca marche', 'gracias', 'funciona', 'obrigad*', 'funcionou', 'grazie',
    'funziona', 'bedankt', 'werkt nu', 'dank je|u',
    '!merci de',
  ],
  // Changes to what was billed: finance-visible if wrong.
  billing_adjustment: [
    'reissu* ~ invoice*|bill|bills|receipt*', 're issue ~ invoice*|bill|bills', 'correct* ~ invoice*|bill|bills', 'amend* ~ invoice*', 'credit note*',
    'change ~ tax ~ profile|status|id|number', 'neu ausstellen', 'rechnung* ~ korrigier*', 'corriger ~ facture*', 'reemitir ~ factura*',
    'corregir ~ factura*', 'reemitir ~ fatura*', 'riemettere ~ fattura*', 'factuur ~ corrigeren|opnieuw',
  ],
  // Actions and how hard they are to undo.
  deletion: [
    'cancellare ~ dati|account|utente', 'eliminare ~ dati|account|utente', 'excluir ~ dados|conta|usuario', 'apagar ~ dados|conta', 'verwijder* ~ gegevens|account|gebruiker', 'eliminen ~ usuario|datos|cuenta', 'supresion', 'derecho de supresion', 'right to be forgotten',
    'delet* ~ account*|data|workspace*|user*|project*|everything|history|records|organi*', 'remove ~ all ~ data',
    'erase*', 'wipe*', 'purge*', 'merge ~ account*|organi*', 'losch*', 'supprim*', 'eliminar*', 'borrar*',
    'roll* ~~ server*|system*|database*|workspace*|site|machine* ~ back', 'roll* ~ back ~~ snapshot*|backup*|version',
    'restor* ~~ delet*|backup|trash|board*|data|workspace*', 'recover* ~~ delet*|board*|data', 'undelet*', 'wiederherstell* ~~ geloscht*|board|daten', 'restaur* ~~ supprim*|tableau|donnees', 'restaurar|recuperar ~~ borrad*|eliminad*|tablero*|datos|apagad*|excluid*|quadro*|dados', 'herstel* ~~ verwijderd*|bord*|gegevens', 'ripristin* ~~ eliminat*|cancellat*|bacheca|dati', 'merge ~~ workspace*|account*|organi*|space*|team*', 'zusammenfuhr*', 'fusionn*', 'fusionar', 'mesclar', 'unificar', 'samenvoegen', 'unire ~~ spazi|workspace|account', 'unificare',
    'restor*|recover*|recuper*|ripristin*|wiederherstell*|herstel*|restaur* ~~ backup*|sauvegarde*|sicherung*|copia de seguridad', 'backup* ~~ restor*|recover*|recuper*|ripristin*|wiederherstell*|herstel*|restaur*',
  ],
  easy_change: [
    'aggiung* ~~ contratto|abbonamento|piano', 'hinzufug* ~~ vertrag|abonnement', 'ajout* ~~ contrat|abonnement', 'agregar* ~~ contrato|suscripcion', 'anadir* ~~ contrato|suscripcion', 'adicionar ~~ contrato|assinatura', 'toevoeg* ~~ contract|abonnement', 'add* ~~ to ~ our ~ contract|subscription', 'resend* ~ invit*', 're send ~~ invit*|it',
    'resend ~ invit*', 're send ~ invit*', 'add ~ seat*|user*|licen*|member*', 'toggle', 'turn on', 'turn off',
    'enable', 'disable', 'switch on', 'switch off', 'change ~ setting*', 'reset ~ setting*', 'update ~ address',
    'reactivat*', 'extend ~ trial', 'increase|raise|extend|lift ~ limit*|quota*|storage|cap', 'aktivier*', 'activer', 'activar',
  ],
} satisfies Lexicon;

export type Concept = keyof typeof DEFAULT_LEXICON;

/** Concepts whose words are also read with one letter missing ("refnd", "discout"): a missed concession costs most. */
export const TYPO_TOLERANT_CONCEPTS: readonly Concept[] = ['refund', 'credit', 'discount', 'waiver', 'exception', 'cancellation', 'ownership', 'compromise'];
