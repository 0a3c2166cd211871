export { main } from './main';
export { runAudit, type AuditOptions, type AuditRun } from './audit/run-audit';
export { evaluateRatchet } from './ratchet';
export type * from './report/audit-report';
