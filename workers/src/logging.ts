import { type Logger, temporalLogger } from '@ruta/log';
import { makeTelemetryFilterString, Runtime } from '@temporalio/worker';

/**
 * Sends the Temporal worker runtime's logs (its own and the core's, forwarded) through Ruta's logger at `level`
 * (WARN by default: the runtime logs every state change at INFO), so activity and workflow task failures are logged
 * with the same redaction as everything else. Returns false when the process already installed a runtime.
 */
export function installTemporalLogging(logger: Logger, level: 'WARN' | 'INFO' | 'DEBUG' = 'WARN'): boolean {
  try {
    Runtime.install({
      logger: temporalLogger(logger.child({ component: 'temporal' }, { level: level.toLowerCase() })),
      telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: level }), forward: {} } },
    });
    return true;
  } catch {
    // Already installed by the embedding process: keep its choice.
    return false;
  }
}
