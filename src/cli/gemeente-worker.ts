// A worker thread that reads verordeningen for a comparison across gemeenten,
// one at a time, as the main thread hands them out (gemeenten-lezen.ts). Each
// answer is plain data; the trees of a verordening are garbage once its
// answer is sent.
import { parentPort } from 'node:worker_threads'
import { leesGemeente } from './gemeente-lezen.ts'

const port = parentPort
if (port) {
  port.on('message', async (job: { id: number; map: string }) => {
    try {
      port.postMessage({ id: job.id, ok: true, value: await leesGemeente(job.map) })
    } catch (error) {
      port.postMessage({ id: job.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
    }
  })
}
