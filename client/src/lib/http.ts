/** JSON over HTTP with typed errors: a failed request becomes an `HttpError` the UI can show. */

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The server's field-by-field reasons of a 400 (docs/api.md). */
    readonly details: readonly { field: string; reason: string }[] = [],
  ) {
    super(message);
  }
}

interface ApiErrorBody {
  error?: { code?: string; message?: string; details?: { field: string; reason: string }[] };
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { signal: signal ?? null, headers: { accept: 'application/json' } }, signal);
}

/**
 * A write with a JSON body (or a binary one, e.g. an XLSX file, with its content type).
 * The session cookie goes with it (same origin); a 204 answer resolves to undefined.
 */
export async function sendJson<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, contentType?: string): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { ...init.headers, 'content-type': contentType ?? 'application/json' };
    init.body = contentType ? (body as BodyInit) : JSON.stringify(body);
  }
  return request<T>(path, init);
}

async function request<T>(path: string, init: RequestInit, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new HttpError(0, 'network', `Network error for ${path}`);
  }
  if (!response.ok) {
    let code = `http_${response.status}`;
    let message = `${response.status} ${response.statusText} for ${path}`;
    let details: { field: string; reason: string }[] = [];
    try {
      const body = (await response.json()) as ApiErrorBody;
      if (body.error?.code) code = body.error.code;
      if (body.error?.message) message = body.error.message;
      if (Array.isArray(body.error?.details)) details = body.error.details;
    } catch {
      // not a JSON error body; keep the status
    }
    const error = new HttpError(response.status, code, message, details);
    for (const listener of unauthenticatedListeners) if (response.status === 401) listener(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

const unauthenticatedListeners = new Set<(error: HttpError) => void>();

/** Called on every 401 (no session, or it expired after inactivity): the app sends the user to sign in. */
export function onUnauthenticated(listener: (error: HttpError) => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** A short, stable description of any error, for state and logs. */
export function errorCode(err: unknown): string {
  if (err instanceof HttpError) return err.status ? `${err.code} (${err.status})` : err.code;
  if (err instanceof Error) return err.name === 'AbortError' ? 'aborted' : err.message;
  return String(err);
}

export function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}
