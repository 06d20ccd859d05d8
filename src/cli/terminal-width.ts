// How wide the CLI's output may be: a terminal's own width (read again at every use, so a resize counts), else
// COLUMNS when set (a pipe, a test), else 120.

export const DEFAULT_WIDTH = 120;
/** Narrower than this, tables stop being tables; output goes no narrower. */
const MIN_WIDTH = 40;

export type SizedStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };

export function terminalWidth(out: NodeJS.WritableStream, env: Record<string, string | undefined>): number {
  const stream = out as SizedStream;
  const columns = stream.isTTY === true && stream.columns ? stream.columns : Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? Math.max(MIN_WIDTH, columns) : DEFAULT_WIDTH;
}
