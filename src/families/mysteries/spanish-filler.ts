// Spanish narration for between the facts: the house, the weather, the inspector, the guests' habits and talk.

import { composeParagraph, type FillerSentence } from "./filler-paragraph.ts";
import { fullName, type MysteryCase } from "./mystery-case.ts";
import type { RandomPicker } from "./random-picker.ts";
import { a, de, en, gendered, SPANISH_PLACES } from "./spanish-words.ts";
import { capitalize } from "./story-language.ts";

const HOUSE: FillerSentence[] = [
  (c) => `${capitalize(c.place())} olía a cera de abejas y a papel viejo.`,
  () => "La lluvia tamborileaba sobre el tejado y resbalaba en cortinas por los ventanales.",
  () => "El viento sacudía los postigos, y en algún sitio un cristal suelto temblaba en su marco.",
  (c) => `${capitalize(en(c.place()))} el fuego se había reducido a unas brasas rojizas.`,
  (c) => `Desde las paredes ${de(c.place())}, los retratos de antepasados olvidados miraban con la misma leve desaprobación.`,
  (c) => `El suelo ${de(c.place())} crujía al menor peso, como llevaba haciendo cien años.`,
  (c) => `Una corriente movía las cortinas ${de(c.place())}, aunque todas las ventanas parecían cerradas.`,
  (c) => `Las lámparas ${de(c.place())} proyectaban largas sombras amarillas sobre la alfombra.`,
  () => "Fuera, la niebla se había espesado hasta que el muro del jardín no era más que una sugerencia gris.",
  () => "La casa nunca estaba del todo en silencio: las tuberías golpeaban, las vigas se asentaban y el viento encontraba cada rendija.",
  (c) => `Alguien había dejado un jarrón de lirios blancos ${en(c.place())}, y su perfume flotaba, denso, en el aire.`,
  (c) => `El papel pintado ${de(c.place())}, verde en otro tiempo, se había desvaído hasta el color del té flojo.`,
  () => "A lo lejos, un perro ladró dos veces y luego se lo pensó mejor.",
  (c) => `Las polillas golpeaban sin ruido el cristal de las lámparas ${de(c.place())}.`,
];

const INSPECTOR: FillerSentence[] = [
  (c) => `${capitalize(c.inspector)} había aprendido hacía mucho que la gente miente con más facilidad sobre lo que menos importa.`,
  (c) => `${capitalize(c.inspector)} daba vueltas al problema despacio, como quien levanta una piedra para ver qué vive debajo.`,
  () => "La libreta de la investigación se llenaba de una letra pequeña y pulcra, con muy poco subrayado.",
  (c) => `No era la primera casa de campo a la que llamaban ${a(c.inspector)}, ni sería la última.`,
  () => "Las historias demasiado ordenadas despertaban sospechas en la policía: las noches de verdad están llenas de cabos sueltos.",
  (c) => `${capitalize(c.inspector)} pasó un buen rato junto a una ventana, mirando la lluvia sin decir nada.`,
  (c) => `${capitalize(c.inspector)} hacía la misma pregunta de tres maneras distintas y escuchaba cada respuesta como si fuera nueva.`,
  (c) => `La paciencia, solía decir ${c.inspector}, resuelve más casos que el ingenio.`,
  (c) => `${capitalize(c.inspector)} tenía por costumbre anotar lo que la gente decía, no lo que parecía querer decir.`,
  (c) => `De vez en cuando ${c.inspector} se detenía a releer sus notas, frunciendo el ceño ante nada en particular.`,
  (c) => `${capitalize(c.inspector)} se tomó el té que le ofrecieron y lo encontró, como la noche, demasiado cargado.`,
];

const PEOPLE: FillerSentence[] = [
  (c) => `${c.someone()} se había criado lejos de allí, en un pueblo junto al mar, y aún hablaba de él con nostalgia.`,
  (c) => `${c.someone()} tenía la costumbre de responder a una pregunta con otra pregunta.`,
  (c) => `${c.someone()} habló largo y tendido del tiempo, de los caminos y del precio del carbón, y no dijo casi nada.`,
  (c) => `${c.someone()} había escrito una vez un librito sobre pájaros de jardín que nadie en la casa había leído.`,
  (c) => `Se decía que ${c.someone()} podía recitar de memoria páginas enteras de poesía.`,
  (c) => `${c.someone()} se quejó de dolor de cabeza y pidió que bajaran las lámparas.`,
  (c) => `${c.someone()} llevaba un cuaderno lleno de dibujos minuciosos de manos.`,
  (c) => `${c.someone()} se rio demasiado fuerte de un chiste que a nadie más le había hecho gracia.`,
  (c) => `${c.someone()} coleccionaba mapas antiguos y podía hablar de ellos durante una hora sin pausa.`,
  (c) => `${c.someone()} hablaba tres idiomas y los mezclaba sin reparo cuando se emocionaba.`,
  (c) => `${c.someone()} tenía opinión sobre todo, desde la política hasta la forma correcta de preparar el café.`,
  (c) => `Nadie recordaba haber visto nunca perder una partida de ajedrez a ${c.someone()}.`,
];

const HOUSEHOLD: FillerSentence[] = [
  () => "La casa la había construido un naviero que, según contaban, nunca llegó a dormir en ella.",
  (c) => `${c.victim} había comprado la finca veinte años atrás y se había gastado una fortuna en restaurarla.`,
  () => "En el pueblo llamaban a la casa «el Capricho», aunque nunca delante de quien vivía en ella.",
  () => "Cada habitación guardaba alguna curiosidad: un búho disecado, un barco dentro de una botella, una vitrina de conchas.",
  () => "En la casa se madrugaba, por lo general, y se comía con sencillez.",
  () => "La cena de aquella noche había sido larga, copiosa y no del todo alegre.",
  () => "Se había pulido una gran cantidad de plata para la ocasión, y casi toda quedó sin usar.",
  () => "La finca bajaba hasta un lago bordeado de juncos, gris e inmóvil bajo el cielo bajo.",
  (c) => `A ${c.victim} le gustaba decir que la casa tenía más habitaciones de las que nadie había contado nunca.`,
  () => "Había rumores, claro; en las casas viejas siempre los hay.",
  () => "Los caminos llevaban toda la semana en mal estado, y el correo llegaba tarde cuando llegaba.",
  () => "Más allá del jardín se extendía una larga avenida de tilos que había plantado alguien a quien ya nadie recordaba.",
];

const TALK: FillerSentence[] = [
  (c) => `—Una casa no se conoce hasta que se pasa en ella una semana de lluvia —comentó ${c.someone()}.`,
  (c) => `—No tengo nada más que añadir —dijo ${c.someone()}, y luego añadió muchísimo.`,
  (c) => `—¿Cree usted en la suerte? —preguntó ${c.someone()}. —Creo en las pruebas —fue la respuesta.`,
  (c) => `—Fue una noche perfectamente normal —insistió ${c.someone()}—, hasta que dejó de serlo.`,
  (c) => `—Odio el campo —confesó ${c.someone()}—. No pasa nada, y de pronto pasa todo.`,
  (c) => `—¿De verdad tenemos que repasarlo todo otra vez? —suspiró ${c.someone()}.`,
  (c) => `—La niebla se levantará por la mañana —predijo ${c.someone()}, sin mucha convicción.`,
  (c) => `—Pregúnteme lo que quiera —dijo ${c.someone()}—, aunque dudo que le sea de mucha ayuda.`,
  (c) => `—Esta casa siempre me ha inquietado —admitió ${c.someone()}, mirando las ventanas oscuras.`,
];

const THEMES = [HOUSE, INSPECTOR, PEOPLE, HOUSEHOLD, TALK];

export function spanishFillerParagraph(m: MysteryCase, rng: RandomPicker): string {
  return composeParagraph(
    THEMES,
    {
      place: () => SPANISH_PLACES[rng.pick(m.places)].name,
      someone: () => {
        const suspect = rng.pick(m.suspects);
        return rng.chance(0.5) ? suspect.first : fullName(suspect);
      },
      inspector: `${gendered(m.inspector.female, "el inspector", "la inspectora")} ${m.inspector.last}`,
      victim: m.crime.victim.first,
    },
    rng,
  );
}
