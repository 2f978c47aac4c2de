export async function register() {
  // instrumentation is also compiled for the Edge runtime; the startup code needs Node APIs.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./lib/startup");
    await startServer();
  }
}
