import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { diffWords } from '@portal/contracts';

/** Word diff of two texts: removed words struck through (<del>), added ones underlined (<ins>). */
@Component({
  selector: 'portal-text-diff-view',
  template: `
    <p class="diff">
      @for (part of parts(); track $index) {
        @switch (part.kind) {
          @case ('removed') {
            <del
              ><span class="visually-hidden">[entfernt: </span>{{ part.text
              }}<span class="visually-hidden">]</span></del
            >
          }
          @case ('added') {
            <ins
              ><span class="visually-hidden">[neu: </span>{{ part.text
              }}<span class="visually-hidden">]</span></ins
            >
          }
          @default {
            <span>{{ part.text }}</span>
          }
        }
      }
    </p>
  `,
  styles: `
    .diff {
      white-space: pre-wrap;
      margin: 0;
    }
    del {
      background: #fde2e1;
      color: #7a1410;
    }
    ins {
      background: #dff3e2;
      color: #14532d;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextDiffView {
  readonly before = input.required<string>();
  readonly after = input.required<string>();
  protected readonly parts = computed(() => diffWords(this.before(), this.after()));
}
