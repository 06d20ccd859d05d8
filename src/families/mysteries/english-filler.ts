// English narration for between the facts: the house, the weather, the inspector, the guests' habits and talk.

import { composeParagraph, type FillerSentence } from "./filler-paragraph.ts";
import { ENGLISH_PLACES } from "./english-words.ts";
import { fullName, type MysteryCase } from "./mystery-case.ts";
import type { RandomPicker } from "./random-picker.ts";
import { capitalize } from "./story-language.ts";

const HOUSE: FillerSentence[] = [
  (c) => `${capitalize(c.place())} smelled of beeswax and old paper.`,
  () => "Rain drummed on the roof and ran in sheets down the tall windows.",
  () => "The wind worried at the shutters, and somewhere a loose pane rattled in its frame.",
  (c) => `In ${c.place()} the fire had burned down to a dull red glow.`,
  (c) => `Portraits of forgotten ancestors looked down from the walls of ${c.place()} with the same mild disapproval.`,
  (c) => `The floorboards of ${c.place()} creaked under the slightest weight, as they had for a hundred years.`,
  (c) => `A draught stirred the curtains of ${c.place()}, though every window seemed to be shut.`,
  (c) => `The lamps in ${c.place()} threw long yellow shadows across the carpet.`,
  () => "Outside, the fog had thickened until the garden wall was no more than a grey suggestion.",
  () => "The house was never entirely silent: pipes knocked, timbers settled, and the wind found every gap.",
  (c) => `Someone had left a vase of white lilies in ${c.place()}, and their scent hung heavily in the air.`,
  (c) => `The wallpaper in ${c.place()}, once green, had faded to the colour of weak tea.`,
  () => "Far off, a dog barked twice and then thought better of it.",
  (c) => `Moths beat softly against the glass of the lamps in ${c.place()}.`,
];

const INSPECTOR: FillerSentence[] = [
  (c) => `${c.inspector} had learned long ago that people lie most readily about the things that matter least.`,
  (c) => `${c.inspector} turned the problem over slowly, as one might turn a stone to see what lived beneath it.`,
  () => "The inspector filled a notebook with small, neat handwriting and underlined very little.",
  (c) => `It was not the first country house ${c.inspector} had been called to, and it would not be the last.`,
  () => "The inspector distrusted tidy stories; real evenings were full of loose ends.",
  (c) => `${c.inspector} stood for a long while at a window, watching the rain and saying nothing.`,
  () => "The inspector asked the same question three different ways and listened to each answer as if it were new.",
  (c) => `Patience, ${c.inspector} liked to say, solves more cases than cleverness.`,
  () => "It was the inspector's habit to write down what people said, not what they seemed to mean.",
  () => "Every so often the inspector paused to read back through the notes, frowning at nothing in particular.",
  (c) => `${c.inspector} drank the tea that was offered and found it, like the evening, rather too strong.`,
];

const PEOPLE: FillerSentence[] = [
  (c) => `${c.someone()} had grown up far from here, in a town by the sea, and still spoke of it with longing.`,
  (c) => `${c.someone()} had a way of answering a question with another question.`,
  (c) => `${c.someone()} talked at length about the weather, the roads and the price of coal, and said almost nothing.`,
  (c) => `${c.someone()} had once written a small book on garden birds, which nobody in the house had read.`,
  (c) => `It was said that ${c.someone()} could recite whole pages of poetry from memory.`,
  (c) => `${c.someone()} complained of a headache and asked for the lamps to be turned down.`,
  (c) => `${c.someone()} kept a sketchbook full of careful drawings of hands.`,
  (c) => `${c.someone()} laughed too loudly at a joke nobody else had found funny.`,
  (c) => `${c.someone()} collected old maps and could talk about them for an hour without pause.`,
  (c) => `${c.someone()} spoke three languages and mixed them freely when excited.`,
  (c) => `${c.someone()} had opinions on everything from politics to the proper way to brew coffee.`,
  (c) => `Nobody could remember ${c.someone()} ever losing a game of chess.`,
];

const HOUSEHOLD: FillerSentence[] = [
  () => "The house had been built by a shipping merchant who, the story went, never once slept in it.",
  (c) => `${c.victim} had bought the place twenty years earlier and had spent a fortune restoring it.`,
  () => "In the village the house was called the Folly, though never within hearing of its owner.",
  () => "Every room held some curiosity: a stuffed owl, a ship in a bottle, a cabinet of seashells.",
  () => "The household kept early hours, as a rule, and ate plainly.",
  () => "The dinner that evening had been long, rich and not entirely cheerful.",
  () => "A great deal of silver had been polished for the occasion, and most of it went unused.",
  () => "The estate ran down to a reed-fringed lake, grey and still under the low sky.",
  (c) => `${c.victim} was fond of saying that the house had more rooms than anyone had ever counted.`,
  () => "There were rumours, of course; there always are in old houses.",
  () => "The roads had been poor all week, and the post came late when it came at all.",
  () => "Beyond the garden lay a long avenue of limes, planted by someone nobody now remembered.",
];

const TALK: FillerSentence[] = [
  (c) => `"One never knows a house until one has spent a wet week in it," ${c.someone()} remarked.`,
  (c) => `"I have nothing more to add," said ${c.someone()}, and then added a great deal.`,
  (c) => `"Do you believe in luck, Inspector?" ${c.someone()} asked. "I believe in evidence," came the reply.`,
  (c) => `"It was a perfectly ordinary evening," ${c.someone()} insisted, "until it wasn't."`,
  (c) => `"I hate the countryside," ${c.someone()} confessed. "Nothing happens, and then everything does."`,
  (c) => `"Must we go over it all again?" ${c.someone()} sighed.`,
  (c) => `"The fog will lift by morning," ${c.someone()} predicted, without much conviction.`,
  (c) => `"Ask me anything you like," said ${c.someone()}, "though I doubt I shall be much use."`,
  (c) => `"This house has always made me uneasy," ${c.someone()} admitted, glancing at the dark windows.`,
];

const THEMES = [HOUSE, INSPECTOR, PEOPLE, HOUSEHOLD, TALK];

export function englishFillerParagraph(m: MysteryCase, rng: RandomPicker): string {
  return composeParagraph(
    THEMES,
    {
      place: () => `the ${ENGLISH_PLACES[rng.pick(m.places)].name}`,
      someone: () => {
        const suspect = rng.pick(m.suspects);
        return rng.chance(0.5) ? suspect.first : fullName(suspect);
      },
      inspector: `Inspector ${m.inspector.last}`,
      victim: m.crime.victim.first,
    },
    rng,
  );
}
