/** JSON over HTTP with typed errors: a failed request becomes an `HttpError` the UI can show. */

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface ApiErrorBody {
  error?: { code?: string; message?: string };
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { signal: signal ?? null, headers: { accept: 'application/json' } });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new HttpError(0, 'network', `Network error for ${path}`);
  }
  if (!response.ok) {
    let code = `http_${response.status}`;
    let message = `${response.status} ${response.statusText} for ${path}`;
    try {
      const body = (await response.json()) as ApiErrorBody;
      if (body.error?.code) code = body.error.code;
      if (body.error?.message) message = body.error.message;
    } catch {
      // not a JSON error body; keep the status
    }
    throw new HttpError(response.status, code, message);
  }
  return (await response.json()) as T;
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
