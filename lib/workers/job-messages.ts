/** What a pool sends its worker thread, and what the thread answers (lib/workers/worker-pool.ts). */
export type JobRequest<In> = { id: number; input: In };
export type JobReply<Out> = { id: number; ok: true; output: Out } | { id: number; ok: false; message: string };
