/**
 * The few web-platform globals lib/ uses that every place it runs has (Node for the unit tests, the background's
 * service worker, the pages): URL, TextDecoder, structuredClone. Declared here, minimally, because lib/tsconfig.json
 * leaves out the DOM lib so that `document`, `HTMLElement` and the like do not type-check in lib/. Only lib's own
 * type check reads this file (the root tsconfig excludes it: there the DOM lib declares these).
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly hash: string;
  readonly host: string;
  readonly hostname: string;
  readonly href: string;
  readonly origin: string;
  readonly pathname: string;
  readonly protocol: string;
  readonly search: string;
  readonly searchParams: { get(name: string): string | null; has(name: string): boolean };
  toString(): string;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}

declare function structuredClone<T>(value: T): T;
