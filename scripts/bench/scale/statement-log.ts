/**
 * Statements per request, read from PostgreSQL's own log: the benchmark starts a separate
 * `next start` whose connections ask for `log_statement = all` (a connection option, so nothing
 * is restarted and the measured servers pay no logging cost), sends a few requests one at a time,
 * and counts the lines its database wrote. The same lines give the table's exact SQL and
 * parameters for the bare node:http + pg server. Parsing is pure and unit tested.
 */
import fs from "node:fs";

export const DEFAULT_POSTGRES_LOG = "/var/log/postgresql/postgresql-15-main.log";

/** The URL with `-c log_statement=all` for every connection opened through it. */
export function withStatementLogging(url: string): string {
  const logged = new URL(url);
  logged.searchParams.set("options", "-c log_statement=all");
  return logged.toString();
}

export type LoggedStatement = { text: string; params: string[] };

/** Where the log ends now: read from here after the requests to see only their lines. */
export function logSize(file: string): number {
  return fs.statSync(file).size;
}

export function readLogFrom(file: string, offset: number): string {
  const fd = fs.openSync(file, "r");
  try {
    const length = fs.fstatSync(fd).size - offset;
    const buffer = Buffer.alloc(Math.max(0, length));
    fs.readSync(fd, buffer, 0, buffer.length, offset);
    return buffer.toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The statements `database` ran in a stretch of log written with Debian's prefix
 * ('%m [%p] %q%u@%d '): "statement: ..." for simple queries, "execute <name>: ..." for
 * parameterised ones, with their values on the next "DETAIL:  parameters: $1 = '...'" line.
 */
export function statementsOf(log: string, database: string): LoggedStatement[] {
  const statements: LoggedStatement[] = [];
  const mine = `@${database} `;
  for (const line of log.split("\n")) {
    const at = line.indexOf(mine);
    if (at < 0) continue;
    const rest = line.slice(at + mine.length);
    const logged = /^LOG:\s+(?:statement|execute [^:]*): (.*)$/.exec(rest);
    if (logged) {
      statements.push({ text: logged[1] ?? "", params: [] });
      continue;
    }
    const detail = /^DETAIL:\s+parameters: (.*)$/.exec(rest);
    const last = statements.at(-1);
    if (detail && last) last.params = parseParameters(detail[1] ?? "");
  }
  return statements;
}

/** "$1 = 'a', $2 = NULL, $3 = 'it''s'" as ["a", null-as-"\u0000NULL", "it's"] in $-order. */
export function parseParameters(detail: string): string[] {
  const values: string[] = [];
  for (const match of detail.matchAll(/\$(\d+) = ('(?:[^']|'')*'|NULL)/g)) {
    const raw = match[2] ?? "NULL";
    values[Number(match[1]) - 1] = raw === "NULL" ? NULL_PARAMETER : raw.slice(1, -1).replace(/''/g, "'");
  }
  return values;
}

/** How a NULL parameter is kept in the string list; the bare server sends it as null. */
export const NULL_PARAMETER = "\u0000NULL";
