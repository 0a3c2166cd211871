export { docsUrl } from './docs-url';
export { isCheckedSource } from './checked-files';
export { CONFIG_ERROR_CODE, DIAGNOSTIC_SOURCE, diagnosticCodes } from './diagnostic-codes';
export { runCheck, checkNames, requiresTypes, typeChecksHaveWork, governingConfig, type EngineInput } from './engine';
export { loadTypescript7, SUPPORTED_TYPESCRIPT7, Typescript7UnavailableError } from './hosts/typescript7/load-typescript7';
export { openTypescript7Host, Typescript7ProjectError, type Typescript7Host } from './hosts/typescript7/typescript7-host';
export type { MayReport, PassOptions, Typescript7Pass, UnconfirmedResolution } from './hosts/typescript7/read-pass';
export { checksMayReport, type FileFacts, type SpecifierTarget } from './checks-may-report';
export { TypeInformationRequiredError } from './errors';
export type { CheckName, Finding, ImportSubject, Suggestion, TextEdit } from './finding';
export { messages, messageFor, type MessageId } from './messages';
export { findModuleSites, type ModuleSite, type SiteKind } from './module-sites';
export { angularEntryPointOf, packageOf, type AngularEntryPoint, type PackageInfo } from './package-boundary';
export { clearExportMapCache } from './export-map';
export { forgetFileReads } from './file-reads';
export { applyEdits } from './edits/apply-edits';
export { onePassEdits } from './edits/fix-pass';
export { findingsAt } from './findings-at';
export { findingInputsDigest } from './finding-inputs';
export { autoImportExclusions, autoImportKeptOffered, NOT_IN_PROGRAM, type OfferedLegacyModule } from './auto-import-exclusions';
export { getLegacyIndex, type LegacyIndex, type LegacyModule, type CanonicalTarget } from './legacy-index';
export {
  protocolImplementations,
  type ProtocolImplementation,
  type ProtocolImplementations,
} from './checks/single-implementation/implementation-scan';
export type { ImplementationEvidence } from './checks/single-implementation/implementation-evidence';
export type { ProgramScope } from './check-context';
