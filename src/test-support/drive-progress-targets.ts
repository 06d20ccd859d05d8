// The targets drive-progress.ts runs, for the test that reads its screen.

export const DRIVEN_TARGETS = [
  { id: "groq:meta-llama/llama-4-scout-17b-16e-in", simulated: false, total: 1604 },
  { id: "together:meta-llama/Llama-4-Maverick-17B", simulated: false, total: 1604 },
  { id: "simulator:llama-4-scout-17b-16e-instruct", simulated: true, total: 800 },
] as const;
