// A small fair-play case in the generated stories' shape, for the simulator's case reader and solver: Egon Moss is
// the culprit (his own word is his only alibi); Dora Vale is cleared by one fact alone (the butler held her key), the
// decisive clue; Bea Stone and Carl Frost are cleared twice over, Carl by two sightings that follow on.

export const SMALL_MYSTERY = `THE AFFAIR OF THE LIBRARY

The clock in the library was smashed. At 21:00, the butler, Ivo Marsh, wound the clock. At 22:00, Anna found it smashed.

Apart from the staff, 4 people were in the house with Anna Lind that evening:
- Bea Stone, a painter and Anna's niece.
- Carl Frost, a doctor and Anna's cousin.
- Dora Vale, a lawyer and Anna's friend.
- Egon Moss, a pilot and Anna's nephew.

Bea Stone had no motive at all: she loved the clock.

The lock of the clock case had been changed, and Bea Stone was not given a new key.

Carl Frost never had a key to the clock case.

At 20:30, Dora Vale handed her key to the clock case to the butler, Ivo Marsh, who kept it on him until 22:10 and lent it to no one.

The maid, Rosa Pike, saw Carl Frost in the garden from 20:50 to 21:30, and did not lose sight of him once.

The cook, Tom Reed, saw Carl Frost in the kitchen from 21:30 to 22:05, and did not lose sight of him once.

The cook, Tom Reed, saw Egon Moss in the kitchen from 20:00 to 20:40, and did not lose sight of him once.

Egon Moss says he was in the attic all evening, but nobody saw him there.

Suspects:
A) Bea Stone
B) Carl Frost
C) Dora Vale
D) Egon Moss

Who smashed the clock? Reason it through, then end your reply with exactly these two lines:
CULPRIT: <the letter of the culprit>
CLUE: <the decisive clue, in one short sentence>`;
