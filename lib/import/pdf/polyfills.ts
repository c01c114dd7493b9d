/**
 * pdfjs-dist 6 calls `Promise.withResolvers` (ES2024), which Node 20 and Firefox ESR 115 lack; its legacy build
 * polyfills everything else it needs. Imported before pdfjs so the method exists when pdfjs's modules evaluate.
 */
interface PromiseWithResolversPolyfill {
  withResolvers?: <T>() => { promise: Promise<T>; resolve: (value: T) => void; reject: (reason?: unknown) => void };
}

const PromiseCtor = Promise as unknown as PromiseWithResolversPolyfill;
if (typeof PromiseCtor.withResolvers !== 'function') {
  PromiseCtor.withResolvers = <T>() => {
    let resolve!: (value: T) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

export {};
