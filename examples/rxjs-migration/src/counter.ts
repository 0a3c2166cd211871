import { scan, startWith } from 'rxjs/operators';
import type { Observable } from 'rxjs';

export type CounterAction = { readonly kind: 'add'; readonly by: number } | { readonly kind: 'reset' };

/** A running total that starts at zero, before the first action arrives. */
export function counter(actions: Observable<CounterAction>): Observable<number> {
  return actions.pipe(
    scan((total, action) => (action.kind === 'reset' ? 0 : total + action.by), 0),
    startWith(0),
  );
}
