export { ACTIVITY_DEFAULTS, builtinActivityDefaults, customActivityDefaults } from './activities';
export { CODE_INFO, describeDiagnosticCodes } from './codes';
export { compile, nodeReferences } from './compile';
export { outputValueType, wholePlaceholder } from './custom';
export { formatDiagnostics } from './format';
export { syntheticFlow } from './synthetic';
export {
  type CompileOptions,
  type CompileResult,
  type CustomActivitySpec,
  DIAGNOSTIC_CODES,
  type Diagnostic,
  type DiagnosticCode,
  type Severity,
} from './types';
