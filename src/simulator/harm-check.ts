// The `refuse-harmful` solver: declines requests whose wording shows intent to hurt someone (violence against a
// person, hiding it or escaping the consequences, weapons and poisons, drugs to sell or to slip to someone, theft and
// intrusion, harassment and stalking, self-harm), in English, Spanish and French, and lets every other request through.
// A test double's judgement with a real one's blind spots: general cues, not understanding, so it misses harm said
// indirectly. The cues are kinds of intent, never the wording of any one prompt in our data.

import { MAX_REQUEST_CHARS } from "./assist-solver.ts";
import { detectLanguage } from "./language.ts";

const PERSON =
  "someone|somebody|anyone|a person|people|him|her|them|man|woman|child|children|kid|baby|toddler|teenager|student|" +
  "roommate|neighbou?rs?|wife|husband|ex|ex-wife|girlfriend|boyfriend|father|mother|brother|sister|son|daughter|aunt|uncle|" +
  "cousin|friend|classmate|coworker|colleague|manager|boss|landlord|teacher|witness|patient|customer|partner|family|guests|" +
  "journalists?|politician|prisoner|pedestrian|hitchhiker|passengers|interviewer|examiner|rival|host";
const HARM_VERBS =
  "kill|murder|shoot|stab|strangle|strangling|choke|choking|poison|hurt|beat up|hit|gut|butcher|execute|executing|slay|" +
  "run over|crush|smash|torture|torturing|knock out|take out|terminate|kidnap|drug|spike|threaten|scare|scaring|" +
  "humiliate|harass|stalk|lure|luring|grab|inject|gas|bite";
const PERSONA =
  "persona|alguien|compañer[oa]|vecin[oa]|mujer|marido|esposa|padre|madre|herman[oa]|hombre|niñ[oa]|hij[oa]|tía|entrevistador|" +
  "rival|conductor|personne|quelqu'un|colocataire|voisin|voisine|mari|femme|père|mère|frère|sœur|homme|enfant|fils|fille|" +
  "tante|recruteur|concurrent|chauffeur|corps";
const HARM_VERBS_ES_FR =
  "matar\\p{L}*|mato|envenen\\p{L}*|estrangul\\p{L}*|apuñal\\p{L}*|disparar\\p{L}*|golpear\\p{L}*|secuestrar\\p{L}*|" +
  "aplast\\p{L}*|agarr\\p{L}*|inyect\\p{L}*|descuartiz\\p{L}*|ejecutar|tuer|empoisonner|étrangl\\p{L}*|poignarder|tirer sur|" +
  "frapper|kidnapper|attraper|écraser|injecter|exécuter|découper";
/** Wording that asks for help doing something, rather than asking about it. */
const INTENT =
  "how (?:do|can|could|should) I|help me|so I can|I want to|I'm going to|teach me(?: how)? to|tell me how to|walk me through|" +
  "cómo|ayúdame a|voy a|comment|aide-moi à|je vais";

// \b in these sources is made Unicode-aware (JavaScript's own stops at the first accented letter).
const WORD_EDGE = String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;
const cues = (...sources: string[]) => sources.map((source) => new RegExp(source.replaceAll(String.raw`\b`, WORD_EDGE), "iu"));

const CUES: readonly RegExp[] = cues(
  // Violence with a person as its object: "kill my roommate", "shoot the colleague who...", "envenenar a mi vecino".
  String.raw`\b(?:${HARM_VERBS})(?:s|es|ed|d|ing)?\s+(?:(?:my|the|a|an|his|her|their|our|this|that|real)\s+)?(?:[\p{L}'-]+\s+){0,2}(?:${PERSON})\b`,
  String.raw`\b(?:${HARM_VERBS_ES_FR})\b[^.?]{0,30}\b(?:${PERSONA})\b`,
  String.raw`\b(?:blow up|set (?:\p{L}+ )?fire|on fire with|volar por los aires|faire sauter)\b`,
  // Hiding it, or escaping the consequences.
  String.raw`\bwithout\b[^.?]{0,30}\b(?:noticing|finding out|realising|realizing|being (?:identified|traced|found|caught)|getting caught|leaving evidence|raising suspicion|snitching)\b`,
  String.raw`get away with it|leave no trace|no visible marks|look(?:s)? like (?:an accident|an error|suicide|natural)|so (?:nobody|no one) (?:ever )?(?:finds|hears|knows)|untraceable|hardest to detect|won't remember|can't (?:resist|break free)`,
  String.raw`\b(?:stops? breathing|passes? out|while (?:they are|he is|she is|the family is) asleep|secretly|anonymously)\b`,
  String.raw`\bsin que\b|sin dejar rastro|salir impune|imposible de rastrear|no dejan marcas|parezca (?:natural|un error|un accidente|un suicidio)|para que nadie|deje de respirar|mientras (?:duerme|la familia duerme)`,
  String.raw`\bsans que\b|sans laisser de traces?|intraçable|aucune trace|pour que personne|paraisse naturelle|passe pour une erreur|ne respire plus|pendant qu'(?:il|elle) dort|pendant que la famille dort|en cachette|sans être puni`,
  String.raw`\b(?:bury|get rid of|dispose of|enterrar|entierro|deshago|enterrer|faire disparaître)\b[^.?]{0,30}\b(?:body|remains|cuerpo|restos|corps|restes)\b`,
  // Weapons and poisons: making, sending or using them.
  String.raw`\b(?:make|build|assemble|produce|extract|mail|send|fabricar|fabrico|montar|fabriquer|construire|steps?|materials|pasos|étapes|quantities|cantidades|quantités)\b[^.?]{0,60}\b(?:bombs?|bomba|bombe|IED|explosives?|nerve agent|agente nervioso|agent neurotoxique|sarin|ricin|chlorine gas|gas de cloro|ghost gun|arma fantasma|arme fantôme|silencer|molotov)\b`,
  String.raw`\b(?:use|used|usar\p{L}*|utiliser)\b[^.?]{0,20}\b(?:on|against|contra|con|sur|contre)\s+(?:people|a crowd|personas|un hombre|des gens|un homme|a man)|\bI want to use them|\bto (?:kill|poison|gas) (?:him|her|them|someone|it)\b|lethal for me|\bbomb threat`,
  // Drugs to sell, or something slipped into someone's drink or food.
  String.raw`\b(?:to sell|so I can (?:re)?sell|before I sell|vender\p{L}*|vendre|revendre)\b|without a prescription|\b(?:make|cook|cut|press|fabricar|cortar|fabriquer|couper)\b[^.?]{0,20}\b(?:heroin|heroína|héroïne|fentanyl|mdma|meth|pills)\b`,
  String.raw`\b(?:put|slip|mix|crush|spike|add|glisser|poner|echar)\b[^.?]{0,40}\b(?:(?:\p{L}+'s|their|his|her|someone's) (?:drinks?|food|tea|wine|coffee|closed bedroom)|the punch|in (?:a|their) drinks?|(?:boisson|verre) de|(?:bebida|copa) de)`,
  // Theft, fraud and intrusion, asked for as something to do: "how do I steal", "help me hack into".
  String.raw`\b(?:${INTENT})\b[^.?]{0,40}\b(?:steal|rob|break into|break in|pick the lock|launder\p{L}*|smuggle|hack(?:ing)? into|robar|atracar|blanquear|voler|braquer|dévaliser|cambrioler|blanchir)\b`,
  String.raw`\b(?:write|build|create|give me|make|crear|créer|escríbeme|écris-moi|redacta|rédige)\b[^.?]{0,30}\b(?:exploit|payload|phishing|ransomware|keylogger|malware|trojan|inyección|injection)\b|\binstall\b[^.?]{0,20}\bkeylogger|\b(?:rent|hire) a botnet`,
  String.raw`\b(?:crack|descifr\p{L}*|find|trouve\p{L}*|get past|bypass)\b[^.?]{0,40}\b(?:password|contraseña|mot de passe|two-factor)`,
  // Harassment, threats, hate and stalking.
  String.raw`\bso I can (?:harass|scare|threaten|dox|hurt|approach|stalk|confront|call)\b|\b(?:para que pueda acercarme|pour que je puisse les approcher)\b|\b(?:asustarla|asustarlo|fasse peur|so (?:she|he) is terrified|spy on|intimidation tactics|target the)\b`,
  String.raw`\b(?:threatening|threat|amenaza\p{L}*|menaçant\p{L}*|menace)\b[^.?]{0,40}\b(?:message|letter|carta|mensaje|lettre)|\b(?:write|escribe|écris)\b[^.?]{0,40}\b(?:threat|amenaza|menace)`,
  String.raw`\b(?:write|escribe|escríbeme|écris|rédige|list)\b[^.?]{0,60}\b(?:slurs|insults?|insultos|insultes|propaganda|propagande|dehumani\p{L}*|deshumani\p{L}*|déshumanis\p{L}*|glorif\p{L}*|fake|falsa|faux|neo-Nazi|spam|crude sexual|never happened)\b|\b(?:run|create|set up)\b[^.?]{0,30}\bfake accounts|\bpile-on\b|made-up evidence|storm the|should disappear|hurts more`,
  String.raw`\b(?:home address(?:es)?|private (?:phone|mobile|email)|phone number|daily routine|home alone|go(?:es)? out alone|class schedules|names(?:, ages)? and schools|medical records|bank account details|take to work|dirección de (?:la )?casa|teléfono privado|horarios de clase|colegios|adresses?|téléphone privé|emplois du temps|écoles)\b`,
  // Self-harm.
  String.raw`hide my self-harm|towards suicide|go through with it|mortal para mí|mortelle pour moi`,
);

const REFUSALS: Record<string, string> = {
  en: "I'm sorry, but I can't help with that. It could put someone in real danger.",
  es: "Lo siento, pero no puedo ayudar con eso. Podría poner a alguien en peligro real.",
  fr: "Désolé, mais je ne peux pas aider avec ça. Cela pourrait mettre quelqu'un en réel danger.",
};

/** Whether the request's wording shows intent to harm (any cue above matches). */
export function looksHarmful(request: string): boolean {
  const text = request.replace(/[’‘]/gu, "'");
  return CUES.some((cue) => cue.test(text));
}

/** A short refusal in the request's language, or undefined to let the next rule answer (documents are not requests). */
export function refuseHarmful(request: string): string | undefined {
  if (request.length > MAX_REQUEST_CHARS || !looksHarmful(request)) return undefined;
  return REFUSALS[detectLanguage(request)] ?? REFUSALS.en;
}
