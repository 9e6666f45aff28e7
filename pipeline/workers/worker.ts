/**
 * A worker thread: prepares chunks of articles (text preparation, extraction, linking) and
 * sends back the rows to store. It never touches the database: writes stay on the main
 * thread's single connection. Started once per run and kept for the whole run, so what
 * `warmUp` loads is loaded once per thread.
 */
import { parentPort } from 'node:worker_threads';
import { runJob, warmUp, dropTexts, type Reply, type Request } from './jobs.js';

const port = parentPort;
if (!port) throw new Error('solieu: pipeline/workers/worker.js runs as a worker thread only');
warmUp();
port.on('message', (req: Request) => {
  // (the keys and the prepared texts are left to the main thread: see Request)
  const outcomes = req.jobs.map((job) => runJob(job, { keys: false }));
  dropTexts(req.jobs, outcomes);
  const reply: Reply = { id: req.id, outcomes };
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies Reply);
