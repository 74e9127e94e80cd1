// A piscina worker thread that draws share cards (see share-card-render.ts): it receives a card's
// element tree and answers with the PNG's bytes.
import { drawCardPng } from './share-card-draw.mjs';

/** @param {{ tree: unknown; width: number; height: number }} task */
export default function drawCardTask({ tree, width, height }) {
  return drawCardPng(tree, width, height);
}
