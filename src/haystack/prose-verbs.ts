// The prose generator's verbs and adverbs, written for this project. Verb entries use word-forms.ts's notation:
// "walk", "stop+" (doubles), "take/took/taken" (irregular); speech and thought verbs are stored in the past tense.

import { words } from "./prose-words.ts";

/** Verbs that take a thing as their object. */
export const HANDLING_VERBS = words(`
  carry mend polish borrow lend/lent sell/sold buy/bought hide/hid/hidden find/found lose/lost drop+ lift fetch
  wrap+ unwrap+ fold unfold paint clean wash scrub+ repair weigh count inspect examine sketch describe admire
  inherit steal/stole/stolen return deliver pack unpack load unload stack sort label hang/hung tie untie fasten
  loosen sharpen oil dust sweep/swept burn/burnt bury carve engrave stitch sew/sewed/sewn patch bend/bent
  straighten varnish trade pawn swap+ guard keep/kept open close lock unlock fill empty rinse dry auction measure
  restore replace rebuild/rebuilt abandon discover uncover cover move shift drag+ push pull haul tow hoist lower
  raise balance tilt turn twist shake/shook/shaken rattle tap+ knock strike/struck smash crack split/split+ mark
  sign stamp seal wax grease scrape sand file trim+ cut/cut+ saw/sawed/sawn chop+ grind/ground weave/wove/woven
  knit+ spin/spun+ dye embroider hem+ darn press iron starch gather collect arrange display exhibit frame mount
  store stow shelve pile heap scatter spill/spilt pour soak wring/wrung squeeze mix stir+ knead bake roast boil
  simmer salt season slice peel grate taste sample smell sniff test check recount list record note copy trace
  bless praise criticize value price appraise insure rent lease hire order request refuse accept reject pocket
  snatch grab+ seize clutch grip+ hold/held toss throw/threw/thrown catch/caught kick kiss hug+ cradle rock
  shelter warm cool chill heat light/lit extinguish smother kindle fuel feed/fed water plant prune harvest pick
  reap sow/sowed/sown plough thresh winnow bundle bale sack crate ship+ post mail send/sent forward dispatch
  receive photograph draw/drew/drawn recite memorize translate decipher annotate publish print bind/bound repaint
  reupholster refit rewire dismantle assemble install fit+ adjust calibrate tune wind/wound buff shine/shone rub+
  wipe scour bleach mop+ tidy rearrange misplace mislay/mislaid forget/forgot/forgotten+ recover retrieve reclaim
  redeem barter exchange gift bequeath donate smuggle confiscate
`);

/** Verbs of moving, waiting and being somewhere, used without an object. */
export const MOVING_VERBS = words(`
  walk wander linger hurry stroll march stumble climb ride/rode/ridden run/ran/run+ row sail drift wait rest
  pause return arrive leave/left vanish reappear whistle hum+ sing/sang/sung laugh sigh shiver sleep/slept
  wake/woke/woken kneel/knelt stand/stood sit/sat+ swim/swam/swum+ trudge plod+ tramp stride/strode/stridden limp
  hobble shuffle creep/crept tiptoe sneak dash rush race gallop trot+ canter jog+ jump leap/leapt hop+ skip+
  slip+ slide/slid glide float paddle wade splash dive/dove roam rove meander ramble hike trek+ journey travel
  commute cross loiter dawdle idle hesitate falter stop+ halt settle retreat advance proceed continue persist
  endure prosper struggle labor toil doze nap+ dream gossip chatter argue quarrel bargain haggle pray mourn
  weep/wept celebrate dance feast dine sup+ drink/drank/drunk fish hunt trap+ camp sketch paint read/read
  write/wrote/written study listen watch amble scramble stagger totter wobble sway saunter scurry scuttle prowl
  sprint
`);

/** Speech verbs, past tense, for statements. */
export const SAID = words(`
  said replied murmured whispered called answered added insisted admitted remarked muttered explained declared
  announced warned promised observed recalled suggested conceded protested repeated shouted grumbled laughed
  sighed confided complained agreed objected noted
`);

/** Speech verbs, past tense, for questions. */
export const ASKED = words(`
  asked wondered inquired demanded pressed whispered murmured called ventured queried
`);

/** Verbs of knowing and believing, past tense, each followed by "that ...". */
export const THOUGHT = words(`
  remembered suspected believed knew thought guessed noticed realized decided feared hoped claimed swore
  admitted agreed heard learned discovered understood assumed supposed imagined insisted reckoned argued
  complained confessed doubted maintained recalled explained wrote promised
`);

export const ADVERBS = words(`
  slowly quickly quietly carefully cautiously hastily eagerly reluctantly patiently calmly gently roughly softly
  loudly boldly shyly proudly humbly cheerfully gloomily wearily sleepily lazily briskly steadily awkwardly
  gracefully clumsily neatly tidily absently thoughtfully anxiously nervously hopefully stubbornly politely
  rudely kindly sternly warmly coldly silently noisily happily sadly angrily curiously suspiciously doubtfully
  firmly lightly heavily faithfully dutifully gladly grimly openly privately deliberately accidentally suddenly
  gradually eventually finally nearly barely hardly scarcely easily simply plainly honestly frankly loosely
  tightly evenly unevenly smoothly noiselessly restlessly tirelessly endlessly briefly rarely seldom often
  usually always sometimes once twice early late afterwards meanwhile together apart alone aloud anyway halfway
  overhead uphill downhill downstream upstream outside inside nearby abroad homeward northward southward eastward
  westward sideways backward forward onward inland ashore aboard upstairs downstairs indoors outdoors sheepishly
  wistfully grudgingly hurriedly idly merrily sullenly
`);
