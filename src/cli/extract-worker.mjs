// Worker bootstrap: registers tsx inside the worker thread, then loads the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
