/**
 * The yardstick of `npm run bench`: a bare node:http server that, for every request, runs the
 * patient table's exact statements (captured from PostgreSQL's log while Stride served the same
 * view) through a pg Pool of Stride's size and answers the page's rows as JSON. What Stride adds on
 * top of it (sessions, auditing, React) is the difference between the two figures.
 *
 * Started by run.ts as its own process: BARE_DATABASE_URL, BARE_PORT, BARE_STATEMENTS (JSON list of
 * { text, params }). Prints "listening" once it accepts requests.
 */
import http from "node:http";
import { Pool } from "pg";
import { NULL_PARAMETER, type LoggedStatement } from "./statement-log";

const pool = new Pool({ connectionString: process.env.BARE_DATABASE_URL, max: 10 });
const statements = JSON.parse(process.env.BARE_STATEMENTS ?? "[]") as LoggedStatement[];
const values = statements.map((s) => s.params.map((p) => (p === NULL_PARAMETER ? null : p)));

const server = http.createServer((_req, res) => {
  void (async () => {
    try {
      let rows: unknown[] = [];
      for (const [i, statement] of statements.entries()) rows = (await pool.query(statement.text, values[i])).rows;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(rows));
    } catch (error) {
      res.writeHead(500).end(error instanceof Error ? error.message : String(error));
    }
  })();
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.BARE_PORT), "127.0.0.1", () => console.log("listening"));
process.on("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
