import { Subject, of } from 'rxjs';
import { counter, type CounterAction } from './counter.js';
import { flatMapConcurrent, map, withLatestFrom } from './operators.js';
import { resilient } from './resilient.js';
import { typeahead } from './search.js';

const words = ['rxjs', 'rx', 'react', 'redux', 'reason'];
const lookup = (query: string) => resilient('lookup', of(words.filter((word) => word.startsWith(query))));

const queries = new Subject<string>();
const actions = new Subject<CounterAction>();
const total = counter(actions);

// Each batch of suggestions is tagged with the running total of searches so far.
queries
  .pipe(
    typeahead(lookup, 0),
    withLatestFrom(total),
    map(([suggestions, searches]) => `${searches}: ${suggestions.join(', ')}`),
    flatMapConcurrent((line) => of(line.toUpperCase())),
  )
  .subscribe((line) => console.log(line));

for (const query of ['r', 're', 'rx']) {
  actions.next({ kind: 'add', by: 1 });
  queries.next(query);
}
