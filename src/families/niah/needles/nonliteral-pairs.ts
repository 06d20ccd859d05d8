// Needle/question pairs with no content word in common (NoLiMa-style): only world knowledge links them, so
// finding the needle takes understanding, not string matching. Written for this project; {name} is the answer.

import type { NeedleLanguage } from "./needle-set.ts";

export interface NonliteralPair {
  /** The needle, with {name} where the answer goes. */
  needle: string;
  question: string;
  /** The knowledge that links them, in English, for reports. */
  link: string;
}

type Row = readonly [needle: string, question: string, link: string];
const pairs = (rows: readonly Row[]): NonliteralPair[] => rows.map(([needle, question, link]) => ({ needle, question, link }));

export const NONLITERAL_PAIRS: Record<NeedleLanguage, readonly NonliteralPair[]> = {
  en: pairs([
    ["{name} has lived next to the Kiasma museum for years.", "Which character knows Helsinki well?", "Kiasma is the contemporary art museum in central Helsinki."],
    ["{name} watched the sunrise from the steps of the Sacré-Cœur basilica.", "Which character has visited Paris?", "The Sacré-Cœur basilica crowns Montmartre, in Paris."],
    ["{name} sold custard tarts from a cart beside the Belém Tower.", "Which character has worked in Portugal?", "The Belém Tower stands on the Tagus in Lisbon."],
    ["{name} once rowed a boat across Lake Titicaca.", "Which character has been to South America?", "Lake Titicaca lies on the border of Peru and Bolivia."],
    ["{name} is allergic to shellfish and carries an epinephrine pen everywhere.", "Which character cannot safely eat shrimp?", "Shrimp are shellfish."],
    ["{name} keeps a photograph of the Petronas Towers, taken from an apartment window, above the desk.", "Which character once lived in Kuala Lumpur?", "The Petronas Towers stand in Kuala Lumpur."],
    ["{name} has been vegan since childhood.", "Which character would refuse a cheese omelette?", "Vegans eat neither dairy nor eggs."],
    ["{name} learned to surf on Bondi Beach during a gap year.", "Which character has spent time in Sydney?", "Bondi Beach is in Sydney."],
    ["{name} proposed marriage at the foot of the Christ the Redeemer statue.", "Which character got engaged in Rio de Janeiro?", "Christ the Redeemer overlooks Rio de Janeiro."],
  ]),
  es: pairs([
    ["{name} desayunaba cada domingo frente a la Puerta de Alcalá.", "¿Qué personaje ha vivido en Madrid?", "The Puerta de Alcalá is a landmark in central Madrid."],
    ["Desde la ventana de su piso, {name} ve cada mañana las torres de la Sagrada Familia.", "¿Qué personaje reside en Barcelona?", "The Sagrada Família basilica is in Barcelona."],
    ["{name} se hizo una foto junto a los moáis de Rapa Nui.", "¿Qué personaje ha viajado a Chile?", "Rapa Nui (Easter Island) and its moai belong to Chile."],
    ["{name} no puede tomar leche ni queso porque su cuerpo no tolera la lactosa.", "¿Qué personaje debería evitar un helado cremoso?", "Creamy ice cream is made with milk, which contains lactose."],
    ["{name} recorrió a pie el Camino hasta la catedral de Santiago de Compostela.", "¿Qué personaje ha estado en Galicia?", "Santiago de Compostela is the capital of Galicia."],
    ["{name} vendía empanadas en una esquina del barrio de La Boca.", "¿Qué personaje trabajó en Buenos Aires?", "La Boca is a neighbourhood of Buenos Aires."],
    ["{name} subió a las pirámides de Teotihuacán el día de su cumpleaños.", "¿Qué personaje conoce México?", "Teotihuacán is an ancient city near Mexico City."],
    ["{name} tiene pánico a las alturas desde la infancia.", "¿Qué personaje se negaría a montar en una noria?", "A Ferris wheel (noria) lifts riders high above the ground."],
    ["{name} pasó su luna de miel contemplando la Alhambra.", "¿Qué personaje ha visitado Granada?", "The Alhambra is in Granada."],
  ]),
  fr: pairs([
    ["{name} a grandi à deux pas du Manneken-Pis.", "Quel personnage a passé son enfance en Belgique ?", "The Manneken Pis is in Brussels, Belgium."],
    ["{name} a dévalé les pistes de Zermatt tout l'hiver.", "Quel personnage a skié en Suisse ?", "Zermatt is a ski resort in Switzerland."],
    ["{name} prenait chaque matin un café face au Château Frontenac.", "Quel personnage a vécu à Québec ?", "The Château Frontenac towers over Quebec City."],
    ["{name} souffre d'une intolérance au gluten depuis l'enfance.", "Quel personnage doit refuser une baguette ordinaire ?", "A baguette is made from wheat flour, which contains gluten."],
    ["{name} a photographié les lanternes flottantes de Hội An.", "Quel personnage a voyagé au Vietnam ?", "Hội An is a town in central Vietnam known for its lanterns."],
    ["{name} a loué un vélo pour longer les canaux près du Rijksmuseum.", "Quel personnage a séjourné aux Pays-Bas ?", "The Rijksmuseum is in Amsterdam, in the Netherlands."],
    ["{name} a dormi sous une tente au pied du Kilimandjaro.", "Quel personnage est parti en Tanzanie ?", "Kilimanjaro is in Tanzania."],
    ["{name} a appris le tango dans une milonga de San Telmo.", "Quel personnage a dansé en Argentine ?", "San Telmo is a Buenos Aires neighbourhood famous for tango."],
    ["{name} a jeté une pièce dans la fontaine de Trevi.", "Quel personnage a visité Rome ?", "The Trevi Fountain is in Rome."],
  ]),
  de: pairs([
    ["{name} fährt jeden Morgen mit dem Rad am Brandenburger Tor vorbei.", "Welche Figur lebt in Berlin?", "The Brandenburg Gate is in Berlin."],
    ["{name} hat im Hofbräuhaus Geburtstag gefeiert.", "Welche Figur war schon einmal in München?", "The Hofbräuhaus is a beer hall in Munich."],
    ["{name} kann keine Erdnüsse essen, ohne im Krankenhaus zu landen.", "Welche Figur sollte Satay-Soße meiden?", "Satay sauce is made with peanuts."],
    ["{name} hat die Hochzeitsreise in einem Hotel mit Blick auf den Stephansdom verbracht.", "Welche Figur kennt Wien?", "St. Stephen's Cathedral is in Vienna."],
    ["{name} ist mit einer Gondel unter der Rialtobrücke hindurchgefahren.", "Welche Figur hat Venedig besucht?", "The Rialto Bridge spans the Grand Canal in Venice."],
    ["{name} hat während des Studiums in einem Pub am Ufer des Liffey gekellnert.", "Welche Figur hat in Irland gearbeitet?", "The Liffey flows through Dublin, Ireland."],
    ["{name} leidet unter starker Höhenangst.", "Welche Figur würde ungern auf einen Kirchturm steigen?", "Climbing a church tower means standing high above the ground."],
    ["{name} hat Kirschblüten im Garten des Kinkaku-ji fotografiert.", "Welche Figur ist nach Japan gereist?", "Kinkaku-ji, the Golden Pavilion, is a temple in Kyoto."],
    ["{name} hat den Sonnenuntergang über der Akropolis gemalt.", "Welche Figur war in Athen?", "The Acropolis rises above Athens."],
  ]),
  pt: pairs([
    ["{name} almoça todos os domingos num restaurante com vista para a Torre de Belém.", "Qual personagem vive em Lisboa?", "The Belém Tower is in Lisbon."],
    ["{name} pedalou pela orla de Copacabana ao amanhecer.", "Qual personagem esteve no Rio de Janeiro?", "Copacabana is a beach district of Rio de Janeiro."],
    ["{name} dançou ao som dos tambores no Pelourinho.", "Qual personagem já foi à Bahia?", "The Pelourinho is the historic centre of Salvador, Bahia."],
    ["{name} tem doença celíaca e lê todos os rótulos com cuidado.", "Qual personagem não deve comer pão de trigo comum?", "Coeliac disease rules out gluten, which wheat bread contains."],
    ["{name} tirou uma selfie diante da Estátua da Liberdade.", "Qual personagem visitou Nova Iorque?", "The Statue of Liberty stands in New York Harbor."],
    ["{name} tem alergia a amendoim desde criança.", "Qual personagem deve recusar paçoca?", "Paçoca is a Brazilian sweet made of ground peanuts."],
    ["{name} andou de camelo perto das pirâmides de Gizé.", "Qual personagem fez uma viagem ao Egito?", "The pyramids of Giza are in Egypt."],
    ["{name} nunca aprendeu a nadar e fica longe do mar.", "Qual personagem teria medo de um passeio de caiaque?", "A kayak trip is frightening for someone who cannot swim."],
    ["{name} bebeu vinho numa adega de Vila Nova de Gaia, na margem do Douro.", "Qual personagem esteve em Portugal?", "Vila Nova de Gaia, across the Douro from Porto, is in Portugal."],
  ]),
};
