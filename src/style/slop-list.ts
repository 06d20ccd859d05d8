// Our own list of words and phrases that chat models overuse ("slop"), in English and Spanish, written for this project.
// Matching is case-insensitive on whole words; punctuation inside an entry is ignored, so write entries as plain words.

/**
 * English. Inflected forms are listed where models use several (delve, delves, delving); where one entry is a prefix of
 * another ("tapestry" and "rich tapestry"), the longer one is counted once, never both.
 */
export const SLOP_PHRASES_EN: readonly string[] = [
  // The signature vocabulary.
  "delve", "delves", "delving", "delved", "delve into", "delve deeper",
  "tapestry", "rich tapestry", "vibrant tapestry", "intricate tapestry",
  "testament to", "stands as a testament", "serves as a testament",
  "realm", "in the realm of", "beacon", "a beacon of", "symphony of", "kaleidoscope of", "labyrinth of",
  "intricate", "intricacies", "intricately", "multifaceted", "nuanced", "pivotal", "paramount",
  "meticulous", "meticulously", "seamless", "seamlessly", "robust", "holistic", "synergy", "synergies",
  "paradigm shift", "transformative", "groundbreaking", "game-changer", "game changer", "game-changing", "cutting-edge",
  "ever-evolving", "ever-changing", "ever-shifting", "fast-paced", "bustling", "vibrant", "captivating", "mesmerizing",
  "breathtaking", "awe-inspiring", "whimsical", "ethereal", "tantalizing", "unwavering", "steadfast", "boundless",
  "indelible", "invaluable", "commendable", "noteworthy", "profound", "profoundly", "myriad", "a myriad of", "plethora",
  "a plethora of", "treasure trove", "enigmatic", "resonate", "resonates", "resonated", "interplay", "intertwined",
  "nestled", "embark", "embarks", "embarking", "embark on a journey", "journey of self-discovery",
  "leverage", "leveraging", "harness", "harnessing", "harness the power", "unleash", "unleashing", "unleash the power",
  "unlock", "unlocking", "unlock the potential", "unlock the power", "elevate", "elevates", "elevating",
  "foster", "fosters", "fostering", "underscore", "underscores", "underscoring", "showcase", "showcases", "showcasing",
  "navigate the complexities", "navigating the complexities", "the complexities of", "the intricate dance",
  "in the heart of", "shed light on", "sheds light on", "pave the way", "paving the way", "stand the test of time",
  "to the next level", "the landscape of", "evolving landscape", "digital landscape",
  // Framing openers and time-stamps nobody asked for.
  "in today's fast-paced world", "in today's digital age", "in today's world", "in this day and age", "in an era of",
  "in the ever-evolving world", "in the world of", "when it comes to", "at the end of the day",
  "it's important to note", "it is important to note", "it's worth noting", "it is worth noting",
  "it's important to remember", "it is important to remember", "it's crucial to", "it is crucial to",
  "it's essential to", "it is essential to", "plays a crucial role", "plays a pivotal role", "plays a vital role",
  "plays a key role", "a crucial role", "a wide range of", "a wide array of", "a diverse range of",
  "not just about", "more than just", "isn't just", "it's not just",
  // Connectives stacked for effect.
  "moreover", "furthermore", "additionally", "notably", "crucially", "importantly", "in essence", "that being said",
  "having said that", "with that said", "in conclusion", "in summary", "to summarize", "to sum up", "overall",
  "key takeaways", "key takeaway", "the bottom line", "food for thought",
  // Service-desk cheer.
  "great question", "excellent question", "what a great question", "fantastic question", "absolutely", "certainly",
  "i'd be happy to", "i'd be glad to", "happy to help", "i hope this helps", "hope this helps", "i hope this helps you",
  "feel free to", "don't hesitate to", "let me know if", "if you have any other questions", "if you have any questions",
  "happy exploring", "happy coding", "you've got this",
  "let's dive in", "let's dive into", "dive into", "dive deeper", "deep dive", "let's delve", "let's explore",
  "let's break it down", "let's break this down", "here's a breakdown", "here's the thing", "without further ado",
  "buckle up", "strap in", "i'm thrilled", "thrilled to", "excited to share",
  "as an ai", "as an ai language model", "as a large language model",
];

/** Spanish: a shorter list of the same habits as they show up in Spanish answers. */
export const SLOP_PHRASES_ES: readonly string[] = [
  "adentrarse", "adentrémonos", "adentrarnos", "sumergirse", "sumerjámonos", "profundizar en", "profundicemos",
  "tapiz", "rico tapiz", "un testimonio de", "es un testimonio", "un faro de", "una sinfonía de", "un caleidoscopio de",
  "en el corazón de", "en el vertiginoso mundo", "en el mundo actual", "en la era digital", "en constante evolución",
  "panorama", "un mundo de posibilidades", "desbloquear", "desbloquea", "potenciar", "aprovechar el poder",
  "al siguiente nivel", "fascinante", "apasionante", "vibrante", "meticuloso", "meticulosamente", "crucial",
  "fundamental", "es fundamental", "esencial", "es esencial", "cabe destacar", "cabe señalar", "cabe mencionar",
  "es importante destacar", "es importante señalar", "es importante tener en cuenta", "vale la pena destacar",
  "juega un papel crucial", "juega un papel fundamental", "desempeña un papel crucial", "embarcarse en",
  "sin lugar a dudas", "sin duda alguna", "en resumen", "en conclusión", "en definitiva", "dicho esto", "asimismo",
  "además", "excelente pregunta", "gran pregunta", "qué buena pregunta", "por supuesto", "sin más preámbulos",
  "espero que esto te ayude", "espero que te sea útil", "espero que te ayude", "no dudes en",
  "si tienes alguna otra pregunta", "si tienes más preguntas", "estaré encantado de ayudarte",
];
