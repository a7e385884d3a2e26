// The code editor, loaded only when a learner presses "Edit" (this whole module is a dynamic
// import: Monaco is about 1 MB gzip and would otherwise cost every page its load time).
// Pitfalls handled (see the toolchain notes): Monaco 0.57's ESM entry points, its CSS inlined
// with `?inline` through a Vite alias, and an explicit worker so Vite does not inline a broken one.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/gotoError/register';
// Ctrl+M (Ctrl+Shift+M on macOS): Tab moves focus instead of indenting, as Monaco documents; the
// command exists only when this contribution is loaded.
import 'monaco-editor/features/toggleTabFocusMode/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import css from 'monaco-editor-css?inline';

export interface Diagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine?: number | undefined;
  readonly endColumn?: number | undefined;
  readonly message: string;
}

export interface CodeEditor {
  getValue(): string;
  setDiagnostics(source: 'syntax' | 'run', diagnostics: readonly Diagnostic[]): void;
  focus(): void;
  dispose(): void;
}

let prepared = false;
function prepare(): void {
  if (prepared) return;
  prepared = true;
  (self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
    getWorker: () => new EditorWorker(),
  };
  const style = document.createElement('style');
  style.dataset.monaco = '';
  style.textContent = css;
  document.head.append(style);
}

function isDark(): boolean {
  const set = document.documentElement.dataset.theme;
  if (set) return set === 'dark';
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function createEditor(
  container: HTMLElement,
  options: {
    value: string;
    label: string;
    onRun: () => void;
    onChange: (source: string) => void;
    /** Esc with no suggestion, find or hover widget open: the page moves focus out of the editor. */
    onEscape: () => void;
  },
): CodeEditor {
  prepare();
  const editor = monaco.editor.create(container, {
    value: options.value,
    language: 'python',
    theme: isDark() ? 'vs-dark' : 'vs',
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    tabSize: 4,
    insertSpaces: true,
    // Wrap like the static code it replaces (code-wrap.ts): no sideways scrolling on a phone,
    // and a continued line indented past its start so it does not read as a new statement.
    wordWrap: 'on',
    wrappingIndent: 'indent',
    lineNumbersMinChars: 3,
    ariaLabel: options.label,
    // Tab moves focus out after Ctrl+M, as Monaco documents; say so in the help text.
    tabFocusMode: false,
    accessibilitySupport: 'auto',
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, options.onRun);
  // WCAG 2.1.2: a keyboard user can always leave. Esc first closes Monaco's own widgets (their
  // context keys keep this command out of the way), then leaves the editor.
  editor.addCommand(
    monaco.KeyCode.Escape,
    options.onEscape,
    '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !markersNavigationVisible && !renameInputVisible',
  );
  editor.onDidChangeModelContent(() => options.onChange(editor.getValue()));
  const theme = new MutationObserver(() => monaco.editor.setTheme(isDark() ? 'vs-dark' : 'vs'));
  theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  const markers = new Map<string, monaco.editor.IMarkerData[]>();
  return {
    getValue: () => editor.getValue(),
    focus: () => editor.focus(),
    setDiagnostics(source, diagnostics) {
      const model = editor.getModel();
      if (!model) return;
      markers.set(
        source,
        diagnostics.map((d) => ({
          severity: monaco.MarkerSeverity.Error,
          message: d.message,
          startLineNumber: d.line,
          startColumn: d.column,
          endLineNumber: d.endLine ?? d.line,
          endColumn:
            d.endColumn ?? Math.max(d.column + 1, model.getLineMaxColumn(Math.min(d.line, model.getLineCount()))),
        })),
      );
      monaco.editor.setModelMarkers(model, 'python', [...markers.values()].flat());
    },
    dispose() {
      theme.disconnect();
      editor.getModel()?.dispose();
      editor.dispose();
    },
  };
}
