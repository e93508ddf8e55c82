import { finder } from './finder.js';
import { apply } from './apply.js';

export default { finder, apply };
