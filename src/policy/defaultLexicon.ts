import type { Lexicon } from './text/compileLexicon';

/**
 * The default word lists, one concept a list (syntax in `text/compileLexicon.ts`). Factors
 * read concepts, never words, so an administrator can retune a list without touching code.
 * English first, with basic German, French and Spanish.
 */
export const DEFAULT_LEXICON = {
  // Commercial concessions: the answer could create, deny or reinterpret one.
  refund: [
    // "We only owe you one month, so could you square it up?": what was paid over asked back.
    'only ~ owe ~ you|u', 'square ~ it|this|that|things ~ up', 'square up ~~ difference', 'squared ~ up',
    'should|could|can ~~ come back to us', 'devolver|devolvam ~~ taxas|taxa|tarifas|comissoes|comisiones',
    // "Devolver la parte proporcional", "recuperare la parte che non useremo", "the $15 dispute fee back", a downgrade backdated.
    'parte ~ proporcional|proporzionale', 'partie ~ proportionnelle', 'recuperare|recuperar ~ la ~ parte', 'fee|fees ~~ back', 'backdat* ~~ downgrad*|cancel*|change|plan', 'retroactiv* ~~ downgrad*|cancel*|plan', 'met terugwerkende kracht', 'con effetto retroattivo', 'ruckwirkend*',
    // "Can the money for them come back to us?"
    'money ~~ come ~ back', 'dinero ~~ volver|vuelva|devuelto', 'argent ~~ revenir|revienne', 'geld ~~ terug ~ krijgen|komen|komt',
    'quero ~~ devolvido|devolvida|devolvidos', 'quer* ~~ de volta', 'diferenca ~~ de volta', 'quiero ~~ devuelto|devuelta|devueltos', 'quier*|queremos ~~ de vuelta', 'voglio ~~ indietro|restituit*', 'je veux ~~ rembours*', 'ich will|mochte ~~ zuruck', 'devolvid*', 'devuelt* ~ dinero|importe|pago|meses',
    '!sync* ~ payment*', '!import* ~ payment*',
    'devolv* ~~ meses|mes|months|importe|dinheiro|dinero|valor|mensalidade|mensualidad|cuota', 'invoice*|bill|charge* ~ corrected|adjusted|fixed',
    'get|have|want ~ difference|money|amount|months|fee|fees|payment ~~ back', 'what ~ paid ~~ back', 'devuelv* ~ cobro|dinero|importe|pago|cargo', 'reintegr*', 'ruckbuch*', 
    'recuperer|recuperar|recuperare ~~ mois|meses|mesi|argent|dinero|dinheiro|soldi|importe|montant|montante|importo', 'rimbors*', 'restitu* ~ soldi|importo|denaro', 'acert* ~~ diferenca|diferencia', 'diferenca|diferencia ~~ meses', 'settle ~~ difference', 'difference ~~ remaining ~ months', 'ausgleich* ~~ differenz', 'regler|regulariser ~~ difference', 'verschil ~~ verrekenen|terug', 'differenza ~~ rimbors*|restitu*|mesi', 'reaver ~ o|esse|este|nosso|nossos|os ~ valor|valores|dinheiro|montante', 'queremos reaver', 'months|meses|mes|mois|monate|mesi|maanden ~~ recuper*|zuruck*|terug*|back',
    '!rembours* ~~ mutuelle|assurance', '!rembours* ~~ securite sociale', '!mutuelle|assurance ~~ rembours*', '!reimburs*|refund* ~~ insurer|insurance|medicare|medicaid', '!insurer|insurance ~~ reimburs*|refund*', '!erstatt* ~~ krankenkasse|versicherung', '!krankenkasse|versicherung ~~ erstatt*', '!reembols* ~~ seguro|aseguradora|mutua', '!seguro|seguradora|aseguradora|mutua ~~ reembols*', '!vergoed* ~~ verzekeraar|zorgverzekeraar', '!verzekeraar|zorgverzekeraar ~~ vergoed*', '!rimbors* ~~ assicurazione', '!assicurazione ~~ rimbors*', 'overpaid', 'overpay*', 'paid ~ too much', 'zu viel ~ bezahlt|gezahlt', 'trop ~ paye', 'pagado ~ de mas', 'pago ~ a mais', 'pagamos ~ a mais', 'te veel ~ betaald', 'pagato ~ troppo', 'pagato ~ in piu', 'reembols*', 'estorn*', 'devolu* ~ dinheiro|valor', 'devolv* ~ dinheiro|valor', 'terugbetal*', 'restitutie', 'geld terug', 'terugstort*', 'money ~ back', 'difference ~ back', 'months ~ back', 'unused ~ back', 'credited', 'credit ~ us|me|back',
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
    // "El gasto medio por comensal": a diner, one letter from "compensa".
    '!comensal*',
    // "Und wer zahlt dafür?" after an outage: who bears what it cost asks for it to be made good.
    'who ~ pays|covers ~ for ~ it|this|that', 'who ~ is ~ paying|covering ~ for ~ it|this|that', 'wer ~ kommt ~ dafur|dafuer ~ auf', 'wer ~ zahlt|bezahlt|tragt|ubernimmt ~ das|dafur', 'qui ~ paie|paye|rembourse ~ ca|cela', 'qui ~ prend ~ en ~ charge ~ ca|cela', 'quien ~ paga|cubre|asume ~ esto|eso', 'quem ~ paga|cobre|assume ~ isso|isto', 'wie ~ betaalt|vergoedt ~ dat|dit|dat', 'chi ~ paga|copre|rimborsa ~ questo|questa|quello',
    // "Das sollte sich bei der nächsten Rechnung bemerkbar machen": the outage seen on the bill.
    'rechnung ~~ bemerkbar', 'bemerkbar ~~ rechnung', 'reflected ~~ on ~ the|our|this|that ~ invoice|bill',
    // "Esperamos que nos compensen los gastos de ese día": costs made good.
    'compens* ~~ costes|costs|kosten|couts|custos|costi|gastos|losses|perdidas|verluste|pertes|perdas|perdite|schade|schaden', 'compens* ~~ factura|fatura|invoice|facture|rechnung|factuur|fattura',
    // "Esperamos ser ressarcidos", "abonadnos el importe", "quero isso refletido na próxima fatura".
    'ressarc*', 'resarc*', 'abon* ~~ diferencia|importe|cantidad', 'refletid*|reflectid* ~~ fatura|factura', 'reflejad* ~~ factura', 'riflett* ~~ fattura', 'leave|left ~ off ~ this|the ~ time|invoice|bill', 'be ~ left ~ off',
    // "A month of card fees knocked off".
    'fee|fees|charges|month|months|invoice ~~ knocked ~ off', 'knock* ~~ off ~~ fee|fees|invoice|bill|charges',
    // "Dá para acertar na próxima fatura?", "I'd like that back on our account".
    'acertar|regularizar|compensar|descontar ~~ proxima|seguinte ~ fatura|factura', 'regularis* ~~ prochaine ~ facture', 'descuent* ~~ proxima ~ factura', 'back ~ on ~ our|the ~ account|card|invoice|balance',
    // "Zet die maand maar op nul", "dat jullie dit rechtzetten": a charge set to nothing, a wrong put right.
    'maand|factuur|bedrag|rekening ~~ op nul', 'rechnung|betrag|monat ~~ auf null', 'factura|importe|mes ~~ a cero', 'fatura|valor|mes ~~ a zero', 'facture|montant|mois ~~ a zero', 'fattura|importo|mese ~~ azzer*', 'invoice|bill|charge|amount|month ~~ to ~ zero', 'dat jullie ~~ rechtzetten',
    // "Déduire les 360 enveloppes en trop de la facture", "echar un cable con la factura", "daar iets in betekenen": taken off a bill, or a hand with it.
    'en trop ~~ facture', 'zu viel ~~ rechnung', 'de mas ~~ factura', 'a mais ~~ fatura', 'in eccesso ~~ fattura', 'di troppo ~~ fattura', 'te veel ~~ factuur', 'en tenir compte', 'echar ~ un ~ cable|mano', 'iets ~ in ~ betekenen', 'iets ~ aan ~ doen',
    'anything ~ you ~ can ~ do ~~ overage*|bill|invoice|charge*|amount|cost*|fee*|price|minutes', 'even half', 'made ~ right', 'put ~ right', 'set ~ right', 'was ~ konnen ~ sie ~~ rechnung|betrag|kosten ~ tun|machen',
    'scal* ~~ rinnovo|canone', 'detra* ~~ rinnovo|fattura|canone', 'deduct* ~~ renewal', 'abzieh* ~~ rechnung|verlangerung', 'descont* ~~ renovacion|renovacao|factura|fatura', 'deduire ~~ renouvellement|facture', 'aftrek* ~~ verlenging|factuur',
    'taken|take* ~ off ~~ bill|invoice',
    '!top up ~~ credit*', '!topup ~~ credit*', '!running out of ~ credit*',
    'differenz ~~ gut', '!credit* ~~ roll|rollover|expire*|carry',
    'schreiben ~~ gut', 'differenz ~~ gutschreib*|erstatt*|zuruck*|verrechn*',
    'sort* ~ difference', 'difference ~~ next ~ bill|invoice', 'reflect* ~~ next ~ bill|invoice', 'nachsten rechnung ~~ widerspiegel*|berucksichtig*|gutgeschrieben|verrechnet', 'prochaine facture ~~ compte|deduire|deduit*', 'proxima factura ~~ descont*|cuenta|compens*',
    '!recupero ~ crediti', '!recouvrement ~ creances', 'credito', 'crediti', 'nota di credito', 'nota de credito', 'credito ~ conta', 'tegoed', 'creditnota', 'vergoeding', 'compensa*', 'risarciment*', 'indenniz*', 'make ~ right', 'make ~ up ~ to us', 'off ~ next ~ invoice|bill', 'take ~ off ~ invoice|bill', 'deduct* ~ from', 'van de volgende factuur', 'dalla prossima fattura', 'da proxima fatura',
    'credit', 'credits', 'service credit*', 'account credit*', 'usage credit*', 'credit note*', 'compensat*',
    'make up for', 'make it up', 'goodwill', 'gutschrift*', 'entschadig*', 'kompensation*', 'geste commercial',
    'dedommag*', 'indemnis*', 'avoir commercial', 'un avoir', 'obtenir ~ avoir', 'credito*', 'bonificacion*', 'indemniza*', 'compensacion*',
    '!credit card*', '!credit score*', '!credit check*', '!credits ~ page|screen|roll', '!tarjeta de credito', '!tarjetas de credito', '!carta|carte ~ di ~ credito', '!cartao|cartoes ~ de ~ credito', '!carte|cartes ~ de ~ credit', '!recupero ~ credit*', '!recouvrement ~ de ~ creances', '!kreditkarte*', '!creditcard*', '!how many ~ credit*', '!credit* ~ left|remaining|balance', '!buy ~ credit*', '!purchase* ~ credit*',
    'crediteren', 'creditfactuur', 'accredit*',
    'verreken*', 'met de volgende factuur', 'against ~ next ~ invoice|bill', 'offset* ~~ invoice|bill', 'verrechn*', 'compens* ~~ facture|factura|fatura|fattura', 'scal* ~~ fattura',
    'carry ~ over|forward ~~ licen*|seats|months|period|term|unused|balance', 'roll ~ over ~~ unused|licen*|seats|months', 'reporter ~~ periode|annee|exercice|mois ~ suivant*|prochain*', 'ubertrag* ~~ folgend*|nachst* ~ periode|jahr|zeitraum', 'riportare ~~ periodo|anno ~ successivo|prossimo', 'trasladar ~~ periodo|ano ~ siguiente', 'transferir ~~ periodo|ano ~ seguinte', 'meenemen ~~ volgende ~ periode|jaar',
    'expect ~ something ~ back', 'asum* ~ vosotros|ustedes', 'lo ~ asumais|asuman', 'take ~ the ~ hit', 'cover ~ the ~ cost|costs|fees|loss|losses', 'ubernehmen ~ sie ~~ kosten|gebuhren', 'kosten ~~ ubernehmen', 'prendre ~~ en charge ~~ frais|couts', 'arcar ~~ custo|custos|taxas', 'accollar* ~~ costi|spese', 'voor ~ jullie ~ rekening', 'do ~~ about ~~ bill|invoice|charges|billing', 'what ~ you ~~ offer ~~ outage|downtime|trouble',
  ],
  discount: [
    // "Reise", "Reisekosten": a journey, one letter from "remise".
    '!reise*',
    // "Um preço mais simpático por cartão": a kinder price.
    'preco ~ mais ~ simpatico|amigavel|acessivel', 'preco ~ mais ~ em conta', 'prix ~ plus ~ doux|sympa|sympathique|interessant|avantageux', 'precio ~ mas ~ amable|simpatico|ajustado|interesante|competitivo', 'freundlicher* ~ preis', 'vriendelijker* ~ prijs', 'prezzo ~ piu ~ amichevole|interessante|vantaggioso|competitivo', 'friendlier|kinder|sharper ~ price|rate',
    'un geste', 'go easy on ~ the|our ~ fee|fees|bill|invoice|price', 'condizioni ~ diverse|speciali|migliori', 'condiciones ~ especiales|distintas|mejores', 'conditions ~ particulieres|speciales|preferentielles', 'sonderkondition*', 'andere konditionen', 'condicoes ~ especiais|diferentes|melhores', 'andere|betere ~ voorwaarden',
    // A concession asked as a gesture or a meeting halfway.
    'faire ~ un ~ geste', 'meet ~ us ~ halfway', 'cut ~ us ~ some ~ slack',
    '!is ~~ cheaper than', '!kortingscode*', '!rabattcode*', '!gutscheincode*', '!discount ~ code|codes', '!codigo|codigos ~ de ~ descuento|desconto', '!code|codes ~ promo|reduction', '!codice|codici ~ sconto',
    '!is it ~ cheaper', '!cheaper if', '!would ~~ cheaper ~~ annual*|yearly|monthly|pay*|switch*', '!cheaper ~~ to pay', '!cheaper ~~ annual*|yearly|monthly', '!cheapest ~ plan|tier|option|way',
    'flexib* ~~ pric*|price|prices|rate|rates|cost|costs|renewal', 'margine ~~ prezzo|prezzi|tariffa', 'margen ~~ precio|precios|tarifa', 'marge ~~ prix|tarif', 'room ~~ on ~ the ~ price|pricing|rate', 'tener|tuvierais|tuvieran|tengais|tengan ~ un ~ detalle', 'veni* ~ incontro', 'entgegenkommen', 'tegemoet ~ komen|komt', 'um gesto', 'off ~ with ~ the|your|a ~ code|coupon|voucher|promo', 'off ~ with ~ code|coupon|voucher|promo', 'forgot ~ to ~ enter|apply|use|add ~ the|your ~ code|coupon|promo|voucher', 'code|coupon|promo ~~ didnt ~ work|apply', 'code|coupon|promo ~~ did not ~ work|apply', 'iets ~~ aan ~ de ~ prijs ~~ doen', 'doen ~ aan ~ de ~ prijs', 'lager ~ tarief|prijs', 'lower ~ rate|price|fee', 'something ~~ about|with ~ the ~ price', 'niedriger* ~ preis|tarif', 'etwas ~~ am ~ preis ~ machen', 'tarif|prix ~ plus ~ bas|reduit', 'precio|tarifa ~ mas ~ bajo|baja', 'algo ~~ con ~ el ~ precio', 'preco|tarifa ~ menor|reduzid*', 'prezzo|tariffa ~ piu ~ basso|bassa|ridott*', 'qualcosa ~~ sul ~ prezzo', 'uber ~~ preis*|stuckpreis|konditionen ~~ sprechen|reden', 'preislich ~~ machen|tun|entgegenkommen', 'talk|discuss ~~ price|pricing|rate|rates|terms', 'parler ~~ prix|tarif*|conditions', 'hablar ~~ precio*|tarifa*|condiciones', 'falar ~~ preco*|condicoes', 'parlare ~~ prezz*|tariff*|condizioni', 'praten ~~ prijs|prijzen|tarief', 'volume ~ discount|pricing|price|rate', 'better ~ price|rate|deal', 'spielraum', 'wiggle room', 'luft ~ nach ~ unten', 'room ~ to ~ move ~~ price|pricing|rate', 'marge de manoeuvre', 'margen de maniobra', 'margem de manobra', 'margine di manovra', 'speelruimte', 'sconticino', 'scontino', 'descuentito', 'descontinho', 'kortinkje', 'petite remise', 'petit geste', 'multi year ~ rate|price|pricing|discount', 'price ~ match*', 
    'sconto', 'sconti', 'scontat*', 'desconto*', 'korting*', 'prezzo ~ speciale', 'preco ~ especial', 'loyalty ~ discount|price|pricing|rate', 'better ~ price|rate|deal',
    'discount*', 'price reduction', 'cheaper', '!cheaper ~ plan|tier|package|edition|subscription|option', 'lower ~ price*', 'special pric*', 'match ~ price*', 'coupon*',
    'promo code*', 'rabatt*', 'preisnachlass*', 'remise', 'ristourne', 'descuento*', 'rebaja*',
    'keep ~ current|old|existing|same ~ rate|price|pricing|tier', 'knock* ~ down|off', 'what we paid ~ last year', 'last year* ~ price|rate|pricing', 'bring ~ price ~ down', 'grandfather*', 'old ~ rate|price|pricing', 'alten ~ preis|tarif', 'ancien ~ tarif|prix', 'precio ~ anterior|antiguo', 'preco ~ antigo|anterior', 'oude ~ tarief|prijs|staffel', 'overgangsregeling', 'vecchio ~ prezzo|tariffa', 'prezzo ~ precedente',
  ],
  waiver: [
    // "Can those hours come off the invoice?", "I'd expect we're not paying for those days".
    'come|comes|taken|take|knock|knocked|drop|dropped ~ off ~ the|our|this|that|my|next ~ bill|invoice|statement',
'expect* ~~ not ~ paying|pay|charged|billed',
    // "Given the circumstances I would hope that can go", "Können Sie da kulant sein?".
    'hope ~ that|it|this|the ~ fee|charge ~ can|could|will ~ go', 'hope ~ that|it|this ~ can|could ~ go', 'fee|charge|penalty ~~ can|could ~ go', 'kulant ~ sein|zeigen|erweisen|handeln|regeln|behandeln', 'kulanterweise', 'wegfallen ~ lassen', 'entfallen ~ lassen',
    // "Vocês conseguem abrir mão dessa taxa?": a fee given up.
    'abrir ~ mao ~~ taxa|multa|cobranca|valor|tarifa', 'renunciar ~~ taxa|tarifa|cargo|comision|recargo|multa', 'renoncer ~~ frais|penalite', 'verzichten ~~ gebuhr|kosten|strafe', 'afzien ~~ kosten|boete', 'rinunciare ~~ commissione|penale|costo|spese', 'let ~ the ~ fee ~ go', 'drop ~ the|that|this ~ fee|charge',
    // "Kunnen we hun licenties houden maar er niet voor betalen?", "considerar não cobrar dezembro", "chiudere un occhio": a charge asked away.
    'er ~ niet ~ voor ~ betalen', 'niet ~ voor ~ hoeven ~ te ~ betalen', 'ohne ~ dafur ~ zu ~ zahlen|bezahlen', 'nicht ~ dafur ~ zahlen|bezahlen', 'sans ~ payer ~ pour', 'sin ~ pagar ~ por', 'sem ~ pagar ~ por', 'senza ~ pagar*', 'not ~ pay ~ for ~ them|it|those|these',
    'nao ~ cobrar', 'no ~ cobrar|cobrarnos', 'ne pas ~ facturer', 'nicht ~ zu ~ berechnen', 'niet ~ te ~ rekenen|factureren', 'non ~ farci ~ pagare', 'not ~ to ~ charge|bill ~ us|me|for',
    // "On peut passer l'éponge ?", "bitte nicht den ganzen Betrag abrechnen".
    'passer|passe|passiez|passez ~~ eponge', 'nicht ~ den ~ vollen|ganzen ~ monat|betrag ~ berechnen|abrechnen|verrechnen|abbuchen', 'not ~ charge|bill ~ us ~ for ~ the ~ full|whole ~ month',
    'turn ~ a ~ blind ~ eye', 'chiudere ~ un ~ occhio', 'fermer ~ les ~ yeux', 'ein ~ auge ~ zudruck*', 'beide ~ augen ~ zudruck*', 'hacer ~ la ~ vista ~ gorda', 'faz* ~ vista ~ grossa', 'oogje ~ dichtknijp*', 'oogje ~ toeknijp*',
    'ne ~ devrai*|doi* ~ pas ~ rester ~ a ~ notre ~ charge', 'pas ~ a ~ notre ~ charge', 'nicht ~~ zu ~ unseren ~ lasten', 'no ~~ a ~ nuestro ~ cargo', 'nao ~~ a ~ nosso ~ cargo', 'non ~~ a ~ nostro ~ carico', 'niet ~~ voor ~ onze ~ rekening', 'not ~ be ~ on ~ us', 'shouldnt ~ be ~ on ~ us',
    // "Não acho justo pagar o mês inteiro": paying in full called unfair.
    'justo ~ pagar', 'fair ~ to ~ pay', 'juste ~ de ~ payer', 'gerecht ~~ zahlen|bezahlen', 'giusto ~ pagare', 'eerlijk ~~ betalen', 'redelijk ~~ betalen',
    // "Hors de question de payer ça", "das sehen wir nicht ein", "non ci fate pagare".
    'hors de question ~~ paie|payer|payions|payons', 'no way ~~ paying|pay', 'refuse ~ to ~ pay', 'weigern ~~ zu ~ zahlen|bezahlen', 'nicht ein ~~ zahlen|bezahlen', 'sehe|sehen ~~ nicht ein', 'ni hablar ~~ pagar', 'nem pensar ~~ pagar', 'non ci ~ facciate|fate|fareste ~ pagare', 'no nos ~ hagais|hagan ~ pagar', 'nao nos ~ facam ~ pagar', 'ne nous ~ faites ~ pas ~ payer', 'laat ~ ons ~~ niet ~ betalen', 'lasst ~ uns ~~ nicht ~ zahlen|bezahlen',
    // "Peut-on payer qu'une partie du mois ?": only part of the fee paid.
    'payer ~ qu ~ une ~ partie', 'only ~ pay ~ part|half|a portion', 'pay ~ only ~ part|half', 'pagar ~ solo|solamente|apenas|so ~ una|uma ~ parte', 'nur ~ einen ~ teil ~~ zahlen|bezahlen', 'alleen ~ een ~ deel ~~ betalen', 'pagare ~ solo ~ una ~ parte',
    // "On ne devrait pas payer ces comptes inactifs": a charge said not to be owed.
    'ne ~ devrai*|devrions ~ pas ~ payer', 'no ~ deberi* ~ pagar', 'nao ~ deveri* ~ pagar', 'sollten|mussten ~ wir ~ nicht ~~ zahlen|bezahlen', 'non ~ dovremmo|dovrei ~ pagare', 'hoeven ~ we|wij ~ niet ~~ betalen', 'zouden ~ we|wij ~~ niet ~~ moeten ~ betalen',
    'sin ~ tener ~ que ~ pagar', 'sans ~ avoir ~ a ~ payer', 'sem ~ ter ~ que|de ~ pagar', 'senza ~ dover ~ pagare', 'zonder ~~ te ~ betalen', 'ohne ~~ zahlen ~ zu ~ mussen', 'without ~ having ~ to ~ pay',
    // "Can we just not pay for those 12 seats?", "¿Podríais cobrarnos solo la segunda quincena?": a charge asked away.
    'can|could ~ we ~ not pay', 'just not pay', 'not ~ have to ~ pay', 'only charge ~ us', 'charge ~ us ~ only', 'cobrarnos ~ solo|solamente|unicamente', 'facturer ~ que', 'ne ~ nous ~ facturer ~ que', 'nur ~ berechnen', 'cobrar-nos ~ apenas|so', 'alleen ~ rekenen|factureren', 'addebitarci ~ solo',
    'shouldnt ~ be ~ ours|charged|billed', 'should not ~ be ~ ours|charged|billed', 'shouldnt ~ have to ~ pay', 'should not ~ have to ~ pay', 'not ours to pay', 'non ~ addebitar*|fatturar*', 'nicht ~ berechnen|abbuchen', 'nicht ~ in rechnung stellen', 'nicht ~~ in ~ rechnung ~ gestellt', 'ne pas ~ nous ~ facturer|prelever|debiter', 'nao ~ nos ~ cobrar|cobrem|cobre', 'niet ~ in rekening ~ brengen', 'niet ~ afschrijven',
    'nao ~ seja|sejam ~ cobrad*', 'no ~ se ~ cobre|cobren', 'no ~ nos ~ cobren|cobreis', 'non ~ venga|vengano ~ addebitat*|fatturat*', 'nicht ~ berechnet ~ werden|wird', 'ne soit pas ~ factur*', 'ne pas ~ etre ~ factur*', 'niet ~ in rekening ~ gebracht', 'que ~~ nao ~ cobrem',
    'dont want ~ to be ~ charged|billed', 'do not want ~ to be ~ charged|billed', 'dont want to pay ~~ for',
    'eat ~ most|some|part|half|all ~ of ~ that|it|this|the', 'eat ~ the ~ cost|overage|charge|difference', 'absorb ~~ cost|costs|overage|charge|it|that', 'swallow ~~ cost|overage|it', 'dejar|poner ~~ a ~ cero', 'zero out', 'azzerar*', 'zerar', 'op nul ~ zetten', 'remettre ~~ a zero', 'auf null ~ setzen',
    'dont ~ charge ~ us|me', 'do not ~ charge ~ us|me', 'que no ~~ cobreis|cobren|cobres', 'que nao ~~ cobrem|cobre', 'niet ~ hoeven ~ te ~ betalen', 'hoeven ~~ niet ~ te ~ betalen', 'nicht ~~ zahlen ~ mussen|sollten|mussten', 'pas ~ a ~ payer', 'no ~ deberiamos|tendriamos ~~ pagar', 'nao ~ deveriamos|devemos ~~ pagar', 'non ~ dovremmo|dobbiamo ~~ pagare', 'laten vallen', 'kwijtschelden',
    'annull* ~~ interessi|mora', 'storn* ~~ interessi|mora', 'togliere ~~ interessi|mora',
    '!per ~ month* ~ free',
    'wont ~ pay ~~ until|unless', 'will not ~ pay ~~ until|unless', 'ne ~ reglerons|payerons|reglerai|payerai ~ pas', 'werden ~~ nicht ~ bezahlen|zahlen', 'no ~ pagaremos|pagare', 'nao ~ pagaremos|pagarei', 'niet ~ betalen ~~ tot|totdat', 'non ~ pagheremo|paghero',
    'fee|fees|charge|charges|penalty ~~ remov*|waiv*|revers*|dropped|forgiven', 'fee|fees|charge|charges|penalty ~ written off', 'remov* ~ fee*|charge*|penalt*', 'without ~ paying|charge|charging ~~ full|whole|entire|month|year', 
    'condon*', 'annullare ~ fattura', 'stornare', 'isentar', 'isencao', 'kwijtschel*', 'kosteloos', 'sem custo', 'zonder kosten', 'free month*', 'month|months free', 'month|months ~ for free',
    'waiv*', 'forgive ~ fee*|charge*|invoice*', 'not be charged', 'not being charged', 'not get charged',
    'without ~ charged', 'without ~ charging', 'without paying', 'not ~ pay|paying|charged|billed ~ for ~ full|whole|entire|extra', 'avoid ~ paying|charge*|fee*', 'only pay for', 'pay only for', 'free of charge', 'no charge', 'dont charge',
    'stop charging', 'remove ~ fee*|charge*', 'drop ~ fee*', 'write off', 'cancel ~ invoice*', 'void ~ invoice*',
    'erlass*', 'kostenlos ~ verlanger*|erlass*|gutschreib*', 'ohne ~ berechnet|bezahlen', 'sans frais', 'annuler ~ facture*',
    'sin cargo', 'sin costo', 'anular ~ factura*',
    'anul* ~ factura*|cargo*|cobro*|recargo*', 'elimin* ~ cargo*|cobro*|recargo*|comision*', 'cancel* ~ fatura*|cobranca*|multa*', 'annull* ~ fattura*|addebit*|penale', 'storn* ~ penale|addebit*', 'boete* ~~ vervallen|schrappen|kwijt*|terug*',
  ],
  exception: [
    // "¿Nos mantuvierais el precio de este año?", "mantenendo il prezzo concordato": a price held past its term.
    'precio|precios|tarifa ~ de ~ este ~ ano', 'prix|tarif ~ de ~ cette ~ annee', 'preis|preise|tarif ~ von ~ diesem ~ jahr', 'diesjahrig* ~ preis*|tarif*', 'preco|precos ~ deste ~ ano', 'prezzo|prezzi ~ di ~ quest ~ anno', 'prezzo|prezzi ~ di ~ questo ~ anno', 'prijs|prijzen ~ van ~ dit ~ jaar',
    'mantengais|mantengan|mantuvierais|mantuvieran|mantuviesen|manteniendo|mantenga|mantengas|mantendriais|mantendrian ~~ precio|precios|tarifa|condiciones', 'mantenendo|mantenete|mantenga|mantenessimo|manteneste|mantenereste|mantenerci ~~ prezzo|prezzi|tariffa|condizioni', 'mantenham|mantivessem|mantendo|mantenha|manteriam ~~ preco|precos|tarifa|condicoes', 'maintenez|mainteniez|maintiendriez|maintenant ~ le|notre ~ tarif|prix', 'behouden|houden ~~ prijs|tarief', 'beibehalten ~~ preis|tarif', 'preis|tarif ~~ beibehalten|behalten',
    // "Serait-il envisageable de rester sur notre tranche actuelle jusqu'à l'AG ?": the old terms kept past their end.
    'rester ~ sur ~ notre|la ~ tranche|forfait|offre|tarif', 'stay|remain ~ on ~ our|the ~ current|old|present ~ band|tier|plan|price|pricing|rate', 'quedarnos ~ en|con ~ nuestro|el ~ plan|tramo|precio', 'bei ~ unserem ~ tarif|preis ~ bleiben', 'ficar ~ no|com ~ o ~ plano|escalao|preco', 'blijven ~ op ~ ons|onze|het ~ huidige', 'restare ~ sul|nel|nella ~ nostro|nostra ~ piano|fascia|prezzo',
    'last years ~ price|prices|pricing|rate|rates', 'precio|precios ~ del ~ ano ~ pasado', 'prix ~ de ~ l annee ~ derniere', 'preco|precos ~ do ~ ano ~ passado', 'prezzo|prezzi ~ dell ~ anno ~ scorso', 'vorjahrespreis*', 'preis|preise ~ vom ~ vorjahr', 'preis|preise ~ vom ~ letzten jahr', 'prijs|prijzen ~ van ~ vorig ~ jaar',
    // "If you kept us on this year's numbers for another term": a price held for a renewal.
    'keep|kept ~ us ~ on ~~ numbers|price|prices|pricing|rate|rates|terms', 'same ~ per seat ~ figure|price|rate',
    'more time ~~ trial', 'another ~~ weeks|days|week|month ~~ trial', 'trial ~~ longer', 'longer trial', 'verlanger* ~~ testphase|testzeitraum|test|trial', 'prolong* ~~ essai|prueba|prova|teste', 'extender|ampliar ~~ prueba', 'prorrogar|estender ~~ teste', 'verleng* ~~ proef*|trial', 'estendere ~~ prova',
    'sonderkundigung*', 'vorzeitig* ~~ beenden|kundig*|aufheben', 'resiliation anticipee', 'resilier ~~ avant terme', 'resilier ~~ anticip*', 'rescindir ~~ anticipad*', 'recesso anticipato', 'disdetta anticipata', 'vroegtijdig* ~~ opzeg*|beeindig*',
    'eccezione', 'excecao', 'uitzondering',
    'price hold', 'rate hold', 'hold ~ the|our ~ price|rate|pricing', 'lock ~ in ~ price|rate|pricing', 'at ~ the|our ~ current|same|existing ~ price|rate|pricing', 'keep ~~ current|same|existing|old ~ price*|rate*|pricing', 'keep ~ us ~ on ~~ rate|rates|price|prices|pricing', 'this|last ~ years ~ rate|rates|price|prices|pricing',
    'without ~ a|any ~ new ~ minimum ~ term|commitment', 'without ~ minimum ~ term|commitment',
    'tegen de huidige ~ prijs|tarief', 'huidige ~ prijs|tarief ~~ behouden|houden|vastzetten', 'zonder ~~ minimale|minimum ~ looptijd', 'zum ~ aktuellen|gleichen|bisherigen ~ preis|tarif', 'preis|tarif ~~ halten|beibehalten|garantieren|einfrieren', 'ohne ~~ mindestlaufzeit',
    'au ~ tarif|prix ~ actuel*', 'tarif|prix ~~ maintenu*|garanti*|bloque*', 'maintenir ~~ tarif|prix', 'sans ~~ engagement ~ minimum|duree',
    'al ~ precio|tarifa ~ actual', 'mantener ~~ precio|tarifa', 'congelar ~~ precio|tarifa', 'precio ~ congelado', 'sin ~~ permanencia',
    'ao|pelo ~ preco ~ atual', 'manter ~~ preco', 'congelar ~~ preco', 'sem ~~ fidelidade|carencia',
    'al ~ prezzo ~ attuale', 'mantenere ~~ prezzo|tariffa', 'bloccare ~~ prezzo|tariffa', 'prezzo bloccato', 'senza ~~ vincolo ~ minimo|durata',
    'exception*', 'special arrangement*', 'special terms', 'one time exception', 'as ~ a ~ one off', 'one off ~ exception|gesture|favour|favor|credit|waiver|refund', 'bend ~ rules',
    'outside ~ policy', 'break ~ contract*|commitment|agreement', 'get out of ~ contract*|commitment|agreement', 'early termination', 'waive ~ minimum|term*', 'ausnahme*', 'sonderregel*', 'kulanz*', 'derogation*', 'excepcion*',
    '!with ~ exception*', '!exception* ~ thrown', '!unhandled exception*', '!exception error*', '!runtime exception*',
    '!throw* ~ exception*', '!exception* ~ stack|log*|trace*',
    'pause ~ subscription*|account|billing|plan|payments', 'instalment*', 'installment*', 'payment plan', 'split ~ payment*|invoice*|bill', 'extension ~~ payment|deadline|due|invoice', 'extend ~~ trial|deadline', 'extend ~~ due date', 'extend ~~ payment terms', 'more time to pay', 'defer* ~ payment*|invoice*', 'postpone ~ payment*|invoice*|billing', 'ratenzahlung', 'raten ~ zahlen', 'zahlungsaufschub', 'stundung', 'abo|abonnement ~ pausieren|aussetzen', 'paiement ~ en ~ plusieurs fois', 'echelonn*', 'delai de paiement', 'suspendre ~ abonnement', 'a plazos', 'en cuotas', 'prorroga*', 'pausar ~ suscripcion|assinatura|cuenta|conta', 'parcela*', 'parcelad*', 'prorrog*', 'in termijnen', 'uitstel ~ van ~ betaling', 'abonnement ~ pauzeren', 'rateizz*', 'proroga', 'sospendere ~ abbonamento',
  ],
  contract: [
    // "Nelle condizioni che abbiamo firmato con voi": the terms the customer signed with us.
    'condizioni ~~ firmat*|sottoscritt*|concordat*', 'conditions ~~ signees|signe|convenues', 'condiciones ~~ firmad*|pactad*|acordad*', 'condicoes ~~ assinad*|acordad*', 'bedingungen|konditionen ~~ unterschrieben|unterzeichnet|vereinbart', 'voorwaarden ~~ getekend|ondertekend|afgesproken', 'terms ~~ we ~ signed|agreed',
    // "Nas mesmas condições de hoje", "on the same terms as our agreement": the terms agreed, asked to hold.
    'mesmas ~ condicoes', 'mismas ~ condiciones', 'stesse ~ condizioni', 'memes ~ conditions', 'same ~ terms|conditions', 'gleichen ~ konditionen|bedingungen', 'dezelfde ~ voorwaarden',
    'contratto', 'contratti', 'contrato', 'contratos', 'contract', 'overeenkomst',
    'contract*', 'agreement*', '!contractor*', 'msa', 'sla', 'slas', 'service level*', 'minimum term', 'order form*', 'negotiated',
    'terms of ~ deal', 'annual commitment', 'vertrag*', 'vertrage', 'laufzeit', 'contrat*', 'contrato*',
  ],
  entitlement_dispute: [
    // "Your rep told us cross-border was included".
    'your ~ rep|reps|representative|salesperson ~~ told|said|promised|assured', 'your ~ account manager ~~ told|said|promised|assured', 'vuestro|su|vosso|seu|votre|ihr|jullie|vostro ~ comercial|vendedor|vendedora|commercial|verkaufer|vertriebler|verkoper|commerciale ~~ dijo|disse|falou|dit|sagte|zei|detto|prometio|prometeu|promis|versprach|beloofde|promesso',
    'comercial|vendedor|vendedora|commerciale|commercial|verkaufer|vertriebler|verkoper|salesperson ~~ falou|falado|comentou|disse|dijo|detto|dit|sagte|zei|prometeu|prometio|promesso|promis|versprach|beloofd|beloofde|said|told|promised', 'sales rep* ~~ disse|dijo|detto|dit|sagte|zei|prometeu|prometio|promesso|promis|versprach|beloofd|beloofde|said|told|promised', 'account manager ~~ disse|dijo|detto|dit|sagte|zei|prometeu|prometio|promesso|promis|versprach|beloofd|beloofde|said|told|promised', 'eram oferta', 'era gratis', 'eran gratis', 'erano gratis', 'war ~ kostenlos ~ versprochen',
    'we were told', 'i was told', 'were promised', 'was promised', 'you promised', 'promised us', 'entitled',
    'entitlement*', 'supposed to include|get|have', 'supposed to be included', 'sales ~ told|said|promised', 'when we signed',
    'as agreed', 'agreed ~ price|terms|rate', 'what we agreed', 'not what ~ agreed|promised', 'different from ~ quote|quoted|agreed', 'we paid for', 'zugesagt', 'versprochen', 'on nous a promis',
    'nous a ete promis', 'nos prometieron', 'prometido',
    'engagement|promesse|parole ~~ respect*|tenu*|honor*', 'nous avait ~ assur*|garanti*', 'honou?r ~~ promise|commitment|agreement|word', 'keep ~ your ~ promise|word|commitment', 'assured ~ us|me', 'guaranteed ~ us|me',
    'zusage|versprechen ~~ einhalten|halten', 'uns ~ zugesichert', 'zugesichert', 'cumpl* ~~ promesa|compromiso|palabra', 'nos ~ asegur*|garantiz*', 'promessa|impegno ~~ rispett*|mantenut*|onorat*', 'ci ~ avevate ~ assicurat*|garantit*',
    'toezegging|belofte ~~ nakomen|nagekomen', 'ons ~ toegezegd', 'toegezegd', 'cumprir ~~ promessa|compromisso', 'nos ~ garantiram|asseguraram',
    'engage* ~ jusqu*', 'gebunden ~ bis', 'vinculad* ~ hasta|ate', 'fidelizac*', 'vincolat* ~ fino', 'gebonden ~ tot', 'locked in ~ until|till', 'committed ~ until|till', 'bound ~ until|till|to ~ the|our ~ renewal|contract|term',
    'ci spett*', 'spetta ~ a noi', 'nos corresponde*', 'nous revient', 'nous est du', 'steht ~ uns ~ zu', 'stehen ~ uns ~ zu', 'komt ~ ons ~ toe', 'we are owed', 'owed to us', 'you owe us', 'nos deben', 'ci dovete', 'vous nous devez', 'nos devem',
    'order form* ~~ include*|says|said|states|promis*', 'contract ~~ says|said|states|promis*|includes', 'quote ~~ says|said|included|includes', 'laut ~~ vertrag|angebot', 'selon ~~ contrat|devis', 'segun ~~ contrato|presupuesto', 'conforme ~~ contrato|proposta', 'volgens ~~ contract|offerte', 'secondo ~~ contratto|offerta',
  ],
  // Billing and plans: the answer depends on billing or pricing rules.
  billing: [
    'taxa', 'taxas', 'frais', 'commissione', 'commissioni', 'listino', 'preisliste', 'prijslijst', 'comissao', 'comissoes', 'comisiones',
    'invoice*', 'bill', 'bills', 'billed', 'billing', 'charge', 'charges', 'charged', 'double charg*', 'payment*',
    'pay', 'paid', 'paying', 'receipt*', 'price', 'prices', 'pricing', 'cost', 'costs', 'fee', 'fees',
    'subscription fee*', 'vat', 'tax', 'taxes', 'prorat*', 'proration', 'billing cycle', 'card ~ declined',
    'overage*', 'how much ~ cost*|pay|charge*|fee*|price*|extra|more', 'quote for', 'rechnung*', 'abrechnung*', 'zahlung*', 'preis*', 'kosten', 'gebuhr*',
    'facture*', 'facturation', 'prelevement*', 'paiement*', 'prix', 'tarifs', 'tarification', 'factura*', 'cobro*', 'cobrad*', 'pago*', 'precio*',
    '!in charge', '!free of charge', '!charge ~ battery|phone|device|cable', '!pay ~ attention',
    // Charge points, charge cards and price books are things in the product, not charges.
    '!charge point|points|card|cards|station|stations|port|ports|session|sessions|box|controller|controllers|spot|spots', '!price book|books',
    'kostet', 'kostete', 'kosten wurde', 'wie viel ~ zahlen|bezahlen|kostet|kosten', 'coute', 'coutent', 'couterait', 'couteraient', 'combien ~ payer|paierions|facture*',
    'cuesta', 'cuestan', 'costaria*', 'coste', 'costo', 'costos', 'cobra', 'cobran', 'cobrar*', 'cobraria*', 'cuanto ~ pagar|pagariamos|sale|salen|mas',
    'custa', 'custam', 'custaria*', 'custo', 'custos', 'preco*', 'quanto ~ pagar|pagariamos|pagheremmo|mais', 'quanto ~ in piu',
    'costa', 'costano', 'costerebbe*', 'costi', 'prezz*', 'kost', 'kosten', 'prijs*', 'hoeveel ~ betalen|extra|meer',
    'el|un|este|ese|del|al|doble|los|un ~ cargo|cargos', 'cargaron', 'cargasteis', 'abbuchung*', 'lastschrift*', 'abgerechnet', 'abrechnen', 'fatura*', 'cobranca*', 'pagamento*', 'mensalidade*', 'factuur*', 'facturen', 'betaling*', 'afschrijving*', 'incasso*', 'fattura*', 'addebit*', 'pagament*', 'canone',
  ],
  plan_change: [
    'difference between ~~ standard|business|enterprise|pro|premium|basic|plans|tiers|free', 'unterschied ~ zwischen ~~ tarif*|standard|business|enterprise|pro|premium|basic|plan*', 'difference entre ~~ standard|business|enterprise|pro|premium|formule*|forfait*|offre*', 'diferencia entre ~~ standard|business|enterprise|pro|premium|plan*', 'diferenca entre ~~ standard|business|enterprise|pro|premium|plano*', 'verschil tussen ~~ standard|business|enterprise|pro|premium|abonnement*|pakket*', 'differenza tra ~~ standard|business|enterprise|pro|premium|piano|piani',
    'upgrad*', 'downgrad*', 'switch* ~ plan*|tier*', 'chang* ~ plan*|tier*', 'mov* to ~ plan|tier', 'plan change*',
    'tarifwechsel', 'tarif ~ wechseln', 'changer ~ forfait|offre', 'cambiar* ~ plan*',
  ],
  downgrade: [
    'reduire ~ abonnement|licences|postes|utilisateurs|forfait', 'reducir ~ suscripcion|licencias|usuarios|plan', 'reduzir ~ assinatura|licencas|usuarios|plano', 'reduzieren ~ abo|abonnement|lizenzen|nutzer|platze', 'verminder* ~ abonnement|licenties|gebruikers', 'verlag* ~ abonnement|licenties', 'ridurre ~ abbonamento|licenze|utenti',
    'downgrad*', 'go|goes|going|went|mov*|drop*|step* ~~ down to ~~ plan|tier|standard|basic|starter|free|lite|essentials|team|pro', 'bump|move|knock ~ us|me ~ down ~ to', 'reduce ~ seats|licen*|users', 'remove ~ seats|licen*', 'fewer seats', 'lower ~ plan|tier', 'cheaper ~ plan|tier|package|edition|option', 'smaller ~ plan|tier|package',
    'herabstuf*', 'retrograd*', 'bajar ~ plan', 'pasad*|pasar*|cambiad*|cambiar*|poned* ~~ plan ~ gratis|gratuito|free|basico', 'passer|passez|mettre|mettez ~~ offre|plan|formule ~ gratuit*|free', 'mudar*|passar* ~~ plano ~ gratis|gratuito|free', 'passare|passateci|mettere ~~ piano ~ gratuito|gratis|free', 'auf ~~ kostenlos*|gratis|free ~ plan|tarif|version', 'naar ~~ gratis|free ~ plan|abonnement', 'move|switch|put ~~ to ~ the ~ free ~ plan|tier', 'to ~ free plan',
    'come|go ~ down ~ to|from ~~ seats|licen*|users', 'drop ~~ seats|licen*|users', 'cut ~~ seats|licen*', 'weniger ~ lizenzen|platze|nutzer', 'moins de ~ licences|sieges', 'menos ~ licencias|usuarios|asientos', 'menos ~ licencas|usuarios', 'minder ~ licenties|gebruikers', 'meno ~ licenze|utenti',
  ],
  plan_question: [
    'our|my ~ plan include*', 'plan ~ include*', 'included in ~ plan|tier|subscription', 'on our|my ~ plan',
    'which plan', 'what plan', 'plan ~ allow*|support*', 'our|my current plan', 'in unserem tarif',
    'notre ~ forfait|offre', 'nuestro plan',
    // "Zit die functie in het abonnement van onze school?": what a plan holds, in each language read.
    'in ~ the|our|my ~ subscription', 'in ~ het|ons|onze|mijn ~ abonnement|pakket', 'abonnement|pakket ~ van ~ onze|ons', 'in ~ unserem|unserer|meinem|dem ~ tarif|abo|abonnement|paket', 'tarif|abo|paket ~~ enthalten|inbegriffen', 'inclus* ~ dans ~ notre|mon|le ~ forfait|offre|abonnement', 'dans ~ notre|mon ~ abonnement', 'incluid* ~ en ~ nuestro|mi|el ~ plan|suscripcion', 'en ~ nuestro|mi ~ suscripcion', 'incluid* ~ no ~ nosso|meu|o ~ plano', 'no ~ nosso|meu ~ plano|pacote', 'inclus* ~ nel ~ nostro|mio ~ piano|abbonamento', 'compres* ~ nel ~ nostro|mio ~ piano|abbonamento', 'nel ~ nostro|mio ~ piano|abbonamento',
    // "Are there any spare seats on our account?": what the account has left is the account's.
    'spare|free|unused|open ~ seat|seats|licen*', 'seat|seats|licen* ~ left|remaining|available|spare', 'freie ~ platze|lizenzen', 'places|licences ~ disponibles|restantes', 'asientos|licencias ~ libres|disponibles', 'lugares|licencas ~ livres|disponiveis', 'vrije ~ plekken|licenties', 'posti|licenze ~ liberi|libere|disponibili',
  ],
  cancellation: [
    'chiudere ~ account|abbonamento|conto', 'fermer ~ compte', 'account ~ schliessen|loschen', 'konto ~ schliessen|loschen|kundigen', 'opheffen',
    'annul* ~ abonnement|compte|contrat|souscription', 'arreter ~ abonnement|contrat', 'mettre fin ~~ abonnement|contrat', 'abo ~ beenden',
    'cancel* ~ suscripci*|assinatura|conta|cuenta|contrato|contratto|abonnement|abbonamento', 'fechar|encerrar|cerrar ~ conta|cuenta',
    'disdett*', 'annullare ~ abbonamento', 'disdire', 'cancelar ~ assinatura|conta|contrato', 'opzeg*', 'opzeggen', 'stopzetten',
    'cancel* ~ subscription*|account*|contract*|plan|service|membership|renewal', 'terminat* ~ contract*|subscription*|account*',
    'close ~ account*', 'end ~ subscription*|contract*', 'kundig*', 'resili*', 'cancelar*', 'dar* de baja',
    'zeggen ~~ abonnement|contract|account ~ op', 'disdir*', 'disdic*',
  ],
  cancellation_threat: [
    // "Se demander si vous êtes encore le bon choix", "price up other tools", "est-il raisonnable de continuer".
    'toujours|encore|vraiment ~ le ~ bon ~ choix', 'still ~ the ~ right ~ choice|fit|tool|partner', 'nog ~ de ~ juiste ~ keuze', 'noch ~ die ~ richtige ~ wahl', 'ancora ~ la ~ scelta ~ giusta', 'ainda ~ a ~ escolha ~ certa', 'siendo ~ la ~ eleccion ~ correcta',
    // "Não vamos renovar", "non rinnoveremo", "wij verlengen niet", "nous ne renouvellerons pas": not renewing, in each language.
    'nao ~ vamos|iremos|queremos ~ renovar|continuar', 'nao ~ renovaremos|renovamos|renovar', 'no ~ vamos|queremos ~ renovar|seguir|continuar', 'no ~ renovaremos|renovamos',
    'non ~ rinnoveremo|rinnoviamo|rinnovare|continueremo', 'non ~ vogliamo|intendiamo ~~ rinnovare|continuare', 'ne ~ renouvellerons|renouvelerons|continuerons ~ pas', 'pas ~ renouveler|continuer ~~ avec ~ vous',
    'verlengen ~~ niet|geen', 'niet ~ verlengen|doorgaan', 'verlangern ~~ nicht|kein', 'nicht ~ verlangern|weitermachen',
    // "It is getting hard to justify", "they would move us over for nothing".
    'harder|hard|difficult ~ to ~ justify', 'schwer|schwierig ~ zu ~ rechtfertigen', 'difficile ~ a|de ~ justifier', 'dificil ~~ justificar', 'difficile ~ da ~ giustificare', 'moeilijk ~ te ~ verantwoorden|rechtvaardigen',
    'move|moving|bring|switch ~ us ~ across|over ~~ free|nothing', 'migrate ~ us ~~ free',
    'price|pricing ~ up ~~ other|alternative|competing', 'raisonnable|reasonable|ragionevole|razonable|razoavel|sinnvoll|verstandig ~~ continuer|continue|continuing|continuare|continuar|weiterzumachen|doorgaan',
    // "Nos estamos replanteando seguir con vosotros": staying is in doubt.
    'reconsider* ~~ staying|continuing|renewing|whether', 'replante* ~~ seguir|continuar|renovar', 'repensando ~~ continuar|renovar|ficar', 'reconsiderando ~~ seguir|continuar|renovar|ficar', 'reconsider* ~~ poursuivre|renouveler|rester', 'uberlegen|uberdenken|prufen ~~ ob ~~ bleiben|verlangern|weitermachen', 'heroverweg*', 'riconsider* ~~ continuare|rinnovare|restare', 'otras ~ plataformas|herramientas', 'outras ~ plataformas|ferramentas', 'autres ~ plateformes|outils', 'andere ~ plattformen|anbieter', 'andere ~ platforms|tools',
    // "Teremos de rever a parceria", "we will review the partnership": the relationship itself put under review.
    'rever|revisar|repensar|reavaliar ~~ parceria|relacao|contrato ~ com', 'revisar|replantear|reconsiderar ~~ relacion|colaboracion ~ con', 'revoir|reconsiderer|reevaluer ~~ partenariat|collaboration|relation', 'partnerschaft|zusammenarbeit ~~ uberdenken|uberprufen|uberlegen|infrage', 'samenwerking ~~ heroverwegen|herzien|opnieuw bekijken', 'rivedere|riconsiderare|ripensare ~~ collaborazione|rapporto|partnership', 'review|rethink|reconsider|reevaluate ~~ partnership|relationship ~ with',
    // "Wenn das nicht läuft, brauchen wir euch nicht mehr": the product no longer needed (it counts as a condition or said to us).
    'brauchen ~~ nicht mehr', 'hebben ~~ niet meer nodig', 'wont need ~ you|u|it ~ anymore', 'no longer need ~ you|u', 'ya no ~ os|les ~ necesitamos', 'nao ~ vamos ~ precisar ~ mais', 'n aurons plus besoin', 'non ~ avremo ~ piu ~ bisogno',
    // "Tenemos presupuestos de otros proveedores": quotes sought elsewhere.
    'oferta|ofertas|presupuesto|presupuestos|propuesta|propuestas|cotizacion|cotizaciones ~~ otras|otros|competencia', 'orcamento|proposta|cotacao ~~ outras|outros', 'preventivo ~~ altri|altre', 'quotes|offers|proposals ~~ from ~~ other|others|competitor*', 'angebote ~~ anderer|anderen|konkurrenz', 'devis|offres|propositions ~~ d autres|autres|concurrents', 'offertes ~~ andere|concurrent*', 'preventivi|offerte|proposte ~~ altri|altre|concorrent*', 'propostas|orcamentos|cotacoes ~~ outras|outros|concorrent*',
    // "On va regarder ce que font les autres", "not sure we'll stay with you".
    'regarder ~~ font ~ les ~ autres', 'look* ~~ what ~ others ~ offer|do|charge', 'schauen ~~ was ~ andere', 'au bout ~~ avec vous', 'not sure ~~ stay|staying|continue|continuing|renew|renewing ~~ you', 'pas sur ~~ rester|continuer|renouveler',
    // "Ne trarremo le conclusioni", "vamos buscar otra casa", "was it the right choice of platform".
    'trarr* ~~ conclusioni', 'tirer|tirera|tirerons ~~ conclusions', 'sacar* ~~ conclusiones', 'tirar* ~~ conclusoes', 'draw ~~ conclusions', 'conclusies ~ trekken', 'konsequenzen ~ ziehen', 'procurar|buscar ~ outra|otra ~ casa|empresa|plataforma|solucao|solucion', 'bon ~ choix ~~ plateforme|outil|fournisseur|prestataire', 'right ~ choice ~~ platform|vendor|tool|provider', 'richtige ~ wahl ~~ plattform|anbieter', 'juiste ~ keuze ~~ platform|leverancier', 'scelta ~ giusta ~~ piattaforma|fornitore', 'eleccion ~ correcta ~~ plataforma|proveedor', 'escolha ~ certa ~~ plataforma|fornecedor',
    // "Om naar andere partijen te kijken": other providers looked at.
    'naar ~ andere ~ partijen|aanbieders|leveranciers|oplossingen|pakketten', 'nach ~ anderen ~ anbietern|losungen|tools', 'nach ~ einem|einer ~ anderen ~ system|anbieter|losung|tool|plattform|software', 'anderweitig ~ umsehen|umschauen', 'voir ~ ailleurs', 'd autres ~ fournisseurs|prestataires|solutions|editeurs', 'otras ~ opciones|alternativas|empresas|soluciones ~~ mercado', 'outras ~ opcoes|empresas|solucoes ~~ mercado', 'guardarci ~ intorno', 'guard* intorno', 'altri ~ fornitori|gestionali', 'altre ~ soluzioni|piattaforme', 'other ~ providers|vendors|suppliers',
    'cambi* ~ fornitore|piattaforma', 'cambi* ~ de ~ proveedor|plataforma', 'chang* ~ de ~ fournisseur|plateforme', 'mud* ~ de ~ fornecedor|plataforma', 'wissel* ~ van ~ leverancier|platform', 'overstappen ~ naar ~ een ~ andere', 'over ~ naar ~ een ~ ander|andere ~ systeem|pakket|tool|aanbieder|leverancier|platform|oplossing|programma',
    'reason ~ not to ~ switch|leave|cancel|move', 'thinking ~ of|about ~ switching|moving|leaving', '!thinking ~ of|about ~ switching ~ on|off|it', 'looking at ~ other|alternatives|switching|moving', 'why ~ should ~ we|i ~ stay', 'pensando en ~ cambiar*|irnos', 'pensando em ~ mudar|trocar|sair', 'overweg* ~ over ~ te stappen', 'aller voir ailleurs', 'on va ~ partir|changer ~~ prestataire|outil|logiciel', 'cambiare ~ fornitore|software|programma|gestionale', 'wechseln ~ zu ~ einem|einer ~ anderen',
    'otro|otra ~ programa|software|aplicacion|sistema|proveedor|herramienta', 'outro|outra ~ programa|software|sistema|fornecedor|ferramenta', 'raise ~~ procurement', 'escalat* ~~ procurement',
    'alternatives', 'alternativen', 'alternatieven', 'alternative ~ offer*|options|quote*', 
    'otro proveedor', 'buscar ~ proveedor|alternativa', 'autre fournisseur', 'anderen anbieter', 
    'or we ~ cancel*|leave|switch|go', 'we will ~ cancel*|leave|switch', 'take ~ business|team|teams|company ~ elsewhere', 'move ~ whole|entire ~~ over|elsewhere|away', 'move ~~ org|organisation|organization|team|teams|company|everyone ~ over|elsewhere|away', 'move ~ team|company|us|everyone|everything ~ to ~ another|other|different', 'another ~ tool|vendor|provider|platform|solution', 'go back to ~ spreadsheets|excel', 'andere aanbieder', 'altro fornitore', 'outro fornecedor', 'overstappen', 'passare a ~ altro', 'mudar para ~ outro',
    'competitor*', '!competitor* ~ do|does|did ~ it|this|that', '!saw ~ competitor*', 'alternative ~ vendor*|provider*|solution*', 'look* ~ alternatives', 'business elsewhere',
    'switch* to ~ another|other ~ provider*|vendor*|tool*', 'leave ~ platform|service|you', 'churn*',
    'not renew*', 'wont renew', 'will not renew', 'reconsider* ~ renewal|contract|subscription|partnership',
    'other provider*', 'anbieter ~ wechseln', 'konkurrenz', 'concurren*', 'competencia',
    'or we ~ cancel*', 'otherwise ~ cancel*', 'consider* ~ cancel*', 'moving|switching|migrating|move|switch|migrate ~ to ~ another|other|different ~~ system|tool|platform|provider|software|vendor|app', 'zijn we ~ weg', 'sind wir ~ weg', 'andere aanbieders', 'we are gone', 'well be gone', 'on s en va', 'nos vamos', 'vamos embora', 'ce ne andiamo', 'regarder ailleurs', 'look elsewhere', 'woanders ~ schauen|suchen', 'guardare altrove', 'buscar ~ en ~ otro ~ sitio', 'we cancel', 'we leave', 'we quit',
    'were|well ~ moving|switching|migrating|move|switch|migrate ~ to', 'we ~ are|will|shall ~ moving|switching|migrating|move|switch|migrate ~ to', 'going to ~ move|switch|migrate ~ to', '!moving|switching|migrating|move|switch|migrate ~ to ~ the|a|an|our|annual|monthly|yearly|new|plan|business|enterprise|standard|pro|premium|free|sso|okta|v2|version',
    'go|going|move|moving ~ back ~ to ~~ old|previous|former|last ~ system|tool|software|provider|vendor|program|platform', 'volv* ~ a ~~ anterior|antiguo|antigua', 'voltar ~ ao|a ~~ anterior|antigo|antiga', 'revenir ~~ ancien|ancienne|precedent', 'zuruck ~~ alten|vorherigen|fruheren', 'tornare ~~ precedente|vecchio|vecchia', 'terug ~~ oude|vorige',
    'cancelamos', 'cancelaremos', 'nos damos de baja', 'kundigen wir', 'on resilie', 'nous resilions', 'disdiciamo', 'zeggen we ~~ op',
    'other|different ~ vendor*|tool*|solution*|option*|platform*|provider*', 'andere* anbieter', 'andere* ~ tool*|losung*|plattform*', 'autre* ~ solution*|outil*|prestataire*', 'otra* ~ herramienta*|solucion*|plataforma*', 'outra* ~ ferramenta*|solucao|plataforma*', 'mudar ~ para ~ outra|outro', 'andere ~ tool*|oplossing*|leverancier*', 'altr* ~ strument*|soluzion*|piattaform*',
  ],
  renewal_soon: [
    'renew* ~ in ~ days|weeks|week|month', 'renewal ~ next|soon|coming|upcoming', 'up for renewal', 'renewing soon',
    'before ~ renewal', 'verlangerung', 'renouvellement', 'renovacion',
  ],
  // Relationship pressure.
  legal: [
    // "Dann melden wir das der Aufsichtsbehörde": the authority told of us.
    'behorde|datenschutzbehorde|aufsichtsbehorde ~~ mitteilen|melden|informieren|einschalten|beschweren|wenden',
    // "Presentaré una reclamación ante el Banco de España": a complaint to a supervisor of banks or payments.
    'reclamacion|queja|denuncia ~~ ante ~ el|la|los', 'presentar* ~~ reclamacion|queja|denuncia', 'banco de espana', 'banco de portugal', 'banque de france', 'banca d italia', 'nederlandsche bank', 'bafin', 'acpr', 'cnmv', 'consob', 'financial ombudsman', 'fca', 'bundesbank', 'klacht ~~ indienen|bij ~ de', 'beschwerde ~~ einreichen|einlegen', 'reclamation ~~ aupres', 'reclamacao ~~ junto', 'reclamo ~~ presso',
    // "Faremo valere le nostre ragioni nelle sedi opportune", "wir behalten uns vor, die Kosten geltend zu machen": a claim reserved.
    'valere ~~ ragioni|diritti', 'sedi ~ opportune|competenti', 'faire ~ valoir ~~ droits', 'instances ~ competentes', 'hacer ~ valer ~~ derechos', 'instancias ~ oportunas|competentes', 'fazer ~ valer ~~ direitos', 'instancias ~ competentes', 'rechte ~~ geltend', 'kosten|schaden|anspruche|forderungen ~~ geltend ~ zu ~ machen', 'rechten ~~ doen ~ gelden', 'enforce ~ our ~ rights', 'pursue ~~ legal|remedies|claim', 'all ~ legal ~ options|remedies', 'reserve ~ the ~ right ~ to ~ claim|recover|pursue|seek', 'behalten ~ uns ~ vor ~~ geltend|ersatz|schadenersatz|rechtliche|kosten', 'nous ~ nous ~ reservons ~~ droit|reclamer|poursuivre', 'nos ~ reservamos ~~ derecho|reclamar|acciones', 'reservamo ~ nos ~~ direito', 'ci ~ riserviamo ~~ diritto|azioni|richiedere|agire', 'behouden ~ ons ~ het ~ recht ~~ voor',
    'landesbeauftragt*', 'landesdatenschutz*', 'autorite ~ de ~ protection ~ des ~ donnees', 'saisir ~~ autorite|cnil|apd|justice|tribunal|mediateur', 'gegevensbeschermingsautoriteit', 'autoridade ~~ protecao ~ de ~ dados', 'anpd', 'autoridad ~~ proteccion ~ de ~ datos', 'autorita ~~ protezione ~ dei ~ dati', 'garante ~ per ~ la ~ protezione',
    'nostro legale', 'nostri legali', 'mandato ~~ legale|avvocato', 'danni ~ di ~ immagine',
    // A formal notice of default: "stellen wij u in gebreke", "messa in mora".
    'in gebreke', 'ingebrekestelling', 'in verzug ~ setzen', 'constituir ~ en mora', 'schade ~~ vergoeden|vergoedt', 'schaden ~~ ersetzen|ersatz', 'dommages ~~ indemniser|reparer', 'danos ~~ indemnizar|resarcir', 'danni ~~ risarcire', 'damages ~~ compensate|reimburse|pay',
    '!our|my ~ lawyer*|attorney*|counsel|solicitor* ~~ told|explained|advised|says|said|recommend*|wants|asked|sent|sends|gave|prepared|drafted|forwarded', '!unser*|mein* ~ anwalt|anwaltin|rechtsanwalt* ~~ erklart|gesagt|geraten|empfohlen|mochte|will|sagt', '!notre|mon ~ avocat* ~~ dit|explique|conseille|recommande|demande', '!nuestro|mi ~ abogad* ~~ dice|dijo|explico|recomienda|aconseja|pide', '!nosso|meu ~ advogad* ~~ disse|diz|explicou|recomenda|pediu', '!onze|mijn ~ advocaat ~~ zegt|zei|legde|adviseert|raadt|vraagt', '!il ~ nostro|mio ~ avvocato ~~ dice|detto|spiegato|consiglia|chiede',
    'ufficio legale', 'servizio legale', 'tutelar* ~~ confronti', 'nei vostri confronti', 'service juridique', 'departamento ~ legal|juridico', 'rechtsabteilung', 'juridische afdeling', 'danni subiti', 'prejuicios sufridos', 'prejudice subi', 'entstandenen schaden',
    'file|filing|filed ~ complaint ~~ with|against', 'complaint ~ against ~ you|your', 'labor|labour ~ department|board|office', 'department of labor', 'attorney general', 'better business bureau', 'report ~ you ~ to', 'queixa ~ contra', 'denuncia ~ contra', 'plainte ~ contre', 'anzeige ~ gegen', 'aangifte ~ tegen', 'denuncia ~ contro',
    'report ~~ to ~ the ~ ico|cnil|aepd|cnpd|garante|regulator*|authorit*|ombudsman', 'to the ico', 'garante ~ protezione|privacy', 'segnal* ~~ garante|autorita', 'melden ~~ datenschutz*|aufsicht*', 'signaler ~~ cnil|autorite', 'denunciar ~~ aepd|agencia', 
    'avvocat*', 'advogad*', 'advocaat*', 'advocaten', 'rechtszaak', 'rechter', 'juridische stappen', 'azione legale', 'azioni legali', 'vie legali', 'acao judicial', 'processo judicial', 'tribunale', 'klacht ~ bij', 'reclamo ~ al garante', 'garante ~ privacy', 'autoriteit persoonsgegevens', 'supervisory authority', 'aufsichtsbehord*', 'datenschutzbehord*', 'datenschutzaufsicht', 'cnil', 'aepd', 'cnpd', 'agencia ~ proteccion ~ datos', 'autorite de controle', 'beschwerde ~ bei', 'mise en demeure', 'messa in mora', 'ingebrekestelling', 'notificacao extrajudicial', 'burofax',
    // "Please treat this email as formal notice that we hold you responsible".
    'formal notice', 'expect ~ a ~ letter', 'letter ~ from ~ our|her|his ~ lawyer*|attorney*|counsel|solicitor*|office', 'hold ~ responsible|liable|accountable', 'defence|defense ~ organisation|organization|union',
    'recours ~~ contre|possibles|juridiques', 'recursos ~~ legales|contra|juridicos', 'rechtsmittel', 'rechtliche ~ moglichkeiten|schritte',
    'legal ~ advice', 'where ~ we ~ stand ~~ legally|legal|data protection|gdpr|contract', 'juristisch* ~ beraten|prufen', 'conseil ~ juridique', 'asesor* ~ legal|juridic*', 'consulenza ~ legale', 'juridisch ~ advies',
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
    'furieux', 'furieuse', 'furious', 'furioso', 'furiosa', 'wutend', 'woedend',
    'inaccettabile', 'vergognoso', 'inaceitavel', 'vergonhoso', 'onacceptabel', 'schandalig', 'belachelijk',
    'unacceptable', 'outrageous', 'ridiculous', 'disgrace*', 'disgust*', 'furious', 'appalled', 'worst',
    'horrible', 'terrible', 'sick of', 'had enough', 'scam', 'never again', 'completely useless',
    'extremely disappointed', 'very disappointed', 'deeply disappointed', 'beyond frustrat*', 'incompetent',
    'inakzeptabel', 'unverschamt', 'frechheit', 'inadmissible', 'inacceptable', 'scandaleux', 'inaceptable',
    'vergonzoso', 'indignant*', 'pathetic', 'bedroevend', 'jammerlijk', 'erbarmlich', 'lamentable', 'lamentabl*', 'penoso', 'patetic*',
    'klaar mee', 'hogerop', 'higher up', 'take ~ this|it ~ higher|further', 'escalate ~ this|it ~ higher|further',
    'post ~~ about ~~ linkedin|twitter|reddit|online|social', 'post*|write|writing|share|sharing|tell|telling|review* ~~ on ~ linkedin|twitter|trustpilot|capterra|reddit', 'bad|negative ~ review*', 'one star', '1 star', 'go public', 'bewertung ~ schreiben|abgeben', 'avis negatif', 'resena negativa', 'avaliacao negativa', 'slechte review', 'recensione negativa',
  ],
  frustration: [
    // "Makes me want to pull my hair out".
    'pull|tear ~ my|our ~ hair ~ out', 'haare ~ raufen', 'arracher ~ les ~ cheveux', 'tirarme ~ de ~ los ~ pelos', 'arrancar ~ os ~ cabelos', 'haren ~ uit ~ mijn|het ~ hoofd', 'strapparmi ~ i ~ capelli',
    // "Ik ben het eerlijk gezegd behoorlijk zat", "llevamos tres días así".
    'ben ~ het ~~ zat', 'spuugzat', 'het ~ beu', 'genoeg ~ van', 'llevamos ~ dos|tres|cuatro|cinco|varios|varias ~ dias|semanas|meses', 'estamos ~ ha ~ dias|semanas|meses', 'depuis ~ deux|trois|quatre|plusieurs ~ jours|semaines ~ que', 'seit ~ drei|vier|funf|mehreren ~ tagen|wochen ~~ nichts|keine|immer', 'da ~ tre|quattro|cinque|diversi ~ giorni|settimane ~~ niente|nessuno',
    'in a row', 'night|nights|day|days|week|weeks|morning|mornings|time ~ running', 'di fila', 'fois de suite', 'mois de suite', 'semaines de suite', 'jours de suite', 'mes* ~ seguid*', 'vez ~ seguid*', 'hintereinander', 'op rij', 'achter elkaar', 'non si puo lavorare', 'so kann man nicht arbeiten', 'on ne peut pas travailler', 'asi no se puede trabajar', 'assim nao da', 'zo kan ik niet werken', 'zo kunnen we niet werken', 'mi aspettavo ~~ di piu', 'mi aspettavo ~~ meglio', 'me esperaba|esperaba ~~ mas|mejor', 'esperava ~~ mais|melhor', 'attendais ~~ mieux|plus', 'mehr erwartet', 'meer verwacht', 'expected ~~ better|more',
    'disaster', 'disastro', 'desastre', 'katastroph*', 'catastroph*', 'rampzalig',
    'fed up', 'seccat*', 'infastidit*', 'still nothing', 'still no ~ answer|reply|response|word', 'pretty|very|really ~ poor', 'its been ~ two|three|four|five|several|few ~ days|weeks', 'couldnt ~ get ~ an ~ answer', 'could not ~ get ~ an ~ answer', 'harto', 'harta', 'hartos', 'hartas', 'no ~ podemos ~ trabajar', 'nao ~ conseguimos ~ trabalhar', 'so ~ konnen ~ wir ~ nicht ~ arbeiten', 'zo ~ kunnen ~ wij ~ niet ~ werken', 'cosi ~ non ~ possiamo ~ lavorare', 'hurting ~ us|our|business|sales', 'schadet ~ uns', 'nos perjudica', 'ci danneggia', 'nos prejudica', 'penible', 'agacant*', 'nervig', 'frustrant*', 'fastidios*', 'vervelend', 'irritant*',
    'frustrat*', 'deluso', 'delusa', 'frustrad*', 'gefrustreerd', 'teleurgesteld', 'ancora non ~ funziona|funzionano|risolt*|ricevut*|arrivat*|rispost*|sistemat*', 'ainda nao ~ funciona|funcionou|resolv*|receb*|cheg*|respond*|corrigi*', 'nog steeds ~ niet|geen|kapot',
    // "Your settings are a maze", "this is getting old", "I spent an hour trying".
    'is ~ a ~ maze', 'getting ~ really|pretty|very|so ~ old', 'getting old', 'spent ~~ minutes|hours ~ trying|looking|searching', 'wasted ~~ hours|minutes|afternoon|morning|day',
    'commence ~ a ~ bien ~ faire', 'nase voll', 'saco cheio', 'en ai marre', 'ras le bol', 'hasta las narices', 'pieno le scatole', 'spuugzat', 'sick ~ and ~ tired',
    'decepcionad*', 'decepcion', 'desilusionad*', 'delusi',
    'frustrat*', 'disappoint*', 'annoy*', 'upset', 'unhappy', 'still not', 'still no', 'still broken',
    'still waiting', 'still have not', 'still havent', 'no answer', 'no response', 'no reply', 'properly this time',
    'yet again', 'once again', 'how many times', '!retr* ~~ how many times', '!retr* ~~ and how many times', '!how many times ~~ retr*|attempt*|per|daily|fire*|run|runs', 'still ~ fail*|broken|crash*', 'still ~ not working', 'still ~ happening', 'waiting for ~ days|weeks', 'not good enough',
    'enttausch*', 'verargert', 'immer noch', 'decu*', 'toujours pas', 'molest*', 'todavia no', 'sigue sin',
    'nobody|noone ~ has ~ answered|replied|responded|helped', 'nobody|noone ~ got back', 'nobody ~ answered|replied|responded|helped', 'no one ~ has ~ answered|replied|responded|helped', 'no one ~ answered|replied|responded', 'lose|losing|lost ~ patience', 'running out of ~ patience', 'patience ~ running|wearing', 'geduld ~ verlier*|verloren|ende|op', 'perd* ~ patience|paciencia|pazienza', 'waiting ~ since', 'waited ~ days|weeks|over', 'warte* ~~ seit', 'attend* ~ depuis', 'esper* ~ desde', 'aguard* ~ desde|ha', 'wacht* ~ al|sinds', 'aspett* ~ da', 'keine antwort', 'aucune reponse', 'ninguna respuesta', 'nenhuma resposta', 'geen antwoord|reactie', 'nessuna risposta',
    'ninguem ~ respondeu|responde', 'nadie ~ respondio|responde|contesta', 'nadie ~ ha respondido', 'personne ~ repondu', 'personne ~ ne repond', 'personne ~ na repondu', 'niemand ~ antwortet|geantwortet|reagiert', 'niemand ~ reageert|gereageerd|antwoordt', 'nessuno ~ risponde|risposto',
    'third time', '3rd time', 'fourth time', 'fifth time', 'several times', 'multiple times', 'many times', '!retr* ~~ how many times', '!retr* ~~ and how many times', '!how many times ~~ retr*|attempt*|per|daily|fire*|run|runs', 'numerous times', 'dritte mal', 'troisieme fois', 'tercera vez', 'terceira vez', 'derde keer', 'terza volta',
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
    '!pay|pays|paying ~ twice', 'second time', '2nd time', 'already ~ wrote|written|contacted|reported|asked|emailed|told|raised', 'already ~ opened ~~ ticket|tickets|case|request|one',
    'follow* up on', 'asked|wrote|written|contacted|emailed|called|chased|messaged ~ twice|before|already', 'twice ~ already', 'already ~ twice', '!charg* ~ twice', '!billed|debited|paid ~ twice', '!twice ~ charg*|billed|debited', 'previous ticket', 'earlier ticket', 'last ticket', 'my last email', 'wrote ~ last week',
    'zweite mal', 'zum zweiten', 'deuxieme fois', 'segunda vez', 'nochmal',
    'al ~~ gestuurd|gemaild|gemeld|gevraagd|geschreven|gebeld', 'twee keer ~~ gemaild|gebeld|geschreven|gevraagd|gemeld|gecontacteerd', 'al ~ twee keer', 'tweede keer', 'een paar keer ~~ gemaild|gebeld|geschreven|gevraagd|gemeld', '!twee keer ~~ afgeschreven|gefactureerd|betaald', '!afgeschreven|gefactureerd|betaald ~~ twee keer',
    'schon ~~ geschrieben|gemeldet|gefragt|gemailt|angerufen|geschickt', '!sich ~~ bei uns ~ gemeldet', 'bereits ~~ geschrieben|gemeldet|kontaktiert|gefragt|geschickt',
    'deja ~~ ecrit|signale|contacte|demande|envoye|relance', 'ya ~~ escribi|escribimos|avise|avisamos|reporte|pregunte|preguntamos|envie|enviamos', 'ja ~~ escrevi|escrevemos|enviei|avisei|reportei|perguntei',
    'gia ~~ scritto|segnalato|chiesto|inviato|contattato', 'never ~ heard back', 'no reply', 'no response', 'nooit ~ antwoord|reactie', 'geen ~ antwoord|reactie', 'keine antwort', 'aucune reponse', 'sin respuesta', 'sem resposta', 'nessuna risposta',
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
    // "¿Me la podéis desbloquear hoy?", "can you unfreeze Dan's card?": a hold lifted.
    'unfreeze*|unblock*|desbloque*|debloqu*|entsperr*|deblokkeer*|deblokker*|sblocc* ~~ card|cards|tarjeta|tarjetas|carte|cartes|karte|karten|kaart|pasje|bankpas|carta|cartao|cartoes|account|cuenta|compte|konto|conta|conto', 'me|nos ~ la|lo ~ podeis|pueden|podrian|podem ~ desbloquear', 'unfreeze ~~ card|account',
    // "Can you switch off the 2-step thing for Marta?": a second factor turned off.
    'switch|turn|shut ~ off ~ 2|two ~ step|factor', 'switch off ~ mfa|2fa|authenticator|otp', 'disable|remove|reset|bypass|skip ~ 2|two ~ step', 'disable|remove|reset ~ 2 ~ factor',
    'ninguem ~ consegue ~ entrar|acessar|logar', 'nadie ~ puede ~ entrar|acceder|iniciar', 'niemand ~ kann ~~ anmelden|einloggen|rein', 'niemand ~ kan ~ inloggen|erin', 'nessuno ~ riesce ~~ accedere|entrare', 'personne ~ ne peut ~~ connecter|acceder', 'nobody|noone ~ can ~ log|get|sign ~ in|into', 'no one ~ can ~ log|get|sign ~ in|into', 'code ~~ doesnt|dont|not|never ~ come|comes|arrive|arrives', 'code ~~ nicht mehr', 'senha provisoria|temporaria', 'contrasena ~ temporal|provisional', 'temporary password', 'mot de passe ~ temporaire|provisoire', 'temporares passwort', 'tijdelijk wachtwoord', 'password ~ temporanea|provvisoria',
    'accesso ~ perso', 'non riesco ~~ accedere|entrare', 'togli* ~~ verifica|autenticazione|2fa|mfa', 'disattiv* ~~ verifica|autenticazione ~ in|a ~ due', 'riprendere ~ il ~ controllo', 'regain ~ control', 'take ~ back ~ control', 'recuperar ~ el ~ control', 'reprendre ~ le ~ controle', 'kontrolle ~~ zuruck*', 'retomar ~ o ~ controle', 'controle ~~ terug*', 'sin dejar ~~ contrasena*|claves|accesos', 'without ~ leaving|sharing|handing ~~ password*|login*|credentials', 'ohne ~~ passworter|zugangsdaten', 'sans ~~ mots de passe', 'sans ~~ identifiants', 'sem deixar ~~ senha*', 'zonder ~~ wachtwoorden', 'senza ~~ password|credenziali', 'non riesce ~~ entrare|accedere', 'farla|farlo|farmi|farci ~ entrare|accedere', 'let her|him|me|us|them in', 'let her|him|me|us|them ~ back in', 'get ~ her|him|me|us|them ~ back ~ in', 'la faire entrer', 'le faire entrer', 'dejarla|dejarlo|dejarme ~ entrar', 'deixa-la|deixa-lo ~ entrar', 'haar|hem ~ binnenlaten', 'haar|hem ~ erin laten', 'reinlassen', 'perso ~~ telefono|cellulare ~~ autenticazione|codice', 'lost ~~ phone ~~ authenticator|2fa|code|codes', 'account ~ bloccat*', 'bloccat* ~ fuori|account|accesso', 'nao consigo ~ acessar|entrar', 'acesso ~ perdido', 'geen toegang', 'kan niet ~ inloggen', 'buitengesloten', 'login link', 'magic link', 'one time ~ login|link|code',
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
    'acceso ~ de ~ administrador|admin', 'acces ~ administrateur|admin', 'admin access', 'administrator access', 'adminzugang', 'administratorzugang', 'accesso ~ amministratore|admin', 'acesso ~ de ~ administrador|admin', 'beheerderstoegang', 'admin ~ toegang',
    'bump ~ to|up ~ admin*|owner*', 'upgrade ~ to ~ admin*', 'same access as', 'keys to ~ everything|kingdom', 'full admin', 'rendere ~ admin*|amministrator*', 'tornar ~ admin*|administrador*', 'beheerder ~ maken',
    'role change*', 'chang* ~ role|roles', 'make ~ admin*|owner*|superuser*', 'grant* ~ admin*|owner*',
    'give ~ admin*|owner*', 'admin rights|access|privileges|permissions|role', 'elevat* ~ access|privilege*|role*',
    'promot* ~ admin*', 'remove* ~ admin*', 'demot*', 'revok* ~ access|admin*', 'add ~ as ~ admin*|owner*', 'remove ~ user*|member*|employee*|colleague*|access', 'deactivat* ~ user*|member*|employee*|account*',
    'superuser*', 'root access', 'privilege', 'privileges', 'adminrechte', 'droits ~ admin*', 'permisos ~ admin*',
    '!admin panel', '!admin console', '!admin settings', '!im admin', '!in the admin', '!in admin', '!dans l admin', '!no admin', '!nell admin', '!in de admin', '!en el admin', '!admin ~ abrufbar|herunterladen|finden|vinden|encontrar|trouver|trovare',
    'remove ~~ from ~ workspace*|account*|team*|organi*|org|space', 'kick ~ out', 'cut off ~ access', 'zum|zur ~ admin*|administrator*', 'administrateur ~ du|de', 'hacer ~ admin*|administrador*', 'beheerdersrechten', 'admin ~ rechten', 'diritti ~ admin*', 'droits ~ administrat*',
    'give ~~ access', 'grant ~~ access', 'let ~~ see|view|edit|into ~ board*|workspace*|account*|folder*|space*', 'admin ~ maken', 'devolver|restaurar|restablecer ~~ rol|acceso|permisos|administrador*', 'restore ~~ admin*|role|rights|access', 'no longer ~ admin*|owner*', 'nicht mehr ~ admin*|administrator*', 'ne suis plus ~ admin*|administrat*', 'ya no soy ~ admin*|administrador*', 'nao sou mais ~ admin*|administrador*', 'niet meer ~ admin|beheerder', 'non sono piu ~ admin*|amministrator*', 'who ~ removed|changed|demoted ~ me|my|her|his', 'quien ~~ quito|cambio', 'tirar|remover|revogar ~~ acesso', 'quitar|revocar ~~ acceso', 'zugang|zugriff ~~ entziehen|sperren', 'retirer ~~ acces', 'toegang ~~ intrekken|afnemen', 'togliere|revocare ~~ accesso',
  ],
  ownership: [
    // "Sie übernimmt ab Juni das Konto", "he takes over the account": the account passes to someone else.
    'konto|account|compte|cuenta|conta|conto ~~ ubernehmen|ubernimmt|overnemen|overneemt|reprendre|reprend|rilevare|rileva', 'take|takes|taking ~ over ~~ account|workspace|subscription',
    // "Can you move the domain across into her account?", "does this mean you'll take my domain away?".
    'into|to ~ her|his|their ~ account', 'naar ~ haar|zijn ~ account', 'auf ~ ihr|sein ~ konto', 'sur ~ son ~ compte', 'a ~ su ~ cuenta', 'para ~ a ~ conta ~ dela|dele', 'sul ~ suo ~ account', 'take ~ my|our ~ domain|account|site ~ away', 'udrp', 'auth ~ code|codes', 'authcode', 'epp ~ code|key', 'transfer ~ code|key',
    // "Potete spostare l'account e il contratto sulla nuova società?": the account moved to another legal entity.
    'account|contratto|contrat|contrato|vertrag|konto|conta|cuenta|compte|conto|contract ~~ nuova|nouvelle|nueva|nova|neue|neuen|nieuwe|new ~ societa|societe|sociedad|sociedade|gesellschaft|firma|entiteit|vennootschap|entity|company',
    // "Bitte tragen Sie mich an ihrer Stelle ein": in the place of the one who left.
    'mich ~~ an ~ ihrer|seiner ~ stelle', 'me|myself ~~ in ~ her|his ~ place|seat|stead', 'me ~~ a ~ sa ~ place', 'me ~~ en ~ su ~ lugar', 'me ~~ no ~ lugar ~ dela|dele', 'mi ~~ al ~ suo ~ posto', 'mij ~~ in ~ haar|zijn ~ plaats',
    // "Preciso que a conta passe pro meu nome": "pro" is "para o".
    'passe|passar|transferir|mudar ~~ pro|pra ~ meu|minha ~ nome|email', 'pro ~ meu ~ nome',
    // "Das muss jetzt auf uns laufen", "que a conta passe para o nome da nova diretora": whose name the account is in.
    'auf ~ uns|mich|sie|ihn ~ laufen', 'lauft ~~ noch ~ auf', 'para o nome ~ da|do|de', 'passe|passar ~ para o nome', 'em nome ~ dele|dela', 'a nombre ~ de|suyo|suya', 'au nom ~ de', 'op naam ~ van', 'op ~ haar|zijn|onze ~ naam', 'a nome ~ di|suo|sua', 'in ~ her|his|our ~ name', 'under ~ my|her|his|our ~ name',
    // "Bitte das Projekt mir zuordnen", "basculez ses dossiers chez moi": moved to the one asking.
    'mir ~ zuordnen|zuweisen|ubertragen|uberschreiben', 'zuordnen|zuweisen ~ an|auf ~ mich', 'basculer|transferer|deplacer ~~ chez moi', 'assign ~~ to me',
    'passe ~ a ~ estar ~ em ~ nome', 'deixe|deixar ~ de ~ ser ~ a|o ~ titular|proprietari*|dono|dona',
    'auf mich ~ umschreiben|ubertragen|umstellen|uberschreiben', 'umschreiben ~ auf ~ mich|meinen', 'auf meinen namen', 'a mon nom', 'a mi nombre', 'em meu nome', 'no meu nome', 'para o meu nome', 'op mijn naam', 'a mio nome', 'intestar*', 'in my name', 'over to me', 'transfer* ~~ to me', 'the only ~ admin*|owner*', 'unic* ~ admin*|administrador*|administradora|amministrator*|proprietari*', 'einzige* ~ admin*|administrator*|inhaber*', 'seul* ~ admin*|administrat*|proprietaire', 'enige ~ beheerder|admin', 'admin*|administrador*|administradora|amministrator*|beheerder ~~ saiu|sali*|left|parti*|vertrokken|uscit*|verlassen', 'admin*|administrador*|administradora|amministrator*|beheerder ~~ se fue', 'admin*|administrador*|administradora|amministrator*|beheerder ~~ andat* via',
    'proprietario|proprietaria|eigenaar*|inhaber*|eigentumer*|proprietaire|propietario*|propietaria*|titular* ~~ account*|organizzazione|organization|organisation|org|organisatie|organizacion|organizacao|conto|konto*|compte|cuenta|conta|abonnement|abbonamento|suscripcion|assinatura|workspace|espace|espacio|espaco|spazio|werkruimte|arbeitsbereich|vertrag|contrat|contrato|contratto',
    'account*|conto|konto|kontos|compte|cuenta|conta|abonnement|abbonamento|suscripcion|assinatura|workspace|espace|espacio|espaco|spazio|werkruimte|arbeitsbereich ~~ proprietario|proprietaria|eigenaar*|inhaber*|eigentumer*|proprietaire|propietario*|propietaria*|titular*',
    'main|primary|only ~ account ~ person|holder|contact|owner', 'account holder', 'zustandig ~~ konto|account', 'fur das konto ~ zustandig', 'verantwortlich ~~ konto|account', 'in charge of ~~ account|organization|organisation|workspace', 'responsable ~~ compte|cuenta|conta|account', 'auf mich ~ umgestellt', 'an meiner stelle', 'a ma place', 'en mi lugar', 'no meu lugar', 'al mio posto', 'in mijn plaats',
    'nuevo|nueva|nuovo|nuova|novo|nova|nouveau|nouvelle|neue|neuer|nieuwe ~ propietari*|proprietari*|inhaber*|eigentumer*|eigenaar*|titular*', 'dono da conta', 'hand ~ over ~ account|workspace|ownership',
    'ownership ~~ account*|workspace*|subscription|organi*|team|space|board*|admin*|login*', 'account*|workspace*|subscription|team|space|board* ~~ ownership', 'ownership ~ transfer*|change*|handover', 'transfer* ~~ ownership', 'account owner*', 'workspace owner*', 'owner|admin|administrator ~ left', 'former ~ admin*|owner*', 'transfer* ~ account*|workspace*|owner*',
    'change ~ owner*', 'new owner ~~ account*|workspace*|subscription|organi*|team|space', 'account*|workspace*|subscription ~~ new owner', 'become ~ owner*|admin*|administrator*', 'take over ~ account*|workspace*', 'billing owner', 'primary owner',
    'propriete', 'transf* ~ propri*', 'eigentum*', 'propiedad', 'transferir ~ propiedad|propriedade|cuenta|conta', 'propriedade', 'eigendom', 'proprieta', 'trasferi* ~ proprieta|account', 'hand ~ over ~ ownership', 'overdragen',
    'hand ~ workspace|account|space ~ over', 'be ~ the ~ owner*', 'take ~ over ~ as ~ owner*',
  ],
  compromise: [
    // "Bitte beachten", "beach house": words one letter from "breach" that are no breach.
    '!beach*', '!beacht*', '!brach*', '!brech*',
    // "¿Alguien ha entrado en mi cuenta?", "apuntan a unas IPs que no conozco".
    'alguien ~ ha ~ entrado|accedido', 'alguem ~ entrou|acessou', 'quelqu un ~~ entre|connecte|accede', 'jemand ~~ eingeloggt|eingedrungen|zugegriffen', 'iemand ~~ ingelogd|binnengekomen|ingebroken', 'qualcuno ~~ entrato|acceduto', 'ip|ips ~~ no ~ conozco|desconocid*|unbekannt*|inconnu*|desconhecid*|onbekend*|sconosciut*',
    // "Een afschrijving die ik niet herken", "sin que él hiciera nada", "he didn't try to use it".
    'niet ~ herken|herkennen', 'nicht ~ erkenne|kenne|zuordnen', 'ne ~ reconnais|reconnaissons ~ pas', 'no ~ reconozco|reconocemos', 'nao ~ reconheco|reconhecemos', 'non ~ riconosco|riconosciamo', 'sin ~ que ~~ hiciera|hicieramos|hicimos ~ nada', 'sem ~ que ~~ fizesse|fizessemos ~ nada', 'sans ~ qu ~~ ait|ayons ~ rien', 'ohne ~ dass ~~ etwas ~ getan|gemacht', 'zonder ~ dat ~~ iets ~ deed|gedaan', 'senza ~ che ~~ facesse|facessimo ~ nulla|niente', 'didnt ~ try ~ to ~ use|make|buy|pay', 'did not ~ try ~ to ~ use|make|buy|pay', 'wasnt ~ him|her|them|us|me', 'was not ~ him|her|them|us|me',
    // "Nadie me dice qué 'actividad inusual' es", "Bloqueada por seguridad": a hold for suspicious activity.
    'actividad|atividade|activite|aktivitat|activiteit|attivita ~ inusual|incomum|inhabituelle|ungewohnliche|ongebruikelijke|insolita|sospechosa|suspeita|suspecte', 'unusual ~ activity', 'bloquead*|bloqueé*|bloque|bloquee|gesperrt|geblokkeerd|bloccat*|locked|blocked|frozen|held ~ por|pour|wegen|per|voor|for ~ seguridad|seguranca|securite|sicherheit*|veiligheid|sicurezza|security',
    // "His personal token still works??", "una campaña que nadie del equipo ha creado".
    'token|tokens|key|keys|credential* ~~ still ~ work*|valid|active|usable', 'nobody ~~ created|sent|wrote|made|scheduled', 'none ~ of ~ us ~~ created|sent|wrote|made|scheduled', 'no one ~~ created|sent|wrote|scheduled', 'nadie ~~ creado|enviado|programado', 'ninguem ~~ criou|enviou|programou', 'personne ~~ cree*|envoye*|programme*', 'niemand ~~ erstellt|gesendet|verschickt|aangemaakt|verstuurd|gemaakt', 'nessuno ~~ creato|inviato|programmato', 'no ~ hemos ~ enviado|creado ~ nosotros', 'didnt ~ send|create|schedule ~ it|this|that', 'did not ~ send|create|schedule ~ it|this|that',
    // "Des élèves se vantent d'avoir trouvé son mot de passe": someone else has a person's password.
    'found|guessed ~ his|her|their ~ password', 'trouve|devine ~ son|leur ~ mot de passe', 'sein|ihr ~ passwort ~~ gefunden|herausgefunden|erraten', 'encontrado|adivinado ~ su ~ contrasena', 'descobr* ~ a ~ senha ~ dele|dela', 'zijn|haar ~ wachtwoord ~~ gevonden|achterhaald|geraden', 'trovato|indovinato ~ la ~ sua ~ password',
    // "I deactivated him; how is he still getting in?"
    'still ~ getting|gets|got ~ in|into', 'sigue ~ entrando|accediendo', 'continua ~ a ~ entrare|accedere', 'continua ~ entrando|acessando', 'kommt ~ noch ~ rein', 'nog ~ steeds ~ in|binnen', 'encore ~ a ~ se ~ connecter',
    'somebody else', 'how ~ he|she|they ~ could ~ still ~ log*|sign*|get', 'he|she|someone|somebody|employee*|admin*|contractor* ~~ still ~ logging|logs|logged|signing|signs|signed ~ in', 'nog ~~ kon|kan|konden ~ inloggen', 'noch ~~ einloggen|anmelden|einzuloggen', 'encore ~~ connecter|connecte', 'todavia|aun ~~ entrar|acceder|conectarse', 'ainda ~~ entrar|acessar|logar', 'ancora ~~ accedere|entrare', 'what else ~ he|she|they ~ did|changed', 'what else ~ he|she|they ~ has done', 'wat ~ hij|zij ~~ heeft ~ gedaan', 'was ~ er|sie ~~ gemacht ~ hat', 'someone|somebody|anyone|anybody ~ got|get|getting|gotten|been ~ into', 'actually|really ~ from ~ you', 'changing ~ bank|banks', 'changing ~ bank|account ~ details', 'new ~ bank ~ details|account', 'remittance details', 'logging|log|logged|signing|signed ~ in as ~ him|her|me|them', 'never ~ changed|made|authori*|requested|approved ~ it|that|this|anything', 'i never changed', 'didnt ~ ask ~ for ~ that|this|it', 'did not ~ ask ~ for ~ that|this|it', 'acessos ~ estranhos|suspeitos|desconhecidos', 'accessi ~ strani|anomali', 'connexions ~ suspectes|etranges|inconnues', 'verdacht* ~ inlog*|aanmelding*', 'verdacht* ~ anmeldung*|zugriff*', 'seltsam* ~ anmeldung*|zugriff*', 'accesos ~ extranos|raros|desconocidos', 'inicios de sesion ~ sospechos*|extran*', 'endereco ~~ nao e ~ nosso', 'adresse ~~ pas ~ la notre', 'direccion ~~ no es ~ nuestra', 'indirizzo ~~ non e ~ nostro', 'address ~~ not ~ ours',
    'compromess*', 'comprometid*', 'leak*', 'token|tokens|secret|secrets|key|keys|credential*|pat|password* ~~ public|leaked|exposed|printed|committed|pushed', 'pushed|committed|printed ~~ public ~ repo|repository|log', 'public ~ repo|repository ~~ token|secret|key|env', 'anything|anyone|somebody|someone ~ used ~ it|them', 'uso ~ desse|deste ~ token', 'uso de ese|este ~ token', 'alguem ~ copiou', 'alguien ~ lo ~ copio', 'fuga ~~ token|datos|dados|clave', 'fuite ~~ token|donnees|cle', 'trapelat*', 'phone|celular|telefono|handy|telephone|telemovel|telefoon|tablet|ipad|laptop|device|dispositivo|appareil|gerat|apparaat|portatile|portatil|notebook|computer ~~ stolen|roubado|robado|gestohlen|vole|rubato|gestolen', 'gecompromitteerd', 'kompromittiert', 'ransomware', 'malware', 'trojan*', 'encrypt* ~ activity|attack', 'accessi sospetti', 'accesos sospechosos',
    'hack*', '!any hack*', '!quick hack*', 'compromis*', 'suspicious', 'unauthori*', 'phish*', 'breach*', 'stolen', 'someone else',
    'didnt ~ make|authorize|authorise|request ~ change*|this|that|login', 'not me', 'unknown ~ login*|device*|ip|location*',
    'strange ~ login*|activity|email*', 'login alert*', 'security alert*', 'unrecogni*', 'nobody|dont|didnt|not ~ recogni*',
    'unfamiliar ~ login*|device*|ip|location*', 'log* ~ from ~ ip|country|location', 'sign* in ~ from ~ ip|country|location', 'fraud*', 'impersonat*', 'gehackt', 'verdachtig*', 'pirate*', 'suspect*',
    'hackead*', 'sospechos*', 'fraude*',
    'new sign in', 'new signin', 'new login* ~~ from|location|device|country|ip|address|alert|notification', 'never been there', 'wasnt me', 'was not me', 'still logged|signed ~ in', 'nicht ich', 'pas moi', 'no fui yo', 'nao fui eu', 'niet ik', 'non ero io',
    'still ~ has|have ~ access', 'access ~ he|she|they ~ still ~ has|have', 'zugange|zugang|zugriff|zugriffe|rechte ~ er|sie ~ noch ~ hat|haben', 'ainda ~ tem ~ acesso', 'noch ~ zugriff|zugang', 'a toujours ~ acces', 'todavia ~ tiene ~ acceso', 'heeft ~ nog ~ toegang', 'ha ancora ~ accesso',
  ],
  third_party_data: [
    // "Sämtliche E-Mails, die unser Mitarbeiter ausgetauscht hat", "quién entró y desde dónde": someone else's mail, or who got in.
    'mitarbeiter*|kollege*|kollegin* ~~ emails|mails|nachrichten|korrespondenz|postfach', 'mails|emails|nachrichten|korrespondenz ~~ unser* ~ mitarbeiter*|kolleg*', 'employe*|collegue* ~~ mails|emails|messages|courriels|boite', 'messages|courriels|mails ~~ de ~ notre|l ~ employe*|collegue*', 'empleado*|companer* ~~ correos|emails|mensajes|buzon', 'correos|mensajes ~~ del ~ empleado|companero', 'funcionari*|colega* ~~ emails|mails|mensagens|caixa', 'mensagens|emails ~~ do ~ funcionario|colega', 'medewerker*|collega* ~~ emails|mails|berichten|mailbox', 'mails|emails|berichten ~~ onze|van ~ medewerker*|collega*', 'dipendent*|collega* ~~ email|mail|messaggi|casella', 'email|messaggi ~~ del ~ dipendente|collega',
    'quien ~ entro|accedio', 'quien ~ se ~ conecto', 'quem ~ entrou|acessou', 'qui ~ s est ~ connecte', 'wer ~ sich ~~ eingeloggt|angemeldet', 'wie ~ er ~~ ingelogd', 'chi ~ e ~ entrato', 'chi ~ ha ~ acceduto', 'what else ~~ touched|accessed|read|did',
    // "Vorrei sapere tutto quello che avete salvato su mio figlio": what is held on a relative.
    'about|on|su|sobre|sur|uber|over ~ my|mio|mia|mi|meu|minha|mon|ma|mein|meine|meinen|meinem|meiner|mijn ~ son|daughter|child|kid|father|mother|figlio|figlia|hijo|hija|filho|filha|fils|fille|sohn|tochter|kind|zoon|dochter|padre|madre|pai|mae|pere|mere|vater|mutter|vader|moeder',
    // "Pouvez-vous nous dire depuis où et quand son compte a été utilisé ?"
    'depuis ou ~~ connect*|utilis*', 'son ~ compte ~~ utilise', 'his|her ~ account ~~ used', 'zijn|haar ~ account ~~ gebruikt', 'sein|ihr ~ konto ~~ benutzt|genutzt|verwendet', 'su ~ cuenta ~~ usada|utilizada', 'sua ~ conta ~~ usada|utilizada', 'suo ~ account ~~ usato|utilizzato',
    // "Welche Daten über ihn bei Ihnen gespeichert sind": what is held about someone else.
    'data|information|records ~~ about|on ~ him|her', 'daten|informationen ~~ uber ~ ihn|sie ~~ gespeichert|haben|vorliegen', 'donnees|informations ~~ sur ~ lui|elle', 'datos|informacion ~~ sobre ~ el|ella', 'dados|informacoes ~~ sobre ~ ele|ela', 'gegevens|informatie ~~ over ~ hem|haar', 'dati|informazioni ~~ su ~ di ~ lui|lei',
    'my|mein|meine|meines|meiner|mon|ma|mi|meu|minha|mijn|mio|mia ~ father|mother|fathers|mothers|vater|vaters|mutter|pere|mere|padre|madre|pai|mae|vader|moeder|papa|mama|son|daughter|sons|daughters|sohn|tochter|sohnes|fils|fille|hijo|hija|filho|filha|zoon|dochter|figlio|figlia ~~ data|records|daten|protokolle|akte|donnees|dossier|datos|registros|dados|gegevens|dati|cartella|photo|photos|foto|fotos|notes|noten|notas|cijfers|voti',
    // "Podem sumir com tudo que tiverem sobre ela?": everything held about someone else.
    'everything ~~ about|on ~ him|her', 'tout ce qui ~ la|le ~ concerne', 'tout ~~ sur ~ lui|elle', 'alles ~~ uber ~ ihn|sie ~~ gespeichert|haben|habt', 'todo ~~ sobre ~ el|ella', 'tudo ~~ sobre ~ ele|ela', 'nada ~ dela|dele', 'alles ~~ over ~ hem|haar', 'tutto ~~ su ~ di ~ lui|lei', 'tutto ~ cio ~ che ~ la|lo ~ riguarda',
    // "Potete dirci da dove si è collegata e cos'altro ha fatto?": what a person did, and from where.
    'cos altro ~~ fatto', 'que mas ~~ hecho|hizo', 'quoi d autre ~~ fait', 'o que mais ~~ fez|feito', 'was ~ sonst ~~ gemacht|getan', 'wat ~ nog meer ~~ gedaan', 'da dove ~~ collegat*|connesso|connessa', 'desde donde ~~ conecto|entro', 'de onde ~~ conectou|entrou', 'von wo ~~ eingeloggt|angemeldet', 'vanwaar ~~ ingelogd',
    'o que foi ~ consultado|visto|acessado|baixado|exportado', 'lo que ~ se ~ consulto|vio|descargo', 'que se ~ consulto|vio', 'ce qui a ete ~ consulte|vu|telecharge', 'was ~~ angesehen|abgerufen ~ wurde', 'cosa ~ e stato ~ consultato|visto|scaricato', 'wat er ~ bekeken|gedownload', 'what was ~ viewed|accessed|downloaded|exported', 'what was ~ looked at', 'de onde ~ vieram', 'where ~ logins|login|access|accesses ~ came from', 'check ~ who ~ logged|logs|signed', 'check ~ who ~ is logging',
    'activity of ~ him|her|them', 'activity of ~ this user', 'what ~ he|she ~ looked at', 'what ~ he|she ~ viewed|accessed', 'his|her ~ activity', 'dati di ~ un|una ~ altro|altra|ex', 'dados de ~ outro|outra|ex',
    'another ~ user*|person*|customer*|employee* ~ data|account*|email*|messages|password*',
    'someone elses', 'colleague* ~ password*|emails|messages|data|account*|inbox', 'employee* ~ password*|emails|messages|inbox',
    'number|numbers|address|addresses|appointment*|history|records|details|information|whereabouts|birth ~~ for|of|about ~ a|the|this|that ~ patient|client|customer|employee|student|tenant|resident|person|child',
    'former employee*', 'access to ~ his|her|their ~ account*|emails|inbox|data', 'my ~ personal ~ data|information|details ~~ deleted|removed|erased|delete|remove|erase', 'all ~ my ~ data|information ~~ deleted|removed|erased', 'meine ~ daten ~~ loschen|geloscht', 'mes donnees ~~ supprim*|effac*', 'mis datos ~~ borr*|elimin*|suprim*', 'meus dados ~~ apag*|elimin*|exclu*', 'mijn gegevens ~~ verwijder*|wissen', 'miei dati ~~ cancell*|elimin*',
    'i used to ~~ work|run|be ~~ at|for|there', 'while i was there', 'my ~ old|former ~ employer|company|job', 'mein ~ ehemaliger|fruherer|alter ~ arbeitgeber', 'mon ~ ancien ~ employeur', 'mi ~ antiguo|anterior ~ empleador|trabajo|empresa', 'meu ~ antigo|ex ~ empregador|emprego', 'mijn ~ oude|vorige ~ werkgever', 'il mio ~ ex ~ datore|lavoro',
    'i ~ dont ~ work ~ at|for|there|here', 'i ~ do not ~ work ~ at|for|there|here', 'i ~ no longer ~ work ~ at|for|there|here', 'ich arbeite ~~ nicht mehr', 'je ne travaille plus', 'ya no trabajo', 'nao trabalho mais', 'ik werk ~~ niet meer', 'non lavoro piu', 'his|her|their ~ password*',
    'read ~ his|her|their ~ messages|emails',
    'login history', 'sign in history', 'activity log*', 'activity history', 'access log*', 'audit trail of', 'anmeldeverlauf', 'historique ~ connexion*', 'historial ~ acceso*|inicio*', 'historico ~ acesso*|login*', 'inloggeschiedenis', 'cronologia ~ accessi',
    'everything ~ he|she|they ~ viewed|downloaded|exported|accessed|opened', 'what ~ session|they|someone ~ looked at', 'what ~ session|they|someone ~ viewed|accessed|did|saw', 'zijn|haar ~ account|activiteit|gegevens', 'wat ~~ heeft ~ bekeken|gedownload|geexporteerd', 'seine|ihre ~ aktivitat*', 'was ~ er|sie ~~ angesehen|heruntergeladen|exportiert', 'son activite', 'ce qu ~ il|elle ~~ consulte|telecharge|exporte', 'su actividad', 'lo que ~~ visto|descargado|exportado', 'atividade ~ dele|dela', 'o que ~ ele|ela ~~ viu|baixou|exportou', 'sua attivita', 'cosa ~ ha ~ visto|scaricato|esportato',
    'aktivitatsprotokoll*', 'protokoll ~ seines|ihres', 'seines|ihres ~ kontos|accounts|zugangs', 'que ~ ele|ela ~~ abriu|baixou|viu|exportou|acessou', 'which|what ~ ip|ips|accounts|users|people ~~ viewed|accessed|opened|saw|downloaded', 'ip address* ~~ viewed|accessed|opened', 'who ~ viewed|accessed|opened|saw|downloaded|exported', 'wer ~~ angesehen|zugegriffen|geoffnet|heruntergeladen', 'qui ~ a ~ consulte|vu|ouvert|telecharge', 'quien ~~ vio|accedio|abrio|descargo', 'quem ~~ viu|acessou|abriu|baixou', 'wie ~~ bekeken|geopend|gedownload', 'chi ~~ visto|aperto|acceduto|scaricato',
  ],
  identity_change: [
    // "Potreste aggiornare l'email del titolare con la mia?": the owner's address changed.
    'email|mail|adresse|indirizzo|correo|endereco|adres of|del|de|du|van|do|da|della|des ~ titolare|owner|proprietario|proprietaria|inhaber|proprietaire|propietario|eigenaar|titular',
    'trocar|mudar|alterar ~ e mail ~~ acesso|conta|login', 'trocar|mudar|alterar ~ email ~~ acesso|conta|login', 'cambiar ~ correo|email|mail ~~ acceso|cuenta', 'changer ~ email|mail|adresse ~~ compte|connexion', 'e mail ~~ konto|anmeldung ~~ andern|ander*', 'anmelde ~ e mail', 'anmelde ~ email|adresse', 'cambiare ~ email|mail ~~ accesso|account', 'email|mail ~~ account|inlog ~~ wijzigen|veranderen', 'email ~~ to mine', 'login ~~ to mine', 'login ~~ to my email',
    'change ~ email ~ on|of|for ~ account', 'change ~ login email', 'update ~ account ~ email', 'verify ~ identity',
    'identity verification', 'change ~ account holder', 'change ~ name on ~ account', 'new email ~ for ~ account',
  ],
  security_general: [
    'sso', 'saml', 'scim', 'okta', 'azure ad', 'entra id', 'microsoft entra', 'entra ~ sso|saml|scim|tenant|login', 'ldap', 'single sign*', 'mfa', '2fa', 'two factor',
    'multi factor', 'api key*', 'api token*', 'access token*', 'ip allowlist', 'ip whitelist', 'allowlist',
    'password polic*', 'encryption', 'security setting*', 'password', 'passwords', 'passwort', 'mot de passe',
    'contrasena', 'authentif*', 'authentic*', 'session timeout',
    'doble factor', 'segundo factor', 'zwei faktor*', 'zweifaktor*', 'double authentification', 'deux facteurs', 'dois fatores', 'tweestapsverificatie', 'twee factor*', 'due fattori', 'autenticazione a due',
  ],
  permissions_general: [
    'door access', 'access control', 'which ~ floors|doors|rooms ~~ open*|access', 'badge ~~ opens|open|access',
    'only ~ see|view|access ~~ their|own', 'solo ~ vean|ver|veran ~~ sus|propias|propios', 'nur ~~ eigenen ~~ sehen', 'ne ~ voient ~ que', 'so ~ vejam|veem ~~ suas|seus|proprias', 'alleen ~~ eigen ~~ zien', 'vedano ~ solo', 'solo ~~ le ~ proprie',
    'permission*', 'role', 'roles', 'access level*', 'view only', 'read only', 'grant* ~ access',
    'give ~ access', 'user rights', 'berechtigung*', 'zugriffsrechte', 'droits d acces', 'autorisation*', 'permisos',
  ],
  // Operations.
  outage: [
    // "She said it is a known issue and engineering is on it": an incident the customer names.
    'known ~ issue|bug|problem|outage', 'bekannt* ~ problem|fehler|storung', 'probleme ~ connu', 'problema ~ conocido|conhecido|noto', 'bekend ~ probleem|issue',
    // "Is there a known issue with some bank sites?" asks whether there is one.
    '!is ~ there|this|it|that ~ a|an|any ~ known', '!any ~ known', '!gibt ~ es ~ ein|einen ~ bekannt*', '!ist ~ das|dies ~ ein ~ bekannt*', '!est ce ~ un ~ probleme ~ connu', '!y a t il ~ un ~ probleme ~ connu', '!es|hay ~ un|algun ~ problema ~ conocido', '!e|existe ~ um|algum ~ problema ~ conhecido', '!is ~ dit|er ~ een ~ bekend', '!e ~ un ~ problema ~ noto', '!c e ~ un ~ problema ~ noto',
    '!incident ~ bot|bots|channel|channels|management|response|process|playbook|runbook|tool|tooling|tracker|report|reports|template|templates|form|forms|log|logs', '!incidents ~ board|report|reports|field|log|logs|form|forms|template',
    'outage*', 'downtime', 'incident*', 'disruption*', 'service interruption*', 'was|is|been|were down', '!down to', 'went ~ down',
    'down ~ for|all|since|again', 'status page', 'degraded', 'ausfall', 'storung*',
    // "Pannello" is a control panel: only the French outage words.
    'panne', 'pannes', 'interruption*', 'caida*', 'interrupcion*', 'fuera de servicio',
    'slowdown*', 'slow down', 'crawling', 'sluggish', 'timing out', 'timed out', 'timeouts', 'performance ~ issue*|problem*|degrad*', 'latency', 'verlangsamung', 'ralentissement*', 'lenteur*', 'lentitud', 'lentidao', 'traagheid', 'rallentament*',
  ],
  provisioning: [
    'licen*', 'invite*', 'invitation*', 'onboard*', 'provision*', 'new user*', 'add ~ user*',
    'deactivat* ~ user*', 'sandbox', 'set ~ up ~ account*|workspace*', 'lizenz*', 'platz', 'platze', 'siege*',
    'licencia*', 'asiento*',
  ],
  usage_limits: [
    'rate limit*', 'limit* ~~ plan|plans|tier|account|api|storage|seats|users|guests|boards|automation*|workspace|subscription|free|business|standard|enterprise', 'plan|tier|account|api|storage|free|business|standard|enterprise ~~ limit|limits', 'limit ~ of|on ~ the|our ~ plan', 'quota*', 'api calls', 'usage limit*', 'usage cap*', 'throttl*', 'exceed*',
    'over ~ limit', 'limite*', 'kontingent',
    // In Spanish "cuota" is mostly a fee ("la cuota de matrícula", "la cuota de diciembre"): a quota only of use.
    'cuota* ~ de ~ uso|almacenamiento|envio|envios|api|llamadas|usuarios|espacio|mensajes|correos', 'cuota ~ excedida|superada|alcanzada|agotada', 'superad*|excedid*|alcanzad*|agotad* ~~ cuota',
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
    // A door opened, a badge issued, someone let in: physical access is access.
    'unlock|open ~~ door|doors|locker|lockers|gate|room', 'let|buzz him|her|them in', 'issue ~~ badge|fob|keycard', 'tur|ture ~~ offnen|aufschliessen|freischalten', 'ouvrir ~~ porte|casier', 'abrir ~~ puerta|porta|taquilla|cacifo', 'aprire ~~ porta|armadietto', 'deur|kluisje ~~ openen',
    'utenza', 'bloccare ~~ utenza|utente|account|accesso', 'bloquear ~~ usuario|cuenta|acceso', 'sperren ~~ benutzer|konto|zugang', 'bloquer ~~ utilisateur|compte|acces',
    'admin*', 'administrator*', 'owner*', 'access', 'role', 'roles', 'rights', 'privilege*', 'permission*', 'login*', 'log in',
    'password*', '2fa', 'mfa', 'two factor', 'session*', 'beheerder*', 'amministrator*', 'administrador*', 'proprietari*', 'accesso',
    'acceso', 'acesso', 'toegang', 'zugang', 'zugriff*', 'rechte', 'adminrechte', 'droits', 'permessi', 'permisos', 'permissoes',
    'ruolo', 'rol', 'rolle', 'papel', 'sessione', 'sesion', 'sessao', 'sessie', 'wachtwoord', 'passwort', 'contrasena', 'senha',
    'mot de passe', 'keys to',
    '!admin panel', '!admin console', '!admin settings', '!im admin', '!in the admin', '!in admin', '!dans l admin', '!no admin', '!nell admin', '!in de admin', '!en el admin', '!admin ~ abrufbar|herunterladen|finden|vinden|encontrar|trouver|trovare', '!access ~ report*|dashboard*|feature*|export*|api|board*|file*|document*',
  ],
  // A closing message: thanks, or word that something worked. It raises nothing.
  // The customer takes back what they asked: "never mind, sorted it", "hat sich erledigt".
  // A person asks about the personal data an account holds of them: a copy, or that it be deleted.
  personal_data_request: [
    'my data', 'my personal data', 'my information', 'my details', 'all ~ data|information ~~ about|on me', 'data ~ you ~ hold|have|keep|store ~~ about|on ~ me',
    'delete|erase|remove ~ me', 'delete|erase|remove ~ my ~ data|details|information|profile|cv|registration|application', 'right to be forgotten', 'subject access request', 'dsar',
    'stop|cancel ~ my ~ gift|donation|donations', 'stop|cancel ~ my ~ monthly|recurring|regular ~ gift|donation', 'informations ~~ sur moi', 'datos|informacion ~~ sobre mi', 'daten|informationen ~~ uber mich', 'dados|informacoes ~~ sobre mim', 'gegevens|informatie ~~ over mij', 'dati|informazioni ~~ su di me', 'mis datos', 'meine daten', 'meine personenbezogenen daten', 'mes donnees', 'i miei dati', 'dei miei dati', 'os meus dados', 'meus dados',
    'mijn gegevens', 'mijn persoonsgegevens', 'toglietemi', 'cancellatemi', 'borradme', 'eliminadme', 'loschen sie mich', 'supprimez moi', 'apaguem me', 'verwijder mij', 'verwijder me',
  ],
  withdrawal: [
    'found it', 'that was it', 'all back', 'show now', 'shows now', 'showing now', 'works again', 'working again', 'my bad', 'my mistake', 'user error', 'sorry for ~ shouting|caps|yelling',
    'gefunden', 'mein fehler', 'c est bon', 'trouve', 'ma faute', 'ya ~ funciona|aparece', 'lo encontre', 'culpa mia', 'ja ~ funciona|aparece', 'achei', 'foi mal', 'gevonden', 'mijn fout', 'trovato', 'colpa mia', 'ora funziona',
    'never mind', 'nevermind', 'sorted it', 'sorted now', 'figured it out', 'please ignore', 'ignore ~ my|this|last|previous ~ ticket|message|email|request',
    'please disregard', 'you can close', 'close ~ this|the ~ ticket', 'hat sich erledigt', 'vergessen sie', 'laissez tomber', 'oubliez', 'olvidalo', 'olvidad',
    'ya lo ~ resolvi|solucione|encontre', 'esquece', 'esqueca', 'laat maar', 'lascia perdere', 'lasciate perdere',
  ],
  thanks: [
    'thanks', 'thank you', 'thx', 'that worked', 'it worked', 'works now', 'working now', 'solved', 'resolved', 'fixed it', 'all good',
    'danke', 'hat funktioniert', 'funktioniert jetzt', 'merci', 'ca marche', 'gracias', 'ja|ya|agora|ahora ~ funciona', 'obrigad*', 'funcionou', 'grazie',
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
    'make ~~ vanish|disappear', 'clean slate', 'sumir ~ com', 'desaparecer ~ con|com', 'verdwijnen', 'verschwinden ~ lassen', 'far ~ sparire', 'faire ~ disparaitre', 'effac*', 'cancellat* ~~ dati|account|tutto', 'apagad*|excluid* ~~ dados|tudo', 'borrad*|eliminad* ~~ datos|todo', 'verwijderd ~~ gegevens|alles', 'geloscht ~~ daten|alles',
    'cancellare ~ dati|account|utente', 'eliminare ~ dati|account|utente', 'excluir ~ dados|conta|usuario', 'apagar ~ dados|conta', 'verwijder* ~ gegevens|account|gebruiker', 'eliminen ~ usuario|datos|cuenta', 'supresion', 'derecho de supresion', 'right to be forgotten',
    'delet* ~ account*|data|workspace*|user*|project*|everything|history|records|organi*', 'remove ~ all ~ data',
    'erase*', 'wipe*', 'purge*', 'merge ~ account*|organi*', 'losch*', 'supprim*', 'eliminar*', 'borrar*',
    'roll* ~~ server*|system*|database*|workspace*|site|machine* ~ back', 'roll* ~ back ~~ snapshot*|backup*|version',
    'restor* ~~ delet*|backup|trash|board*|data|workspace*', 'recover* ~~ delet*|board*|data', 'undelet*', 'wiederherstell* ~~ geloscht*|board|daten', 'restaur* ~~ supprim*|tableau|donnees', 'restaurar|recuperar ~~ borrad*|eliminad*|tablero*|datos|apagad*|excluid*|quadro*|dados', 'herstel* ~~ verwijderd*|bord*|gegevens', 'ripristin* ~~ eliminat*|cancellat*|bacheca|dati', 'merge ~~ workspace*|account*|organi*|space*|team*', 'zusammenfuhr*', 'fusionn*', 'fusionar', 'mesclar', 'unificar', 'samenvoegen', 'unire ~~ spazi|workspace|account', 'unificare',
    'restor*|recover*|recuper*|ripristin*|wiederherstell*|herstel*|restaur* ~~ backup*|sauvegarde*|sicherung*', 'restaurar|recuperar ~~ copia de seguridad', 'backup* ~~ restor*|recover*|recuper*|ripristin*|wiederherstell*|herstel*|restaur*',
  ],
  easy_change: [
    '!before ~ enabling|activating|turning', '!avant ~ activer|desactiver', '!antes de ~ activar|desactivar|ativar|desativar', '!bevor ~~ aktivier*', '!prima di ~ attivare|disattivare', '!voordat ~~ activeren',
    'aggiung* ~~ contratto|abbonamento|piano', 'hinzufug* ~~ vertrag|abonnement', 'ajout* ~~ contrat|abonnement', 'agregar* ~~ contrato|suscripcion', 'anadir* ~~ contrato|suscripcion', 'adicionar ~~ contrato|assinatura', 'toevoeg* ~~ contract|abonnement', 'add* ~~ to ~ our ~ contract|subscription', 'resend* ~ invit*', 're send ~~ invit*|it',
    'attiv* ~~ beta', 'activ* ~~ beta', 'ativ* ~~ beta', 'aktivier* ~~ beta', 'freischalt* ~~ beta', 'enable ~~ beta',
    'resend ~ invit*', 're send ~ invit*', 'add ~ seat*|user*|licen*|member*', 'toggle', 'turn on', 'turn off',
    'enable', 'disable', 'switch on', 'switch off', 'change ~ setting*', 'reset ~ setting*', 'update ~ address',
    'reactivat*', 'extend ~ trial', 'increase|raise|extend|lift ~ limit*|quota*|storage|cap', 'aktivier*', 'activer', 'activar',
  ],
} satisfies Lexicon;

export type Concept = keyof typeof DEFAULT_LEXICON;

/** Concepts whose words are also read with one letter missing ("refnd", "discout"): a missed concession costs most. */
export const TYPO_TOLERANT_CONCEPTS: readonly Concept[] = ['refund', 'credit', 'discount', 'waiver', 'exception', 'cancellation', 'ownership', 'compromise'];
