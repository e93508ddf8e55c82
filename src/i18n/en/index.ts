import { finder } from './finder.js';
import { apply } from './apply.js';

/** The English catalogue, bundled with the elements (every other language is a lazy chunk). */
const en = { finder, apply };
export default en;
