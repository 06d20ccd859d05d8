// The provider simulator in its own process, so the benchmark's process.cpuUsage() counts only the client.
// Starts `count` independent simulators (own port, buckets and stats each, so runs in parallel cannot disturb each
// other's counts) and prints {"urls": [...]} as one JSON line once they listen. Then it answers stdin lines
// "stats <i>" and "reset <i>" with one JSON line each, a side channel that leaves the simulator's HTTP routes
// untouched, and exits when stdin closes.
// Usage: node --import tsx bench/simulator-process.ts ['{"profile-name": {...}}'] [count]

import { createInterface } from "node:readline";
import { parseProfiles } from "../src/simulator/profile.ts";
import { startSimulator } from "../src/simulator/server.ts";

const profiles = process.argv[2] ? parseProfiles(JSON.parse(process.argv[2]) as unknown, "argv") : undefined;
const count = Math.max(1, Number(process.argv[3] ?? 1));
const simulators = await Promise.all(Array.from({ length: count }, () => startSimulator({ port: 0, profiles })));
process.stdout.write(`${JSON.stringify({ urls: simulators.map((simulator) => simulator.url) })}\n`);

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const [command, index = "0"] = line.trim().split(/\s+/);
  const simulator = simulators[Number(index)];
  if (!simulator) process.stdout.write(`${JSON.stringify({ error: `no simulator ${index}` })}\n`);
  else if (command === "stats") process.stdout.write(`${JSON.stringify({ stats: simulator.stats() })}\n`);
  else if (command === "reset") {
    simulator.resetStats();
    process.stdout.write(`${JSON.stringify({ reset: true })}\n`);
  } else process.stdout.write(`${JSON.stringify({ error: `unknown command "${command}"` })}\n`);
});
lines.on("close", () => {
  void Promise.all(simulators.map((simulator) => simulator.close())).then(() => process.exit(0));
});
