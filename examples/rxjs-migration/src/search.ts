import { Observable, type OperatorFunction } from 'rxjs';
import { debounceTime, distinctUntilChanged, filter, map, switchMap } from 'rxjs/operators';

export type Lookup = (query: string) => Observable<readonly string[]>;

/** Type-ahead: waits for the user to pause, drops repeats, and cancels stale lookups. */
export function typeahead(lookup: Lookup, quietMs = 250): OperatorFunction<string, readonly string[]> {
  return (queries) =>
    queries.pipe(
      map((query) => query.trim()),
      filter((query) => query.length >= 2),
      debounceTime(quietMs),
      distinctUntilChanged(),
      switchMap(lookup),
    );
}
