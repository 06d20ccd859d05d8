// The provider simulator in its own process, so the benchmark's process.cpuUsage() counts only the client.
// Prints {"url","port"} as one JSON line once listening; then answers stdin lines "stats" and "reset" with one JSON line
// each (a side channel that leaves the simulator's HTTP routes untouched), and exits when stdin closes.
// Usage: node --import tsx bench/simulator-process.ts ['{"profile-name": {...}}']

import { createInterface } from "node:readline";
import { parseProfiles } from "../src/simulator/profile.ts";
import { startSimulator } from "../src/simulator/server.ts";

const profiles = process.argv[2] ? parseProfiles(JSON.parse(process.argv[2]) as unknown, "argv") : undefined;
const simulator = await startSimulator({ port: 0, profiles });
process.stdout.write(`${JSON.stringify({ url: simulator.url, port: simulator.port })}\n`);

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const command = line.trim();
  if (command === "stats") process.stdout.write(`${JSON.stringify({ stats: simulator.stats() })}\n`);
  else if (command === "reset") {
    simulator.resetStats();
    process.stdout.write(`${JSON.stringify({ reset: true })}\n`);
  }
});
lines.on("close", () => {
  void simulator.close().then(() => process.exit(0));
});
