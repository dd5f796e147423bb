export { foldText } from '../../domain/text-keys.js';
