import type { RetryConfig, TapObserver } from 'rxjs/operators';

/** Retry policy shared by every remote call: three tries, 200 ms apart. */
export const remoteRetry: RetryConfig = { count: 3, delay: 200, resetOnSuccess: true };

/** Logs a stream's lifecycle without touching its values. */
export function lifecycleLogger<T>(label: string, log: (line: string) => void = console.log): Partial<TapObserver<T>> {
  return {
    subscribe: () => log(`${label}: subscribed`),
    finalize: () => log(`${label}: done`),
    error: (error: unknown) => log(`${label}: failed (${String(error)})`),
  };
}
