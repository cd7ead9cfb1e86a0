/** The interface languages and how the first one is chosen (pure, tested). */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The URL's `?lang=` wins over the stored choice; anything unknown falls back to Vietnamese. */
export function pickLang(fromUrl: string | null, fromStorage: string | null): Lang {
  if (isLang(fromUrl)) return fromUrl;
  if (isLang(fromStorage)) return fromStorage;
  return 'vi';
}
