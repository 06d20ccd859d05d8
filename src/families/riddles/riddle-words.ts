// The words riddle answers are read by, in the five languages: yes and no, hedges, negations and numbers.
// Lists, not a grammar: they cover how models phrase a short final answer, not free prose.

const compiled = new Map<string, RegExp>();

/** Word-bounded, case-insensitive pattern for a list of phrases (spaces match any whitespace, ' matches ’); memoised. */
export function phrasePattern(phrases: readonly string[], flags = "giu"): RegExp {
  const cacheKey = `${flags}\u0000${phrases.join("\u0000")}`;
  const cached = compiled.get(cacheKey);
  if (cached) return cached;
  const sources = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+").replace(/'/g, "['’]"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join("|")})(?![\\p{L}\\p{N}])`, flags);
  compiled.set(cacheKey, pattern);
  return pattern;
}

const HEDGE_PHRASES = [
  "yes and no", "it depends", "depends on", "maybe", "perhaps", "not sure", "unsure", "unclear", "hard to say", "can't say",
  "cannot say", "don't know", "do not know", "could be either",
  "sí y no", "si y no", "depende", "quizás", "quizá", "tal vez", "no estoy seguro", "no estoy segura", "no está claro", "no lo sé", "no sé",
  "oui et non", "ça dépend", "cela dépend", "peut-être", "pas sûr", "pas certain", "je ne sais pas",
  "ja und nein", "kommt darauf an", "hängt davon ab", "vielleicht", "nicht sicher", "unklar", "weiß nicht", "weiß es nicht",
  "sim e não", "talvez", "não tenho certeza", "não está claro", "não sei",
];
export const HEDGE = phrasePattern(HEDGE_PHRASES, "iu");

/** Two answers offered as alternatives ("15 or 30"). */
export const ALTERNATIVE = phrasePattern(["or", "o", "u", "ou", "oder"], "iu");

export const YES_WORDS: ReadonlySet<string> = new Set(["yes", "yeah", "yep", "sí", "oui", "ja", "sim"]);
export const NO_WORDS: ReadonlySet<string> = new Set(["no", "nope", "non", "nein", "não", "nao"]);

const NEGATIVE_PHRASES = [
  "not", "cannot", "never", "impossible", "illegal", "forbidden", "no way",
  "no puede", "no se puede", "nunca", "jamás", "imposible", "ilegal", "prohibido",
  "ne", "pas", "jamais", "illégal", "interdit",
  "nicht", "kein", "keine", "keinen", "nie", "niemals", "unmöglich", "verboten",
  "não", "nao", "nem", "impossível", "proibido",
];
const POSITIVE_PHRASES = [
  "yes", "can", "could", "may", "allowed", "permitted", "legal", "possible", "of course", "certainly",
  "sí", "puede", "podría", "permitido", "posible", "claro",
  "oui", "peut", "pourrait", "autorisé", "permis", "légal", "bien sûr",
  "ja", "kann", "könnte", "darf", "dürfte", "erlaubt", "möglich", "natürlich",
  "sim", "pode", "poderia", "possível",
];
export const CONTRACTED_NOT = /\p{L}+n't(?![\p{L}\p{N}])/iu;

/** Portuguese "no" means "in the", so it negates only in the other languages. */
export function negativePhrases(language: string): string[] {
  return language === "pt" ? NEGATIVE_PHRASES : [...NEGATIVE_PHRASES, "no"];
}
export const POSITIVE_BASE: readonly string[] = POSITIVE_PHRASES;

/** Words that negate the mention right after them ("not the father", "nicht 30"). */
export function negators(language: string): ReadonlySet<string> {
  const words = ["not", "nor", "neither", "ni", "weder", "noch", "pas", "nicht", "kein", "keine", "keinen", "nem", "não", "nao", "never", "nunca", "jamais", "nie", "niemals"];
  return new Set(language === "pt" ? words : [...words, "no"]);
}

/** Articles, possessives and copulas skipped when looking for a negator before a mention ("it is not the father"). */
export const SKIPPED_BEFORE_MENTION: ReadonlySet<string> = new Set(
  ("the a an his her its their it is was of el la los las lo un una su sus es era de del le les l une son sa ses c est ce d " +
    "der die das den dem des ein eine einen sein seine ihr ihre ist war o os as um uma seu sua é do da").split(" "),
);

type Words = Record<string, number>;
const words = (list: string): Words => Object.fromEntries(list.split(/\s+/).map((entry) => entry.split("=") as [string, string]).map(([w, n]) => [w, Number(n)]));

const NUMBER_WORDS: Record<string, Words> = {
  en: words(`zero=0 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 thirteen=13
    fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 sixty=60
    seventy=70 eighty=80 ninety=90 hundred=100 first=1 second=2 third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 tenth=10`),
  es: words(`cero=0 uno=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 doce=12 trece=13 catorce=14
    quince=15 dieciséis=16 diecisiete=17 dieciocho=18 diecinueve=19 veinte=20 treinta=30 cuarenta=40 cincuenta=50 sesenta=60
    setenta=70 ochenta=80 noventa=90 cien=100 primero=1 primera=1 primer=1 segundo=2 segunda=2 tercero=3 tercera=3 tercer=3
    cuarto=4 cuarta=4 quinto=5 quinta=5 sexto=6 sexta=6 séptimo=7 séptima=7 octavo=8 octava=8 noveno=9 novena=9 décimo=10 décima=10`),
  fr: words(`zéro=0 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 onze=11 douze=12 treize=13 quatorze=14
    quinze=15 seize=16 vingt=20 trente=30 quarante=40 cinquante=50 soixante=60 cent=100 premier=1 première=1 deuxième=2 second=2
    seconde=2 troisième=3 quatrième=4 cinquième=5 sixième=6 septième=7 huitième=8 neuvième=9 dixième=10`),
  de: words(`null=0 eins=1 zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9 zehn=10 elf=11 zwölf=12 dreizehn=13
    vierzehn=14 fünfzehn=15 sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19 zwanzig=20 dreißig=30 vierzig=40 fünfzig=50
    sechzig=60 siebzig=70 achtzig=80 neunzig=90 hundert=100 erste=1 erster=1 ersten=1 erstes=1 zweite=2 zweiter=2 zweiten=2
    dritte=3 dritter=3 dritten=3 vierte=4 vierter=4 fünfte=5 fünfter=5 sechste=6 siebte=7 achte=8 neunte=9 zehnte=10`),
  pt: words(`zero=0 dois=2 duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10 onze=11 doze=12 treze=13 catorze=14
    quatorze=14 quinze=15 dezesseis=16 dezasseis=16 dezessete=17 dezassete=17 dezoito=18 dezenove=19 dezanove=19 vinte=20
    trinta=30 quarenta=40 cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90 cem=100 primeiro=1 primeira=1 segundo=2
    segunda=2 terceiro=3 terceira=3 quarto=4 quarta=4 quinto=5 quinta=5 sexto=6 sexta=6 sétimo=7 sétima=7 oitavo=8 oitava=8
    nono=9 nona=9 décimo=10 décima=10`),
};
/** Number words that are ordinary words in another language ("once", "cent", "null", "elf"): read only in their own. */
const OWN_LANGUAGE_ONLY = new Set(["once", "cent", "null", "elf"]);

const numberWordCache = new Map<string, { words: Words; pattern: RegExp }>();

/** Number words of every language (except the ambiguous ones outside their own) and a pattern finding them. */
export function numberWords(language: string): { words: Words; pattern: RegExp } {
  const cached = numberWordCache.get(language);
  if (cached) return cached;
  const merged: Words = {};
  for (const [lang, list] of Object.entries(NUMBER_WORDS)) {
    for (const [word, value] of Object.entries(list)) if (lang === language || !OWN_LANGUAGE_ONLY.has(word)) merged[word] = value;
  }
  const entry = { words: merged, pattern: phrasePattern(Object.keys(merged)) };
  numberWordCache.set(language, entry);
  return entry;
}
