// Recognises "the document does not say" in English, Spanish, French, German and Portuguese, including the
// prompt's own `ANSWER: NOT FOUND` and its translations. Patterns are written on matchForm text (no accents).

import { matchForm } from "./value-match.ts";

const W = String.raw`(?:\p{L}+\s+)`;

const PHRASES = [
  // English
  String.raw`not\s+found|(?:does|do|did)\s*(?:not|n['’]?t)\s+(?:say|mention|contain|specify|state|include|provide|give|list|indicate|reveal)`,
  String.raw`(?:is|are|was|were)\s*(?:not|n['’]?t)\s+(?:mentioned|stated|specified|given|provided|listed|included|found|present|indicated|available)`,
  String.raw`no\s+(?:mention|information|reference|record)|(?:could|can|did)\s*(?:not|n['’]?t)\s+(?:find|locate|see)|cannot\s+(?:find|locate)`,
  String.raw`unable\s+to\s+(?:find|locate|determine)|(?:do\s+not|don['’]?t)\s+know|nowhere\s+in\s+the|not\s+(?:in|within)\s+the\s+(?:document|text)`,
  // Spanish
  String.raw`no\s+(?:(?:lo|la|se)\s+)?(?:encontr|encuentr)\p{L}*|no\s+se\s+(?:menciona|indica|especifica|dice|proporciona|incluye|aparece|precisa)`,
  String.raw`no\s+(?:aparece|figura|consta|esta\s+(?:mencionad|indicad|especificad))|no\s+(?:lo\s+)?se\b|desconozco`,
  String.raw`no\s+(?:hay|tengo|existe)\s+(?:informacion|datos|mencion|referencia|ninguna)|ninguna\s+(?:mencion|referencia|informacion)`,
  String.raw`no\s+(?:menciona|dice|indica|especifica|contiene|incluye|proporciona)`,
  // French
  String.raw`non\s+trouve|introuvable|pas\s+trouve|impossible\s+de\s+(?:trouver|determiner)`,
  String.raw`(?:n['’]|ne\s+)${W}?pas\s+(?:mentionne|indique|precise|specifie|donne|fourni|present|cite|trouve)`,
  String.raw`ne\s+(?:(?:le|la|les|l['’])\s*)?(?:mentionne|dit|indique|precise|contient|donne|fournit|cite|figure)\s+pas|n['’]apparait\s+pas`,
  String.raw`(?:aucune|pas\s+d['’])\s*(?:mention|information|indication|reference)|je\s+ne\s+(?:sais|connais)\s+pas`,
  // German
  String.raw`nicht\s+(?:gefunden|erwahnt|angegeben|genannt|enthalten|aufgefuhrt|vorhanden|zu\s+finden|auffindbar)`,
  String.raw`(?:erwahnt|nennt|enthalt)\s+${W}{0,2}keine?|keine\s+(?:angabe|information|erwahnung|hinweis)`,
  String.raw`wei(?:ss|ß)\s+(?:ich\s+)?(?:es\s+)?nicht|ich\s+wei(?:ss|ß)\s+es\s+nicht`,
  // Portuguese
  String.raw`nao\s+(?:foi\s+|e\s+|esta\s+)?(?:encontrad|mencionad|indicad|especificad|informad|citad)`,
  String.raw`nao\s+(?:menciona|diz|indica|especifica|contem|informa|cita|fornece|consta|aparece)|nao\s+sei|desconheco`,
  String.raw`nao\s+(?:ha|existe|tenho)\s+(?:informac|mencao|referencia|dados)|nenhuma\s+(?:mencao|informacao|referencia)`,
];

const NOT_FOUND = new RegExp(`(?<![\\p{L}])(?:${PHRASES.join("|")})`, "u");

/** True when the text says the document does not contain the answer (or that the model does not know it). */
export function saysNotFound(text: string): boolean {
  return NOT_FOUND.test(matchForm(text));
}
