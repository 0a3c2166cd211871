import type { CheckContext } from '../../check-context';
import type { Finding } from '../../finding';

export function checkSingleImplementation(ctx: CheckContext): Finding[] {
  void ctx;
  return [];
}
