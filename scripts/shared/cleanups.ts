/**
 * What a command-line tool must undo however it ends (stop the server it started, restart the
 * database it stopped, drop its scratch database): a stack run newest first, once, on the normal
 * way out and on Ctrl-C alike. One failing step is reported and the rest still run, so a server
 * that will not stop does not leave a database behind.
 */
export class Cleanups {
  private readonly steps: { label: string; run: () => Promise<void> }[] = [];
  private running: Promise<void> | undefined;

  push(label: string, run: () => Promise<void>): void {
    this.steps.push({ label, run });
  }

  /** True once cleaning up has begun: a request failing after that is the server going away, not news. */
  get started(): boolean {
    return this.running !== undefined;
  }

  /** Runs every step, newest first; a second call (Ctrl-C during the normal way out) waits for the first. */
  run(): Promise<void> {
    this.running ??= (async () => {
      for (const { label, run } of this.steps.splice(0).reverse()) {
        try {
          await run();
        } catch (error) {
          console.error(`cleanup (${label}) failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    })();
    return this.running;
  }

  /** On SIGINT or SIGTERM: say what is being undone (if `saying`), undo it, exit 130. */
  runOnInterrupt(saying?: (signal: NodeJS.Signals) => string): void {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        if (saying) console.error(saying(signal));
        void this.run().then(() => process.exit(130));
      });
    }
  }

  /**
   * The way out of every bench and load command: runs `main`, then every cleanup, and exits with
   * main's code (1 if it threw). An error after cleaning began is a request cut off by Ctrl-C, not news.
   */
  async exitAfter(main: () => Promise<number>): Promise<never> {
    const code = await main().catch((error: unknown) => {
      if (!this.started) console.error(error);
      return 1;
    });
    await this.run();
    process.exit(code);
  }
}
