// The prose generator's nouns and adjectives, written for this project. Single words, singular nouns; the
// generator inflects them (word-forms.ts). Words that read like needle keys (code, key, number...) are left out.

/** A whitespace-separated list as an array. */
export function words(text: string): readonly string[] {
  return text.trim().split(/\s+/);
}

/** Things a person can carry, keep or mend. */
export const THINGS = words(`
  lantern kettle ladder basket bucket blanket bottle bowl bridle brush candle carpet chair chest clock coat
  collar compass cup curtain cushion desk dish drawer drum envelope fiddle flag flask fork frame globe glove
  hammer handkerchief harness hat helmet hook horn jar jug kite knot ladle lamp latch ledger letter lid locket
  map mallet mask mirror mitten mug nail napkin needle net notebook oar paddle pail pan parcel pen pencil pillow
  pipe pitcher plate plank pot pouch quilt rake rattle ribbon ring rope rug sack saddle satchel saucer saw scarf
  scroll shawl shovel sieve sickle skillet sled sling spade spindle spoon spool stool strap suitcase sword table
  tablecloth teapot telescope thimble tray trowel trumpet trunk tub umbrella urn valise vase vest wagon wallet
  wheel whistle wreath yoke anchor anvil apron awning axe badge banner barrel baton bell bench blade bolt bonnet
  book boot bracelet brooch buckle bundle button cabinet cable cage canteen canvas cap cart chain chalk charm
  chisel cloak cord cork cradle crate crown crutch dagger diary doll easel fan fence flute funnel goblet gong
  grate harp hatchet hoe hose inkwell jacket kerchief lens lever loom lute medal mat mattress microscope mop oven
  padlock painting pamphlet parasol pedal pendant photograph piano pickaxe pitchfork plough poster pulley pump
  purse quill rack radio raft rudder ruler sandal scale shelf shield shutter signpost skate sketch spear spur
  stamp statue stove stirrup stocking tapestry tent thermometer ticket tinderbox toolbox torch towel trap trellis
  tripod trough tunic typewriter vial violin wardrobe washbasin watch wheelbarrow whetstone wick yardstick
  almanac atlas bandage barometer basin beaker bellows binder blotter bobbin bookcase bookmark bouquet bow box
  bracket briefcase broom bugle burlap calendar camera candlestick canister carafe carriage cask casket cauldron
  censer chandelier chessboard clasp cleaver clipboard coil comb cooler coop corkscrew coverlet crayon crook
  crossbow cruet cudgel cupboard dial dipper doorknob dowel drill dustpan earring eyeglass fishhook flagon flint
  footstool fountain gimlet girdle gramophone griddle grindstone gurney halter hamper handbell handcart hanger
  harpoon hatbox headband hearthrug helm hourglass inkpot jerkin jewel kayak kiln knapsack knife lace ladderback
  lasso leash lectern locker lodestone lorgnette lunchbox magnifier mailbag manacle mandolin manuscript
  marionette matchbox megaphone metronome millstone mortar muffler musket necklace notepad oilcan oilskin organ
  ornament overcoat paintbrush palette pannier paperweight parchment pastel pennant pestle pinafore
  pincushion pistol plume pocketbook podium poker portrait postcard pottery pram prism puppet quiver rafter
  rapier reel rifle rivet robe rosary rowboat sabre sampler sandbag sash scabbard scarecrow scraper screen
  sextant shaker sheaf shingle shoehorn shuttle signet skein skewer slate slipper snowshoe spinet splint sponge
  spyglass squeezebox stake stencil stethoscope stopper strongbox sundial sunhat surplice tackle tambourine
  tankard tarpaulin teacup teaspoon tether thermos tiara tile tongs toolbag topcoat tote trinket trivet trophy
  truncheon tumbler tureen turnstile ukulele valve veil waistcoat wand washboard waterskin weathervane wedge whip
  windlass wineglass wool workbasket wrench xylophone zither
`);

/** Buildings and sites: where people work, meet, store things. */
export const SITES = words(`
  mill chapel bridge warehouse granary barn stable cottage farmhouse tavern inn bakery forge smithy workshop
  schoolhouse library lighthouse harbor wharf dock quay jetty pier market square courtyard garden orchard
  vineyard greenhouse cellar attic loft kitchen parlor hallway staircase tower gatehouse bellhouse belfry
  cathedral abbey monastery convent priory rectory vicarage manor mansion palace castle fortress citadel barracks
  armory arsenal prison courthouse townhall guildhall almshouse hospital infirmary pharmacy hotel lodge hostel
  cabin hut shack shed outhouse pavilion gazebo bandstand theatre playhouse opera museum gallery observatory
  laboratory studio foundry tannery brewery distillery dairy creamery cannery sawmill papermill mine quarry pit
  kiln brickworks ropewalk shipyard boathouse drydock ferry station depot terminal platform signalbox tollhouse
  customhouse bank exchange shop store emporium bazaar arcade stall kiosk booth canteen refectory dormitory
  cloister crypt vault mausoleum cemetery churchyard graveyard chantry shrine temple mosque synagogue
  meetinghouse hall ballroom conservatory nursery school college academy seminary university campus quadrangle
  auditorium gymnasium stadium arena racecourse circus fairground menagerie aviary kennel henhouse dovecote
  pigsty sheepfold paddock corral pen yard stockyard slaughterhouse smokehouse icehouse springhouse pumphouse
  waterworks reservoir aqueduct viaduct tunnel causeway embankment levee dam weir lock sluice canal towpath lane
  alley boulevard avenue terrace crescent colonnade portico veranda porch balcony rampart battlement bastion moat
  drawbridge barbican windmill watermill treadmill hayloft woodshed
`);

/** Land, water and sky features. */
export const LANDS = words(`
  river stream brook creek spring pond lake lagoon marsh swamp bog fen moor heath meadow field pasture prairie
  plain valley dale glen gully ravine gorge canyon hollow basin ridge hill hillside knoll mound mountain peak
  summit crag cliff bluff escarpment slope plateau mesa dune beach shore coast cove bay inlet estuary delta
  harbor strait channel sound island islet reef shoal sandbar headland cape peninsula promontory forest wood
  woodland grove thicket copse spinney orchard hedgerow clearing glade dell vale tundra steppe desert oasis
  wasteland badland scrubland heathland upland lowland highland foothill pass saddle col trail path track road
  highway byway crossroads ford waterfall cascade rapids torrent current whirlpool eddy pool geyser glacier
  snowfield icefield moraine cavern cave grotto sinkhole crater volcano caldera terrace riverbank floodplain
  watershed wetland saltmarsh mudflat tideway backwater millpond vineyard farmland cropland common green village
  outskirts suburb hamlet frontier borderland
`);

/** People by what they do. */
export const ROLES = words(`
  baker ferryman surveyor miller blacksmith carpenter mason weaver tailor cobbler potter cooper chandler glazier
  joiner thatcher plumber tinker peddler merchant trader grocer butcher fishmonger innkeeper landlord tenant
  farmer shepherd herdsman cowherd milkmaid ploughman gardener groundskeeper gamekeeper forester woodcutter
  hunter trapper fisherman boatman sailor captain navigator pilot lighthousekeeper harbormaster dockhand
  stevedore porter carter coachman driver conductor stationmaster signalman engineer mechanic machinist
  clockmaker watchmaker jeweler goldsmith silversmith engraver printer bookbinder bookseller librarian archivist
  clerk scribe notary lawyer judge magistrate constable sheriff bailiff warden jailer soldier sergeant lieutenant
  colonel general admiral sentry scout messenger courier postman telegraphist doctor surgeon nurse midwife
  apothecary chemist herbalist physician dentist veterinarian teacher schoolmaster governess tutor professor
  scholar student apprentice journeyman architect builder painter sculptor musician fiddler piper drummer singer
  dancer actor playwright poet novelist journalist editor photographer cartographer astronomer botanist geologist
  naturalist explorer traveler pilgrim priest vicar monk nun abbot bishop deacon sexton verger organist
  choirmaster mayor alderman councillor treasurer steward butler housekeeper cook maid footman valet groom
  stablehand jockey wheelwright saddler tanner dyer spinner seamstress milliner hatter barber wigmaker perfumer
  candlemaker soapmaker brewer distiller vintner cheesemaker beekeeper orchardist vinedresser miner quarryman
  stonecutter bricklayer roofer glassblower lamplighter chimneysweep ratcatcher gravedigger undertaker auctioneer
  banker moneylender bookkeeper accountant cashier shopkeeper stallholder hawker tinsmith locksmith gunsmith
  armorer fletcher bowyer ropemaker sailmaker shipwright caulker ostler drover carrier usher cellarman ferrywoman
`);

/** Ideas, feelings and events. */
export const IDEAS = words(`
  patience rumor debt harvest promise quarrel bargain wager grudge apology warning invitation proposal complaint
  confession suspicion doubt hope fear courage pride envy grief joy relief regret longing loyalty kindness mercy
  honesty stubbornness curiosity ambition greed modesty vanity jealousy gratitude silence laughter sorrow anger
  calm wonder boredom hunger thirst fatigue comfort luck misfortune accident mistake error victory defeat journey
  voyage errand festival wedding funeral christening feast fair auction trial election meeting council rebellion
  strike flood drought famine fire epidemic frost thaw storm eclipse comet earthquake landslide shipwreck
  inheritance dowry ransom reward fine tax tithe rent wage fortune scandal gossip legend ballad riddle proverb
  joke story lesson sermon lecture argument agreement contract treaty truce alliance friendship rivalry feud
  courtship engagement marriage divorce reunion farewell homecoming departure arrival delay detour shortcut plan
  scheme plot hoax mystery puzzle habit custom tradition ritual ceremony celebration holiday anniversary birthday
  memory dream nightmare vision hunch instinct notion theory rule law decree order permission refusal chore duty
  burden obligation ambush blizzard bonfire carnival census concert contest crisis debate dispute emergency
  expedition fever flight frenzy gathering hearing inquiry inspection invasion lawsuit mutiny negotiation parade
  pardon pilgrimage procession protest quarantine raid recital rescue retreat revival riot robbery sale search
  shortage siege surrender survey tournament trade trespass uprising vigil visit wake windfall appetite
  contentment despair devotion disgrace embarrassment enthusiasm exhaustion fondness foresight frustration
  generosity homesickness humility impatience indifference innocence irritation melancholy nostalgia optimism
  panic pity remorse resentment reverence satisfaction shame sympathy temptation tenderness unease weariness zeal
`);

export const ANIMALS = words(`
  horse donkey mule ox cow calf goat sheep pig hen rooster goose duck swan heron crane stork owl hawk
  falcon eagle crow raven magpie jackdaw sparrow finch robin wren thrush blackbird starling swallow martin
  pigeon dove gull tern cormorant pelican kingfisher woodpecker cuckoo nightingale lark fox badger otter
  beaver hare rabbit squirrel hedgehog mole vole mouse rat weasel stoat ferret deer stag elk moose boar
  wolf bear lynx wildcat cat dog hound terrier spaniel collie mastiff pony stallion mare foal lamb kid
  trout salmon pike carp eel perch herring mackerel cod crab lobster oyster mussel frog toad newt lizard
  snake tortoise beetle moth butterfly bee wasp hornet dragonfly cricket grasshopper spider ant snail
`);

export const FOODS = words(`
  bread cheese butter honey porridge soup stew broth pie tart cake biscuit bun loaf pudding custard jam
  marmalade apple pear plum cherry quince apricot peach grape raisin fig date walnut chestnut hazelnut
  almond barley oats rye wheat corn potato turnip carrot parsnip onion leek garlic cabbage kale beet
  radish bean pea lentil mushroom herring bacon ham sausage mutton beef venison pork pastry dumpling
  pancake waffle toast gruel cider ale tea coffee cocoa milk cream vinegar mustard pepper salt sugar
  cinnamon nutmeg clove ginger saffron thyme rosemary sage mint parsley dill fennel lavender
`);

export const PLANTS = words(`
  oak ash elm beech birch willow alder hazel rowan hawthorn blackthorn holly yew pine spruce fir larch
  cedar cypress juniper maple sycamore chestnut walnut poplar aspen lime linden magnolia laurel myrtle
  ivy heather gorse bracken fern moss lichen reed rush sedge thistle nettle bramble briar dandelion
  daisy buttercup clover primrose cowslip bluebell foxglove poppy cornflower marigold rose lily tulip
  daffodil iris orchid violet pansy lilac jasmine honeysuckle wisteria sunflower hollyhock lupin
`);

/** Adjectives for things and places: look, age, size, texture, state. */
export const ADJECTIVES = words(`
  old new ancient young worn battered polished rusty dusty muddy damp wet dry cracked broken mended patched faded
  bright dim dark pale heavy light small tiny large huge enormous narrow wide broad tall short long low high deep
  shallow steep flat round square crooked straight bent twisted smooth rough coarse fine soft hard brittle sturdy
  flimsy solid hollow empty full crowded quiet noisy silent loud warm cold cool hot icy frozen chilly mild fresh
  stale sour sweet bitter salty smoky fragrant musty clean dirty tidy messy neat plain ornate elegant shabby
  grand humble modest lavish simple careful hidden forgotten abandoned deserted lonely busy lively sleepy drowsy
  restless calm still windy stormy foggy misty rainy sunny cloudy shady gloomy cheerful dreary bleak lush green
  barren fertile wild overgrown trimmed painted carved gilded varnished weathered sunburnt frosted cobbled paved
  leafy thorny mossy grassy sandy rocky stony pebbled marshy woody hilly leaning sagging tilted lopsided spotless
  scratched dented chipped scorched charred soaked sodden creaking rattling humming whistling flickering glowing
  shimmering gleaming glittering sparkling dull glossy velvet silken woolen leather wooden iron copper brass
  silver golden tin pewter glass clay stone marble granite slate oaken wicker canvas linen cotton paper cardboard
  waxen bone ivory amber coral pearl crystal enamel borrowed stolen inherited secondhand homemade handmade
  imported costly cheap precious valuable useless useful curious strange odd peculiar familiar unusual ordinary
  remarkable splendid miserable wretched lovely pretty handsome ugly graceful clumsy awkward delicate fragile
  robust spacious cramped cozy snug airy stuffy drafty leaky rickety ramshackle stately imposing distant nearby
  remote outer inner upper lower northern southern eastern western central coastal seasonal nightly weekly yearly
  early late sudden gradual brief endless second third fourth last
`);

/** Adjectives for people. */
export const TRAITS = words(`
  patient stubborn cheerful gloomy curious careful careless clever foolish wise shrewd honest dishonest generous
  stingy kind unkind gentle stern strict lenient brave timid bold shy proud humble vain modest loyal fickle
  jealous envious grateful thankful polite rude courteous blunt tactful talkative quiet reserved sociable lonely
  anxious nervous calm restless tired weary eager keen reluctant hesitant cautious reckless thrifty wasteful tidy
  untidy punctual tardy diligent lazy industrious idle ambitious content discontented hopeful hopeless sensible
  silly serious playful solemn witty dull sharp absentminded forgetful observant attentive distracted obstinate
  agreeable quarrelsome peaceable fierce meek mild hearty frail sturdy nimble slow quick spry elderly youthful
  cunning naive trusting wary suspicious superstitious devout skeptical sentimental practical dreamy romantic
  grumpy jolly merry sullen sulky moody steady reliable unreliable famous obscure respected feared beloved
  wealthy penniless prosperous ruined widowed newlywed orphaned homesick seasick sleepless soft-spoken
`);

export const COLORS = words(`
  red crimson scarlet maroon pink rose orange amber ochre yellow golden mustard lemon green olive emerald
  jade moss sage teal turquoise blue azure navy indigo cobalt violet purple lavender lilac plum brown
  tan beige russet chestnut copper bronze rust gray grey silver slate charcoal black white ivory cream
  pearl sooty dun sandy
`);

export const WEATHER = words(`
  rain fog frost wind snow heat drizzle mist hail thaw gale dust smoke sleet dew haze drought damp chill
  sunshine moonlight dusk twilight dawn gloom darkness warmth cold storm thunder lightning
`);
