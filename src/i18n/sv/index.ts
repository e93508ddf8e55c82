import { finder } from './finder.js';
import { apply } from '../en/apply.js';

export default { finder, apply };
