// Sentence templates for the prose generator. "{slot}" is filled by prose-sentences.ts; "{a:slot}" adds "a"/"an",
// "{^slot}" capitalises. Every sentence has several slots drawn from long lists, so sentences recombine rather than
// repeat. Nothing here pairs a key-like noun with a value: needle sentences must stand out from the haystack.

export const PERSON = [
  "{name}", "{name}", "{first}", "{hero}", "{hero}", "{hero}", "the {role}", "the {trait} {role}", "{first} the {role}",
  "{name} of {town}", "{a:role} from {town}", "the {role} from {town}", "{first}'s cousin",
];

export const PLACE = [
  "{town}", "{town}", "{home}", "{home}", "the {site} at {town}", "the {land} above {town}", "the {adj} {land}",
  "the {land} near {home}", "the {town} road", "{first}'s {site}", "the {site} on the {land}", "the {region}",
  "the {color} {site} in {town}",
];

export const NOUN_PHRASE = [
  "the {thing}", "the {adj} {thing}", "{a:adj} {thing}", "{first}'s {thing}", "the {color} {thing}",
  "the {thing} from {town}", "the {role}'s {thing}", "{a:thing}", "the {adj} {color} {thing}",
  "the {thing} that belonged to {name}", "the {ordinal} {thing}", "{a:adj} {thing} with {a:color} {thing}",
];

export const TIME = [
  "that {daypart}", "on the {ordinal} {daypart}", "before {daypart}", "in the {season} of {year}", "on {date}",
  "by {weekday}", "late in {month}", "early in {month}", "{count} days later", "the {daypart} after the {idea}",
  "during the {adj} {season}", "every {weekday}", "in {month} {year}", "{count} years before the {idea}",
  "at {daypart}", "long before the {idea} at {town}", "the following {weekday}", "soon after the {idea}",
];

export const DATE = ["{day} {month} {year}", "{month} {day}, {year}", "the {ordinal} of {month}", "{weekday} the {ordinal} of {month}"];

export const CLAUSE = [
  "because {person} had {verben} {np}", "while {person} {moved} {adv} toward {place}",
  "although nobody in {town} remembered {np}", "after {person} {verbed} {np} {time}",
  "as the {weather} settled over {place}", "until the {roles} {moved} back to {place}",
  "since {np} had been {verben} {adv}", "when the {weather} reached {place}", "so that {person} could {verb} {np}",
  "even though {person} {thought} that {np} was {adj}", "before {person} could {verb} {np}",
  "once {np} had been {verben}", "unless someone {verbed} {np} first", "whereas the {roles} of {town} preferred {things}",
  "just as {person} {moved} {adv}", "now that the {idea} at {town} was over", "as if {np} had never been {verben}",
  "though the {roles} {moved} {adv} all {daypart}", "while {count} {roles} watched from the {site}",
  "because the {idea} had reached {town}", "long after the {roles} of {town} had {moven}",
  "where the {land} met the {land}", "as {person} had {verben} {np} the {season} before",
];

export const STATEMENT = [
  "{person} {verbed} {np} {time}.", "{person} {verbed} {np} {clause}.", "{time}, {person} {moved} {adv} toward {place}.",
  "{clause}, {person} {verbed} {np}.", "In {town}, the {roles} {verbed} {things} {clause}.",
  "Nobody in {town} had {verben} {np} since {year}.", "{np} had been {verben} {adv} by {person}.",
  "There were {count} {things} in the {adj} {site} at {town}.", "{person} {thought} that {np} had been {verben} {time}.",
  "It was {a:adj} {season} in {town}, and the {land} smelled of {food} and {weather}.",
  "The road from {town} to {town} ran for {count} miles past the {adj} {lands}.",
  "{hero} kept {a:adj} {thing} in the {site}, {clause}.", "For {count} years {person} had {verben} {np}, {clause}.",
  "Some said {person} had {verben} {np} in {town}; others blamed the {roles}.",
  "{first} and {first} {moved} {adv} along the {land}, {clause}.", "At {place}, {np} was {verben} {adv} every {season}.",
  "No {site} in {town} was as {adj} as the one {first} {verbed} {time}.",
  "The {land} beyond {town} was {adj} and {adj}, {clause}.",
  "{hero} was {trait} but never {trait}, and the {roles} of {home} knew it.",
  "Beyond the {land}, {a:adj} {site} stood among {color} {plants}.",
  "Everything in the {site} smelled of {food}, {weather} and old {things}.",
  "{person} {moved} {adv} {time}, carrying {np} and {a:adj} {thing}.",
  "On {date}, the {roles} of {town} {verbed} {count} {things}.",
  "The ledger at the {site} listed {num} {things} and {num} {things}.", "By {year} the {site} at {town} held {num} {things}.",
  "It took {count} hours to {verb} {np} and {verb} {np}.", "The {site} stood {num} feet above the {land}, {clause}.",
  "{count} {roles} {moved} {adv} through {town} {time}.", "{person} had never seen {a:adj} {animal} so close to the {site}.",
  "Whenever the {weather} came, {hero} {verbed} {np} and waited by the {site}.",
  "The {animals} near {place} grew {trait} {clause}.", "{person} {verbed} {np}, then {verbed} {np} {adv}.",
  "Nothing about {np} suggested that {person} had {verben} it {time}.",
  "In the {ordinal} year of the {idea}, {person} settled in {town}.",
  "{hero} wrote to {name} about {np} and the {idea} at {place}.",
  "The {roles} argued over {np} until the {weather} drove them into the {site}.",
  "{hero} found {np} under {a:adj} {thing} in the {site} at {town}.", "Two {roles} from {town} {verbed} {np} {clause}.",
  "{a:trait} {role} once {verbed} {np} at {place}, or so the {roles} said.",
  "That year {town} spoke of nothing but the {idea} and {np}.",
  "The {adj} {thing} on the {site} wall had belonged to {name}.",
  "Every {season} the {roles} of {town} {verbed} {things} for the {idea}.", "{person} rarely spoke of {np}, {clause}.",
  "Half the {roles} in {town} {thought} that {person} had {verben} {np}.",
  "From the {site}, {person} could see the {land} and {count} {color} {things}.",
  "The {weather} lasted {count} days, and {np} was {verben} twice.", "{hero}'s {ordinal} {thing} was {adj}, {adj} and {color}.",
  "When {person} reached {place}, the {site} was already {adj}.",
  "Between {town} and {town} lay {count} {lands} and a single {site}.", "Like {person}, the {role} {verbed} {np} {adv}.",
  "Years later, {name} would remember {np} and the {adj} {site} at {town}.",
  "{hero} had {verben} {np} in {month}, and by {month} {person} had {verben} it again.",
  "Neither {first} nor {first} could {verb} the {thing} {time}.",
  "The old {site} at {town} had {count} windows and {a:adj} {thing} above its door.",
  "{person} {moved} {adv} past the {site} with {np} under one arm.",
  "On the {land} above {town}, {count} {animals} {moved} {adv}.", "In {year}, {count} {roles} left {town} for {place}.",
  "{person} {thought} that {np} was {adj}, but no one in {town} agreed.",
  "By {daypart} the {site} was full of {roles} and {things}.", "The {idea} began at {place} {time}, {clause}.",
];

export const QUESTION = [
  "Why had {person} {verben} {np} {time}?", "Who {verbed} the {thing} that {person} had left at {place}?",
  "Was it {trait} of {first} to {verb} {np} {time}?",
  "How many {things} could the {roles} of {town} {verb} in a single {season}?",
  "Where had {np} gone after the {idea} at {town}?", "What did the {roles} of {town} want with {np}?",
  "Had anyone in {town} ever {verben} {np}?", "Could {person} really have {verben} {np} {clause}?",
  "Which {site} in {town} still held the {adj} {things}?", "Why would {a:trait} {role} {verb} {np} {time}?",
  "Who in {town} remembered the {idea} of {year}?", "Did {first} {verb} the {thing} before the {weather} reached {place}?",
];

/** What people say, without the closing punctuation. */
export const SPOKEN = [
  "bring the {thing} to the {site} before {daypart}", "we left {np} at {place}", "the {roles} will not wait for us",
  "I never trusted {np}", "you should {verb} {np} {adv}", "there is {a:adj} {thing} behind the {site}",
  "{town} is {a:adj} place in {season}", "{first} promised to {verb} {np}", "the {weather} will reach {place} by {weekday}",
  "tell {first} that the {thing} is in the {site}", "I saw {person} near the {site} {time}",
  "nobody {verbs} {np} like {first} does", "the {site} at {town} has been {adj} since the {idea}",
  "we will need {count} {things} and {a:thing}", "keep the {thing} away from the {animals}",
  "the {roles} of {town} are {trait} people", "leave {np} where {first} can find it",
];

/** What people ask, without the question mark. */
export const ASKED_ALOUD = [
  "did you {verb} {np}", "where is the {thing} that {first} {verbed}", "who left {np} by the {site}",
  "what will the {roles} of {town} say", "how far is it to {town}", "why would anyone {verb} {np} {time}",
  "have you seen {first} since the {idea}", "is the {site} at {town} still {adj}", "when did the {roles} last {verb} {np}",
  "can you {verb} {np} before {daypart}",
];

export const DIALOGUE = [
  '"{^spoken}," {said} {person}.', '"{^spoken}," {person} {said}.', '{person} {said}, "{^spoken}."',
  '"{^askedaloud}?" {asked} {person}.', '{person} {asked}, "{^askedaloud}?"',
  '"{^spoken}," {said} {person}, "and {spoken}."', '"{^askedaloud}, {first}?" {asked} {person}.',
];
