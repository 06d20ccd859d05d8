// Ordinary prose in English, Spanish, French and Chinese for the loop-guard validation set: the normal text before a
// loop, and the paragraphs that long-unit loops repeat. Written for this project; not used by the tests.

export const EN_LIGHTHOUSE =
  "The last keeper of the northern light kept a logbook for thirty-one years. Most entries are short: the wind, the " +
  "state of the sea, how much oil was burned, whether the fog signal was sounded. A few are longer. In one winter he " +
  "wrote four pages about a cargo ship that lost power off the point and drifted for a night with its crew on deck, " +
  "watching the beam sweep over them every twelve seconds. The ship was towed clear the next morning. He never learned " +
  "its name, only that the captain sent a crate of oranges the following spring.";

export const EN_COMPOST =
  "A compost heap is a slow kitchen run by bacteria, fungi and worms. It needs roughly two parts dry brown material, " +
  "such as leaves, straw or shredded cardboard, for every part of green material like vegetable scraps and grass " +
  "clippings. Too much green and the heap turns wet and sour; too much brown and nothing happens for months. Turning " +
  "it every week or two lets air in, and a heap that is working will feel warm to the hand even in early spring.";

export const EN_MAPS =
  "Early sea charts were drawn by people who had never seen most of the coasts on them. A mapmaker in a port city " +
  "would collect sketches from returning pilots, compare their bearings and distances, and reconcile the differences " +
  "as well as he could. Where two accounts disagreed, he sometimes drew both headlands and let the next voyage decide. " +
  "Islands appeared, moved and vanished over a century of editions. Some of the phantom islands survived on official " +
  "charts well into the age of steam, because no captain wanted to be the one who struck a rock that had been erased.";

export const EN_TRAINS =
  "Night trains went out of fashion when cheap flights arrived, and are slowly coming back. Their appeal is simple: " +
  "you board in the evening in one city, sleep, and wake up in another, having lost no working day and spent no " +
  "night in a hotel. The difficulty is the economics. A sleeping car carries a third of the passengers of a seated " +
  "coach, needs staff all night, and spends the day parked in a siding. Operators that have made it work run long " +
  "routes, sell a mix of beds and seats, and share carriages between several services to keep them moving.";

export const EN_BEES =
  "A honeybee colony decides where to move by something close to a vote. Scouts leave the swarm, inspect hollow trees " +
  "and wall cavities, and come back to dance for the site they found. A good site earns a long, enthusiastic dance; " +
  "a poor one earns a short one, and its scouts soon lose interest. Over a day or two the dances for one site " +
  "outnumber the rest, and when enough scouts are gathered at that site at the same time, the swarm lifts off together.";

export const EN_CLOCKS =
  "Before railways, every town kept its own time, set by the sun at noon. A traveller going west would find the church " +
  "clocks a few minutes behind those at home, and nobody minded, because nobody arrived fast enough to notice. Trains " +
  "changed that. A timetable that mixed twenty local times was a recipe for collisions, so the railway companies " +
  "adopted a single standard time along their lines, and within a generation the towns followed the railways.";

export const ES_MERCADO =
  "El mercado abre antes de que amanezca. Los primeros en llegar son los pescadores, que descargan las cajas de hielo " +
  "mientras los fruteros montan sus puestos con una paciencia casi ceremonial. A las siete ya huele a café y a pan " +
  "recién hecho, y las vecinas mayores recorren los pasillos con el carrito, comparando precios en voz alta. Nadie " +
  "tiene prisa, salvo los cocineros de los restaurantes, que compran rápido y se marchan antes de que empiece el bullicio.";

export const ES_RIO =
  "El río que cruza el pueblo fue durante siglos la razón de su existencia. Movía los molinos, regaba las huertas y " +
  "llevaba la madera hasta la costa. Hoy apenas se usa para nada de eso, pero los vecinos siguen midiendo el año por " +
  "sus crecidas: la de primavera, que trae agua turbia de la montaña, y la de otoño, que a veces llega hasta la plaza.";

export const FR_BOULANGERIE =
  "La boulangerie du quartier ouvre à six heures et demie, mais le travail commence bien plus tôt. Le boulanger arrive " +
  "vers trois heures pour lancer les pétrissages, façonner les baguettes et surveiller la fermentation. Le matin, la " +
  "file d'attente déborde souvent sur le trottoir. Les habitués savent qu'il faut venir avant huit heures pour trouver " +
  "encore des croissants, et que le pain de campagne du samedi est réservé dès la veille.";

export const FR_VELO =
  "Traverser la ville à vélo a longtemps demandé du courage. Les pistes s'arrêtaient sans prévenir, les carrefours " +
  "étaient pensés pour les voitures et les livreurs se garaient où ils pouvaient. En quelques années, le paysage a " +
  "changé : des axes entiers ont été réservés aux cyclistes, les feux ont été recalés et les enfants vont désormais à " +
  "l'école en pédalant, escortés par des parents qui n'auraient jamais osé il y a dix ans.";

export const ZH_TEA =
  "这座小城以茶闻名。每年春天，山坡上的茶园一片翠绿，采茶的人天不亮就出门，赶在露水未干时摘下最嫩的芽叶。" +
  "新茶要经过杀青、揉捻和烘干几道工序，每一步都靠经验掌握火候。城里的老人说，好茶要慢慢喝，" +
  "第一泡闻香，第二泡品味，第三泡才算真正认识了这片茶叶。";

export const ZH_CITY =
  "清晨的地铁站里人来人往，上班的人匆匆走过，手里拿着早餐和咖啡。站台上的广播提醒乘客注意安全，" +
  "列车每隔三分钟进站一次。傍晚时分，城市的另一面慢慢出现：街边的小吃摊亮起灯，" +
  "公园里有人跳舞，也有人下棋，孩子们在广场上追逐打闹，直到夜色完全降临。";

export const EN_GLASS =
  "Window glass used to be made by blowing a large bubble, spinning it until it opened into a flat disc, and cutting " +
  "panes from the disc once it had cooled. The centre, where the pipe had been attached, was thick and knotted, and " +
  "it was sold cheaply for cottages and outbuildings. That is why very old panes are often uneven, not because glass " +
  "flows over the centuries, which it does far too slowly to notice, but because no two panes were ever quite alike.";

export const EN_TIDES =
  "Tide tables look like arithmetic, but they are predictions built from dozens of overlapping cycles: the moon's " +
  "orbit, the sun's, the tilt of each, and the shape of the local coast, which can delay or amplify every one of them. " +
  "A harbour at the end of a long funnel-shaped bay may see a range of ten metres, while a port on an open coast a " +
  "few hundred kilometres away sees barely one. The tables are right most days; storms and strong winds are what they miss.";

export const EN_TYPEWRITER =
  "The typewriter's keyboard was arranged to keep the type bars from jamming, not to slow typists down, as the popular " +
  "story goes. Letters that often follow one another were placed so their bars swung from distant parts of the basket. " +
  "By the time electric machines and then computers made jams impossible, millions of people had learned the layout " +
  "by touch, and every attempt to replace it ran into the same problem: nobody wanted to learn to type twice.";

export const EN_TURBINES =
  "A modern wind turbine turns slowly because its blades are enormous. The tips of a rotor a hundred and fifty metres " +
  "across travel at close to three hundred kilometres an hour even when the hub seems to drift around lazily. Most of " +
  "the engineering goes into surviving what the wind does on its worst days: gusts that load one blade and not the " +
  "others, ice that throws the rotor out of balance, and lightning, which strikes tall turbines several times a year.";

export const EN_SOURDOUGH =
  "A sourdough starter is a culture of wild yeast and lactic bacteria living in flour and water. Fed every day, it " +
  "settles into a stable community that can outlive its baker; some bakeries claim starters more than a century old. " +
  "The bacteria make the bread sour and help it keep, the yeast makes it rise, and the balance between them shifts " +
  "with temperature, which is why the same recipe gives a milder loaf in summer than in winter.";

export const EN_VOLCANO =
  "Volcanologists read a mountain's mood from small signals: the ground swelling by a few centimetres, swarms of tiny " +
  "earthquakes, a change in the gases seeping from vents. None of these alone announces an eruption, and many " +
  "restless periods end quietly. The hard part of the job is not measuring but deciding, with incomplete evidence, " +
  "when to tell thousands of people to leave their homes, knowing that a false alarm makes the next warning weaker.";

export const EN_ORCHARD =
  "An old orchard is a record of choices made by people who never saw the result. Apple trees grown from seed are " +
  "almost never like their parent, so every good variety is kept alive by grafting: a cutting from a tree someone " +
  "liked is joined to a young rootstock, and the fruit it bears is the same as the fruit on the original tree, " +
  "sometimes centuries away. Walk along the rows and each trunk has a graft scar at knee height, a seam between two plants.";

/** Every English paragraph above as one essay of ~6,200 characters, for loops of long units. */
export const EN_ESSAY = [EN_LIGHTHOUSE, EN_COMPOST, EN_MAPS, EN_TRAINS, EN_BEES, EN_CLOCKS, EN_GLASS, EN_TIDES, EN_TYPEWRITER, EN_TURBINES, EN_SOURDOUGH, EN_VOLCANO, EN_ORCHARD].join("\n\n");
