export { runCheck, checkNames, requiresTypes, type EngineInput } from './engine';
export { TypeInformationRequiredError } from './errors';
export type { CheckName, Finding, Suggestion, TextEdit } from './finding';
export { messages, formatMessage, messageFor, type MessageId } from './messages';
export { findModuleSites, type ModuleSite, type SiteKind } from './module-sites';
export { clearExportMapCache } from './export-map';
export { traceExport } from './declaration-oracle';
export { findingInputsDigest } from './finding-inputs';
export { getLegacyIndex, type LegacyIndex, type LegacyModule, type CanonicalTarget } from './legacy-index';
