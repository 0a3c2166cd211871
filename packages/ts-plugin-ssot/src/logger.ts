import type * as TS from 'typescript';

/** Writes to tsserver's log (the file `typescript.tsserver.log` points at), every line tagged with the plugin. */
export interface PluginLogger {
  info(message: string): void;
  /** An exception the plugin caught and recovered from: which method, and the error with its stack. */
  error(where: string, error: unknown): void;
  /**
   * How long the plugin's own part of a request took, when tsserver logs request times (`--logVerbosity
   * requestTime` or `verbose`): a "Perf" line beside tsserver's own elapsed time of the request.
   */
  timing(where: string, ms: number): void;
  /** Whether tsserver logs request times: only then does the plugin time its part of a request. */
  readonly timesRequests: boolean;
}

const PREFIX = '[ts-plugin-ssot]';

export function createLogger(ts: typeof TS, info: TS.server.PluginCreateInfo): PluginLogger {
  const logger = info.project.projectService.logger;
  return {
    info(message) {
      logger.info(`${PREFIX} ${message}`);
    },
    error(where, error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      logger.msg(`${PREFIX} ${where} failed; returning TypeScript's own result. ${detail}`, ts.server.Msg.Err);
    },
    timing(where, ms) {
      logger.perftrc(`${PREFIX} ${where}: ${ms.toFixed(3)} ms`);
    },
    // tsserver's log level is set when it starts, and never changes. (A host's logger may lack the methods.)
    timesRequests:
      typeof logger.perftrc === 'function' &&
      typeof logger.hasLevel === 'function' &&
      logger.hasLevel(ts.server.LogLevel.requestTime),
  };
}
