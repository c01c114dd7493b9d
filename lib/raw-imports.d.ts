/** Vite's `?raw` imports (the CSL style files of lib/format/citation-styles.ts), for lib's own tsconfig. */
declare module '*?raw' {
  const text: string;
  export default text;
}
