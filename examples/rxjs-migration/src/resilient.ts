import { EMPTY, type Observable } from 'rxjs';
import { catchError, retry, take, tap } from 'rxjs/operators';
import { lifecycleLogger, remoteRetry } from './retry-policy.js';

/** Wraps a remote call: bounded retries, one value at most, and silence instead of an error. */
export function resilient<T>(label: string, call: Observable<T>): Observable<T> {
  return call.pipe(
    tap(lifecycleLogger<T>(label)),
    retry(remoteRetry),
    take(1),
    catchError(() => EMPTY),
  );
}
