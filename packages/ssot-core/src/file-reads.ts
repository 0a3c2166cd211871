import { clearExportMapCache } from './export-map';
import { clearLoadRoutes } from './import-cycles';
import { clearPackageFacts } from './load-order';

/**
 * Forgets what the checks read from files on disk outside a program (export maps, packages' facts, which modules
 * load which), which they otherwise trust for a second: a long-lived host calls it when it learns files changed,
 * so that the next check reads them as a cold run would.
 */
export function forgetFileReads(): void {
  clearExportMapCache();
  clearPackageFacts();
  clearLoadRoutes();
}
