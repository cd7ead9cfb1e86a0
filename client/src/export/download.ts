/** Saves a blob under a name, through a temporary object URL (revoked once the browser has it). */
import { clock } from '../lib/clock.js';

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  clock().setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
