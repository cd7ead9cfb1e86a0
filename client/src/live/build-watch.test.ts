import { describe, expect, it } from 'vitest';
import { createBuildWatch } from './build-watch.js';

describe('createBuildWatch', () => {
  it('reloads once when the build changes, never for the first or the same build', () => {
    let reloads = 0;
    const watch = createBuildWatch(() => reloads++);
    watch('abc');
    watch('abc');
    expect(reloads).toBe(0);
    watch('def');
    watch('ghi');
    expect(reloads).toBe(1);
  });
});
