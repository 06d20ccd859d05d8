// The Spanish telling of a case: the same facts and rules as the English one, in Spanish.

import type { DetailKey, MotiveKey, NoMotiveKey } from "./case-catalog.ts";
import { fullName, personById, witnessById, type Fact, type MysteryCase, type Person } from "./mystery-case.ts";
import { optionLetter } from "./option-order.ts";
import { spanishFillerParagraph } from "./spanish-filler.ts";
import { a, de, en, gendered as g, SPANISH_CONTAINERS, SPANISH_OCCUPATIONS, SPANISH_PLACES, SPANISH_RELATIONS, SPANISH_ROLES, SPANISH_TARGETS } from "./spanish-words.ts";
import { capitalize, clockTime as t, type StoryLanguage } from "./story-language.ts";

const lo = (p: { female: boolean }) => g(p.female, "lo", "la");
const since = (from: number, until: number) => `desde las ${t(from)} hasta las ${t(until)}`;

const MOTIVES: Record<MotiveKey, (s: string, v: string) => string> = {
  debt: (s, v) => `${s} debía a ${v} una gran suma de dinero y le habían exigido devolverla antes de fin de mes.`,
  inheritance: (s, v) => `${s} iba a heredar casi toda la fortuna de ${v} y no ocultaba su impaciencia.`,
  dismissal: (s, v) => `${v} había despedido a ${s} de un puesto cómodo apenas una semana antes.`,
  jealousy: (s, v) => `${s} llevaba años envidiando el éxito de ${v} y apenas lo disimulaba.`,
  revenge: (s, v) => `${s} culpaba a ${v} de un antiguo escándalo familiar y había jurado vengarse.`,
  blackmail: (s, v) => `${v} conocía un secreto del pasado de ${s} y llevaba toda la semana insinuándolo.`,
  rivalry: (s, v) => `${s} y ${v} se disputaban el mismo premio desde hacía años, con verdadero encono.`,
  "ruined-business": (s, v) => `El negocio de ${s} se hundió cuando ${v} le retiró su apoyo en el último momento.`,
};

const NO_MOTIVES: Record<NoMotiveKey, (v: string) => string> = {
  "first-meeting": (v) => `había conocido a ${v} esa misma noche.`,
  "best-terms": (v) => `no ganaba nada con ello y llevaba años en excelentes términos con ${v}.`,
  "loses-everything": (v) => `dependía por completo de la buena voluntad de ${v} y lo tenía todo que perder.`,
};

const DETAILS: Record<DetailKey, (s: string, v: string, p: Person) => string> = {
  "muddy-shoes": (s) => `Cuando llegó la policía, los zapatos de ${s} estaban cubiertos de barro fresco.`,
  "burnt-letter": (s) => `Entre las cenizas de una chimenea apareció una carta a medio quemar dirigida a ${s}.`,
  quarrel: (s, v) => `El día anterior se oyó a ${s} discutir a gritos con ${v}.`,
  "new-watch": (s) => `${s} llevaba un reloj nuevo y caro que nadie le había visto antes.`,
  nervous: (s, _v, p) => `${s} parecía ${g(p.female, "nervioso", "nerviosa")} y no dejaba de mirar hacia la puerta.`,
  "train-times": (s) => `${s} preguntó dos veces por el horario de los trenes de la mañana.`,
  "torn-glove": (s) => `En la escalera de servicio apareció un guante roto de ${s}.`,
  whisper: (s) => `Ese mismo día habían visto a ${s} cuchichear con urgencia con alguien en un pasillo.`,
};

const inspectorTitle = (m: MysteryCase) => `${g(m.inspector.female, "el inspector", "la inspectora")} ${m.inspector.last}`;

export const spanish: StoryLanguage = {
  code: "es",
  keyTerms: ["llave"],
  instructions: (m) => {
    const key = `una llave ${de(SPANISH_CONTAINERS[m.crime.container].name)}`;
    return [
      "Lee el misterio que sigue y descubre quién es culpable. Es un juego limpio: todo lo que necesitas está en la historia.",
      "Las reglas del caso: la persona culpable actuó sola, en el lugar del crimen, en algún momento entre las dos horas que lo acotan, " +
        `y necesitó ${key}. Un sospechoso queda descartado por cualquiera de estos hechos, si la historia lo afirma: ` +
        `no tenía motivo; no tenía ${key} (o un testigo guardó su llave durante todo ese tiempo); ` +
        "o hubo testigos que lo vieron en un lugar distinto del crimen durante todo ese tiempo (las declaraciones que se siguen una a otra se suman). " +
        "El personal de la casa son testigos fiables. Lo que un sospechoso dice de sí mismo, sin confirmar, no prueba nada. " +
        "Exactamente un sospechoso no queda descartado: esa es la persona culpable.",
    ].join("\n\n");
  },
  title: (m) => `EL CASO ${de(SPANISH_PLACES[m.crimePlace].name).toUpperCase()}`,
  cast: (m) => {
    const lines = m.suspects.map(
      (s) => `- ${fullName(s)}, ${SPANISH_OCCUPATIONS[s.occupation][s.female ? 1 : 0]} y ${SPANISH_RELATIONS[s.relation][s.female ? 1 : 0]} de ${m.crime.victim.first}.`,
    );
    return [`Llamaron ${a(inspectorTitle(m))}. Aparte del personal, ${m.suspects.length} personas estaban en la casa con ${fullName(m.crime.victim)} esa noche:`, ...lines].join("\n");
  },
  fact: spanishFact,
  question: (mode, options, m) => {
    const target = SPANISH_TARGETS[m.crime.target].name;
    const asked = m.crime.kind === "theft" ? `¿Quién robó ${target}?` : m.crime.kind === "poisoning" ? `¿Quién envenenó a ${fullName(m.crime.victim)}?` : `¿Quién destrozó ${target}?`;
    const list = mode === "options" ? ["Sospechosos:", ...options.map((s, i) => `${optionLetter(i)}) ${fullName(s)}`), ""] : [];
    return [
      ...list,
      `${asked} Razónalo y termina tu respuesta exactamente con estas dos líneas:`,
      mode === "options" ? "CULPABLE: <la letra de la persona culpable>" : "CULPABLE: <el nombre completo de la persona culpable>",
      "PISTA: <la pista decisiva, en una frase corta: el hecho que descarta al último sospechoso que, si no, podría haberlo hecho>",
    ].join("\n");
  },
  fillerParagraph: spanishFillerParagraph,
  roleTerms: (role) => [...new Set(SPANISH_ROLES[role].map((phrase) => phrase.replace(/^(?:el|la) /, "")))],
  placeTerms: (key) => SPANISH_PLACES[key].terms,
};

function spanishFact(fact: Fact, m: MysteryCase): string {
  const v = m.crime.victim.first;
  const container = SPANISH_CONTAINERS[m.crime.container];
  const target = SPANISH_TARGETS[m.crime.target];
  const name = (id: string) => fullName(personById(m, id));
  const witness = (id: string) => {
    const w = witnessById(m, id);
    return `${SPANISH_ROLES[w.role][w.female ? 1 : 0]}, ${fullName(w)},`;
  };
  const place = (key: keyof typeof SPANISH_PLACES) => SPANISH_PLACES[key].name;
  switch (fact.kind) {
    case "suspect":
      return `${name(fact.suspect)} estaba entre los sospechosos.`;
    case "crime-place":
      if (m.crime.kind === "theft") {
        return `Esa noche robaron ${target.name} ${de(container.name)} ${en(place(fact.place))}. ${capitalize(container.name)} no estaba ${g(container.female, "forzado", "forzada")}: quien cometió el robo ${lo(container)} abrió con una llave.`;
      }
      if (m.crime.kind === "poisoning") {
        return `${fullName(m.crime.victim)} enfermó gravemente tras beber una ${target.name} que había quedado en una mesita ${en(place(fact.place))}. El veneno salió ${de(container.name)} de ese mismo lugar, que se había abierto con su llave.`;
      }
      return `El orgullo de ${v}, ${target.name} ${en(place(fact.place))}, quedó ${g(target.female, "destrozado", "destrozada")} sin arreglo posible con herramientas ${de(container.name)} que había al lado, ${g(container.female, "abierto", "abierta")} con su llave.`;
    case "window-start":
      if (m.crime.kind === "theft") return `A las ${t(fact.time)}, ${witness(fact.witness)} quitó el polvo ${de(container.name)} y vio ${target.name} a salvo dentro.`;
      if (m.crime.kind === "poisoning") return `A las ${t(fact.time)}, ${witness(fact.witness)} sirvió la ${target.name} para ${v} y la dejó allí; en ese momento no tenía nada añadido.`;
      return `A las ${t(fact.time)}, ${witness(fact.witness)} revisó ${target.name} y ${lo(target)} encontró en perfecto estado.`;
    case "window-end":
      if (m.crime.kind === "theft") return `A las ${t(fact.time)}, ${v} encontró ${container.name} ${g(container.female, "abierto", "abierta")} y vio que ${target.name} había desaparecido.`;
      if (m.crime.kind === "poisoning") return `A las ${t(fact.time)}, ${v} volvió y se bebió la ${target.name}.`;
      return `A las ${t(fact.time)}, ${v} encontró ${target.name} ${g(target.female, "destrozado", "destrozada")}.`;
    case "motive":
      return MOTIVES[fact.motive](name(fact.suspect), v);
    case "no-motive":
      return `${name(fact.suspect)} no tenía ningún motivo: ${NO_MOTIVES[fact.reason](v)}`;
    case "access":
      return `${name(fact.suspect)} tenía una llave ${de(container.name)}.`;
    case "no-access":
      if (fact.handedOver) {
        const held = fact.handedOver;
        return `A las ${t(held.from)}, ${name(fact.suspect)} entregó su llave ${de(container.name)} ${a(witness(held.witness))} que la llevó encima hasta las ${t(held.until)} y no se la prestó a nadie.`;
      }
      if (fact.reason === "lock-changed") return `La cerradura ${de(container.name)} se había cambiado un mes antes, y a ${name(fact.suspect)} no le dieron una llave nueva.`;
      return `${name(fact.suspect)} nunca tuvo una llave ${de(container.name)}, y no se puede abrir sin ella.`;
    case "sighting":
      return `${capitalize(witness(fact.witness))} vio a ${name(fact.suspect)} ${en(place(fact.place))} ${since(fact.from, fact.until)}, sin perder${lo(personById(m, fact.suspect))} de vista ni un momento.`;
    case "claim":
      return `${name(fact.suspect)} dice que estuvo ${en(place(fact.place))} ${since(fact.from, fact.until)}, pero nadie ${lo(personById(m, fact.suspect))} vio allí.`;
    case "detail":
      return DETAILS[fact.detail](name(fact.suspect), v, personById(m, fact.suspect));
  }
}
