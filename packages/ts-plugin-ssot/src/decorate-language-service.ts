import type * as TS from 'typescript';
import { createProxy } from './create-proxy';
import { getCodeFixesAtPosition } from './language-service/get-code-fixes-at-position';
import { getCombinedCodeFix } from './language-service/get-combined-code-fix';
import { getCompletionEntryDetails } from './language-service/get-completion-entry-details';
import { getCompletionsAtPosition } from './language-service/get-completions-at-position';
import { getSemanticDiagnostics } from './language-service/get-semantic-diagnostics';
import { getSupportedCodeFixes } from './language-service/get-supported-code-fixes';
import type { PluginState } from './plugin-state';

/** The project's language service with ssot's diagnostics, fixes and auto-import steering added. */
export function decorateLanguageService(state: PluginState): TS.LanguageService {
  const proxy = createProxy(state.languageService);
  proxy.wrap('getSemanticDiagnostics', getSemanticDiagnostics(state));
  proxy.wrap('getSupportedCodeFixes', getSupportedCodeFixes(state));
  proxy.wrap('getCodeFixesAtPosition', getCodeFixesAtPosition(state));
  proxy.wrap('getCombinedCodeFix', getCombinedCodeFix(state));
  proxy.wrap('getCompletionsAtPosition', getCompletionsAtPosition(state));
  proxy.wrap('getCompletionEntryDetails', getCompletionEntryDetails(state));
  return proxy.languageService;
}
