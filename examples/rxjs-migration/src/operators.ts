// The app's operator kit: re-exports so features import one local module.
export { map } from 'rxjs/operators';
export { mergeMap as flatMapConcurrent, withLatestFrom } from 'rxjs/operators';
