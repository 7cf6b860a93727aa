import { describe, expect, it } from 'vitest';
import { tracesExporterFromEnv } from './tracing';

describe('tracesExporterFromEnv', () => {
  it('is off when no OTEL_ variable asks for traces', () => {
    expect(tracesExporterFromEnv({})).toBe('none');
    expect(tracesExporterFromEnv({ OTEL_SERVICE_NAME: 'ruta-api' })).toBe('none');
  });

  it('exports over OTLP when an endpoint is given, or when asked by name', () => {
    expect(tracesExporterFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toBe('otlp');
    expect(tracesExporterFromEnv({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' })).toBe('otlp');
    expect(tracesExporterFromEnv({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe('otlp');
    expect(tracesExporterFromEnv({ OTEL_TRACES_EXPORTER: ' Console ' })).toBe('console');
    expect(tracesExporterFromEnv({ OTEL_TRACES_EXPORTER: 'none,otlp' })).toBe('otlp');
  });

  it('stays off when told so, even with an endpoint', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' };
    expect(tracesExporterFromEnv({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' })).toBe('none');
    expect(tracesExporterFromEnv({ ...endpoint, OTEL_SDK_DISABLED: 'true' })).toBe('none');
  });

  it('names the variable and the choices when the exporter is not one Ruta ships', () => {
    expect(() => tracesExporterFromEnv({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(
      /OTEL_TRACES_EXPORTER="zipkin" is not supported: use otlp .*console or none/,
    );
  });
});
