/**
 * One REST query per key: a new key aborts the request in flight (its answer
 * can never land late), and the last data stay available while the next load.
 * State is set only from the request's callbacks.
 */
import { useEffect, useState } from 'react';
import { errorCode, isAbort } from './http.js';

export type QueryState<T> = { status: 'loading'; data: T | null; error: null } | { status: 'ready'; data: T; error: null } | { status: 'error'; data: T | null; error: string };

interface Result<T> {
  key: string | null;
  data: T | null;
  error: string | null;
}

export function useQuery<T>(key: string, run: (signal: AbortSignal) => Promise<T>): QueryState<T> {
  const [result, setResult] = useState<Result<T>>({ key: null, data: null, error: null });
  useEffect(() => {
    const controller = new AbortController();
    run(controller.signal).then(
      (data) => setResult({ key, data, error: null }),
      (err: unknown) => {
        if (!isAbort(err)) setResult((r) => ({ key, data: r.data, error: errorCode(err) }));
      },
    );
    return () => controller.abort();
    // `key` stands for everything `run` reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (result.key !== key) return { status: 'loading', data: result.data, error: null };
  if (result.error !== null) return { status: 'error', data: result.data, error: result.error };
  return { status: 'ready', data: result.data as T, error: null };
}
