import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

export type MarkdownFormat = 'bold' | 'italic' | 'heading' | 'bullets' | 'numbers' | 'quote' | 'link';

export interface TextEdit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

const INLINE: Partial<Record<MarkdownFormat, [string, string, string]>> = {
  bold: ['**', '**', 'fetter Text'],
  italic: ['*', '*', 'kursiver Text'],
  link: ['[', '](https://)', 'Linktext'],
};
const LINE_PREFIX: Partial<Record<MarkdownFormat, (index: number) => string>> = {
  heading: () => '## ',
  bullets: () => '- ',
  numbers: (index) => `${index + 1}. `,
  quote: () => '> ',
};

/**
 * Applies a format to the selected text (or a placeholder when nothing is selected) and returns
 * the new text with the selection on the formatted words, so typing continues naturally.
 */
export function applyMarkdownFormat(edit: TextEdit, format: MarkdownFormat): TextEdit {
  const { text, selectionStart: start, selectionEnd: end } = edit;
  const inline = INLINE[format];
  if (inline) {
    const [before, after, placeholder] = inline;
    const selected = text.slice(start, end) || placeholder;
    return {
      text: text.slice(0, start) + before + selected + after + text.slice(end),
      selectionStart: start + before.length,
      selectionEnd: start + before.length + selected.length,
    };
  }
  const prefix = LINE_PREFIX[format] ?? (() => '');
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndIndex = text.indexOf('\n', Math.max(end - (end > start ? 1 : 0), start));
  const lineEnd = lineEndIndex === -1 ? text.length : lineEndIndex;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const formatted = lines.map((line, index) => prefix(index) + line).join('\n');
  return {
    text: text.slice(0, lineStart) + formatted + text.slice(lineEnd),
    selectionStart: lineStart,
    selectionEnd: lineStart + formatted.length,
  };
}

const BUTTONS: { format: MarkdownFormat; label: string; symbol: string }[] = [
  { format: 'bold', label: 'Fett', symbol: 'F' },
  { format: 'italic', label: 'Kursiv', symbol: 'K' },
  { format: 'heading', label: 'Zwischenüberschrift', symbol: 'H' },
  { format: 'bullets', label: 'Aufzählung', symbol: '•' },
  { format: 'numbers', label: 'Nummerierte Liste', symbol: '1.' },
  { format: 'quote', label: 'Zitat', symbol: '„“' },
  { format: 'link', label: 'Link', symbol: '🔗' },
];

/**
 * A small formatting toolbar for a Markdown textarea (WAI-ARIA toolbar: one tab stop, arrow keys
 * move between buttons). It edits the textarea's text and reports the new value.
 */
@Component({
  selector: 'portal-markdown-toolbar',
  template: `
    <div class="toolbar" role="toolbar" [attr.aria-label]="label()" [attr.aria-controls]="target().id">
      @for (button of buttons; track button.format; let first = $first) {
        <button
          type="button"
          class="tool"
          [attr.aria-label]="button.label"
          [title]="button.label"
          [tabIndex]="first ? 0 : -1"
          (click)="format(button.format)"
          (keydown)="move($event)"
        >
          <span aria-hidden="true">{{ button.symbol }}</span>
        </button>
      }
    </div>
  `,
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-1);
      margin-bottom: var(--portal-space-1);
    }
    .tool {
      min-width: 2.75rem;
      min-height: 2.75rem;
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
      background: var(--portal-color-surface-raised);
      color: var(--portal-color-text);
      font: inherit;
      font-weight: 700;
      cursor: pointer;
    }
    .tool:focus-visible {
      outline: 3px solid var(--portal-color-brand);
      outline-offset: 2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarkdownToolbar {
  readonly target = input.required<HTMLTextAreaElement>();
  readonly label = input('Textformatierung');
  /** The textarea's new text (the caller writes it into its form control). */
  readonly edited = output<string>();

  protected readonly buttons = BUTTONS;

  protected format(format: MarkdownFormat): void {
    const textarea = this.target();
    const result = applyMarkdownFormat(
      { text: textarea.value, selectionStart: textarea.selectionStart, selectionEnd: textarea.selectionEnd },
      format,
    );
    textarea.value = result.text;
    this.edited.emit(result.text);
    textarea.focus();
    textarea.setSelectionRange(result.selectionStart, result.selectionEnd);
  }

  /** Roving tab index: arrow keys, Home and End move the focus inside the toolbar. */
  protected move(event: KeyboardEvent): void {
    const tools = Array.from(
      (event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('.tool'),
    );
    const current = tools.indexOf(event.target as HTMLButtonElement);
    const next =
      event.key === 'ArrowRight'
        ? (current + 1) % tools.length
        : event.key === 'ArrowLeft'
          ? (current - 1 + tools.length) % tools.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tools.length - 1
              : -1;
    if (next < 0 || current < 0) return;
    event.preventDefault();
    tools.forEach((tool, index) => (tool.tabIndex = index === next ? 0 : -1));
    tools[next]?.focus();
  }
}
