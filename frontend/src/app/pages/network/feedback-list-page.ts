import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AccessibilityFeedbackDto } from '@portal/contracts';
import { DateTimePipe } from '@portal/frontend/shared/ui';
import { firstValueFrom } from 'rxjs';
import { NetworkApi } from './network-api';

/** /netzwerk/rueckmeldungen — what people reported through the accessibility statement. */
@Component({
  selector: 'app-feedback-list-page',
  imports: [DateTimePipe],
  template: `
    <h1>Rückmeldungen zur Barrierefreiheit</h1>
    @if (error()) {
      <p role="alert">Die Rückmeldungen konnten nicht geladen werden.</p>
    }
    <ul class="items">
      @for (item of items(); track item.id) {
        <li>
          <p class="meta">
            <time [attr.datetime]="item.createdAt">{{ item.createdAt | portalDateTime }}</time>
            – {{ item.senderName ?? 'ehemalige Person' }}
            @if (item.wantsReply && item.senderEmail) {
              (möchte eine Antwort: <a [href]="'mailto:' + item.senderEmail">{{ item.senderEmail }}</a>)
            }
          </p>
          @if (item.page) {
            <p>Seite: {{ item.page }}</p>
          }
          <p class="message">{{ item.message }}</p>
        </li>
      } @empty {
        <li>Noch keine Rückmeldungen.</li>
      }
    </ul>
    @if (nextCursor()) {
      <button type="button" (click)="load()">Weitere laden</button>
    }
  `,
  styles: `
    .items {
      list-style: none;
      padding: 0;
    }
    .items li {
      border-bottom: 1px solid var(--portal-color-border);
      padding: var(--portal-space-3) 0;
    }
    .meta {
      color: var(--portal-color-text-muted);
    }
    .message {
      white-space: pre-wrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeedbackListPage {
  private readonly api = inject(NetworkApi);
  protected readonly items = signal<AccessibilityFeedbackDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly error = signal(false);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      const page = await firstValueFrom(this.api.feedback(this.nextCursor() ?? undefined));
      this.items.update((items) => [...items, ...page.items]);
      this.nextCursor.set(page.nextCursor);
    } catch {
      this.error.set(true);
    }
  }
}
