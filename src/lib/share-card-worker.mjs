// A worker thread that draws share cards (see share-card-render.ts): it receives a card's element
// tree and answers with its pixels, handing the buffer over rather than copying it.
import { parentPort } from 'node:worker_threads';
import { drawCard } from './share-card-draw.mjs';

parentPort?.on('message', async ({ id, tree, width, height }) => {
  try {
    const drawn = await drawCard(tree, width, height);
    parentPort?.postMessage({ id, ...drawn }, [drawn.pixels.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
