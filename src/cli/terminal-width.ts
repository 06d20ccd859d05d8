// How wide the CLI's output may be: a terminal's own width (read again at every use, so a resize counts), else
// COLUMNS when set (a pipe, a test), else 120.

export const DEFAULT_WIDTH = 120;
/** Narrower than this, tables stop being tables; output goes no narrower. */
const MIN_WIDTH = 40;

export type SizedStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };

export function terminalWidth(out: NodeJS.WritableStream, env: Record<string, string | undefined>): number {
  const stream = out as SizedStream;
  if (stream.isTTY === true && stream.columns) return Math.max(MIN_WIDTH, stream.columns);
  return columnsSet(env) ?? DEFAULT_WIDTH;
}

/** COLUMNS, when the user (or a test) set it: logs keep one line per event unless asked to fit a width. */
export function columnsSet(env: Record<string, string | undefined>): number | undefined {
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? Math.max(MIN_WIDTH, columns) : undefined;
}
