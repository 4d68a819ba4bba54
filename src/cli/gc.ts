// A full garbage collection now and then, for long extraction runs: V8 lets the heap of a busy isolate grow well past
// what it holds alive (extraction keeps ~40 MB live, but the heap of a worker drifts towards 150 MB over 75,000
// abstracts), and streaming extraction promises flat memory. `--expose-gc` cannot be passed to a worker thread, so the
// flag is set at run time and the gc function taken from a fresh context. Costs a few ms per call.
import v8 from 'node:v8';
import vm from 'node:vm';

let gcFn: (() => void) | null | undefined;

function getGc(): (() => void) | null {
  if (gcFn !== undefined) return gcFn;
  try {
    v8.setFlagsFromString('--expose-gc');
    gcFn = vm.runInNewContext('gc') as () => void;
  } catch {
    gcFn = null;
  }
  return gcFn;
}

/** Returns a function to call with each piece of work done (in papers): every `every` papers it runs a full collection. */
export function periodicGc(every: number): (done: number) => void {
  let n = 0;
  return (done) => {
    n += done;
    if (n < every) return;
    n = 0;
    getGc()?.();
  };
}
