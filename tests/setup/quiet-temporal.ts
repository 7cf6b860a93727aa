// Temporal's worker runtime logs through Ruta's logger (as the worker and the local stack install it), keeping
// warnings and errors only (it logs every state change at INFO). A test that checks what gets logged sets
// `globalThis.__rutaLogTap` to receive every line; the runtime is installed once per process, so the tap is global.
import { Writable } from 'node:stream';
import { createLogger } from '@ruta/log';
// The subpath, not the package root: this setup also runs for the designer's jsdom tests, which must not load the
// database package.
import { installTemporalLogging } from '@ruta/workers/logging';

declare global {
  var __rutaLogTap: ((line: string) => void) | undefined;
}

const destination = new Writable({
  write(chunk, _encoding, done) {
    const line = chunk.toString();
    if (globalThis.__rutaLogTap) globalThis.__rutaLogTap(line);
    else process.stderr.write(line);
    done();
  },
});

installTemporalLogging(createLogger({ component: 'test', level: 'warn', destination }));
