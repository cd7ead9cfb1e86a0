/** A piece of REST-loaded state: its data, or why it is missing. Errors are state, not exceptions. */
export type Loadable<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: T | null; error: string };

export const loading = <T>(previous: T | null = null): Loadable<T> => ({ status: 'loading', data: previous, error: null });
export const ready = <T>(data: T): Loadable<T> => ({ status: 'ready', data, error: null });
export const failed = <T>(error: string, previous: T | null = null): Loadable<T> => ({ status: 'error', data: previous, error });
