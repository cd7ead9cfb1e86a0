/**
 * A picture of the current screen: the DOM drawn to a canvas by
 * modern-screenshot (SVG foreignObject; fonts and images are same-origin, so it
 * works offline), with a band below it that cites the source and the time of
 * extraction, drawn in the page's own font. Elements marked `data-export-skip`
 * (the export buttons, open menus) are left out.
 */
export interface CaptureBand {
  lines: string[];
  /** Drawn in amber when the data are simulated. */
  warning: string | null;
}

const BAND_BG = '#0b1322';
const BAND_TEXT = '#e6ebf3';
const BAND_WARN = '#fbbf24';

/**
 * A cloned <select> shows its first option: the chosen one lives in a property,
 * not in the markup. Mark it in the markup for the time of the capture.
 */
function pinSelectedOptions(root: HTMLElement): () => void {
  const marked: HTMLOptionElement[] = [];
  for (const select of root.querySelectorAll('select')) {
    const option = select.selectedOptions[0];
    if (option && !option.hasAttribute('selected')) {
      option.setAttribute('selected', '');
      marked.push(option);
    }
  }
  return () => {
    for (const option of marked) option.removeAttribute('selected');
  };
}

export async function captureScreen(element: HTMLElement, band: CaptureBand, scale = 1): Promise<HTMLCanvasElement> {
  const { domToCanvas } = await import('modern-screenshot');
  const background = getComputedStyle(document.body).backgroundColor || '#060b15';
  const unpin = pinSelectedOptions(element);
  let shot: HTMLCanvasElement;
  try {
    shot = await domToCanvas(element, {
      scale,
      backgroundColor: background,
      width: element.scrollWidth,
      height: element.scrollHeight,
      filter: (node) => !(node instanceof HTMLElement && node.dataset['exportSkip'] !== undefined),
    });
  } finally {
    unpin();
  }
  const fontPx = Math.round(15 * scale);
  const lineH = Math.round(fontPx * 1.5);
  const lines = band.warning ? [band.warning, ...band.lines] : band.lines;
  const bandH = Math.round(lineH * lines.length + fontPx * 1.2);
  const canvas = document.createElement('canvas');
  canvas.width = shot.width;
  canvas.height = shot.height + bandH;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  ctx.drawImage(shot, 0, 0);
  ctx.fillStyle = BAND_BG;
  ctx.fillRect(0, shot.height, canvas.width, bandH);
  ctx.textBaseline = 'top';
  const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  lines.forEach((text, i) => {
    const isWarning = band.warning !== null && i === 0;
    ctx.font = `${isWarning ? 700 : 400} ${fontPx}px ${family}`;
    ctx.fillStyle = isWarning ? BAND_WARN : BAND_TEXT;
    ctx.fillText(text, Math.round(16 * scale), shot.height + Math.round(fontPx * 0.6) + i * lineH, canvas.width - 32 * scale);
  });
  return canvas;
}

export function canvasBlob(canvas: HTMLCanvasElement, type: 'image/png' | 'image/jpeg', quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`Could not encode ${type}`))), type, quality);
  });
}
