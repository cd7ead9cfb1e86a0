/** The language of the screens. Vietnamese only for now; English will be a second `Messages` object. */
import { vi } from './vi.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';

export const t: Messages = vi;
