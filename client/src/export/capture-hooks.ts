/**
 * What must change on screen for the time of a picture. A WebGL canvas (the
 * MapLibre map) keeps no pixels once a frame is shown, so a DOM capture sees it
 * blank; a map registers a hook that draws a 2D stand-in and takes it away after.
 */
export type CaptureHook = () => () => void;

const hooks = new Set<CaptureHook>();

export function registerCaptureHook(hook: CaptureHook): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/** Runs every hook; returns one function that undoes them all (in reverse). */
export function prepareCapture(): () => void {
  const undo: (() => void)[] = [];
  for (const hook of hooks) {
    try {
      undo.push(hook());
    } catch {
      // A stand-in that fails leaves the original on screen; the picture is still taken.
    }
  }
  return () => {
    for (const u of undo.reverse()) u();
  };
}
