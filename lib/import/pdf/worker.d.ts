/** pdfjs-dist ships no types for its worker module; only its WorkerMessageHandler is used (see cv-pdf.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
