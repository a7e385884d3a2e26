/// <reference types="astro/client" />
// Vite query imports used by the lazy editor.
declare module 'monaco-editor-css?inline' {
  const css: string;
  export default css;
}
