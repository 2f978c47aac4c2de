import type { Logger } from "drizzle-orm";

/**
 * Counts the SQL statements drizzle sends, for tests that pin how many a request costs. Counts are
 * deterministic where times are not, so asserting a ceiling is a fair test. Transaction control
 * (begin, commit, rollback, savepoints) is left out: node-postgres sends it through drizzle's
 * logger while PGlite runs it inside its own transaction call, so only the rest is the same on
 * both drivers. `transactions` says how many transactions node-postgres began.
 */
const CONTROL = /^\s*(begin|commit|rollback|savepoint|release savepoint)\b/i;

export class StatementCounter implements Logger {
  private recording = false;
  statements: string[] = [];
  transactions = 0;

  logQuery(query: string): void {
    if (!this.recording) return;
    if (CONTROL.test(query)) {
      if (/^\s*begin/i.test(query)) this.transactions += 1;
      return;
    }
    this.statements.push(query);
  }

  /** Counts what `work` sends, and returns the statements it sent. */
  async count(work: () => Promise<unknown>): Promise<string[]> {
    this.statements = [];
    this.transactions = 0;
    this.recording = true;
    try {
      await work();
    } finally {
      this.recording = false;
    }
    return this.statements;
  }
}
