import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_DELIVERY_LABELS,
  NOTIFICATION_KINDS,
  NotificationDelivery,
  NotificationSettingDto,
} from '@portal/contracts';
import { NotificationsApi } from '@portal/frontend/notifications/data-access';

/**
 * /einstellungen/benachrichtigungen — per kind, how mails arrive. Each kind is one radio group
 * (fieldset with legend); the mails' unsubscribe link points here.
 */
@Component({
  selector: 'portal-notification-settings-page',
  template: `
    <h1>Einstellungen für Benachrichtigungen</h1>
    <p class="intro">
      Im Portal sehen Sie alle Benachrichtigungen. Hier legen Sie fest, ob und wann Sie zusätzlich eine E-Mail
      erhalten. Zusammenfassungen kommen täglich bzw. montags um 7 Uhr.
    </p>

    @if (settings(); as settings) {
      <form (submit)="save($event)">
        <!-- Laid out as a table; each row is a radio group whose radios carry their own labels,
             so the visual header row is hidden from assistive technology. -->
        <div class="table">
          <div class="row head" aria-hidden="true">
            <span>Art</span>
            @for (delivery of deliveries; track delivery) {
              <span>{{ deliveryLabels[delivery] }}</span>
            }
          </div>
          @for (setting of settings; track setting.kind) {
            <fieldset class="row">
              <legend class="kind">
                <strong>{{ kinds[setting.kind].label }}</strong>
                <span class="description">{{ kinds[setting.kind].description }}</span>
              </legend>
              @for (delivery of deliveries; track delivery) {
                <label class="choice">
                  <input
                    type="radio"
                    [name]="setting.kind"
                    [value]="delivery"
                    [checked]="setting.delivery === delivery"
                    (change)="choose(setting, delivery)"
                  />
                  <span class="choice-label">{{ deliveryLabels[delivery] }}</span>
                </label>
              }
            </fieldset>
          }
        </div>
        <button type="submit" class="button" [disabled]="saving()">Speichern</button>
      </form>
    } @else if (status() === 'error') {
      <p class="error" role="alert">Die Einstellungen konnten nicht geladen werden.</p>
    }
    <p class="status" aria-live="polite">{{ message() }}</p>
  `,
  styles: `
    .intro {
      color: var(--portal-color-text-muted);
    }
    .table {
      display: grid;
      gap: 0;
      margin: var(--portal-space-4) 0;
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
      background: var(--portal-color-surface-raised);
    }
    .row {
      display: grid;
      grid-template-columns: minmax(12rem, 2fr) repeat(4, minmax(6rem, 1fr));
      align-items: center;
      gap: var(--portal-space-2);
      margin: 0;
      padding: var(--portal-space-3);
      border: 0;
      border-top: 1px solid var(--portal-color-border);
      min-width: 0;
    }
    .head {
      border-top: 0;
      font-weight: 600;
    }
    .kind {
      /* A floated legend takes part in the grid like any other child. */
      float: left;
      display: flex;
      flex-direction: column;
      padding: 0;
    }
    .description {
      color: var(--portal-color-text-muted);
      font-size: 0.875rem;
    }
    .choice {
      display: inline-flex;
      align-items: center;
      gap: var(--portal-space-2);
      min-height: 2.75rem;
      cursor: pointer;
    }
    .choice input {
      width: 1.25rem;
      height: 1.25rem;
    }
    @media (min-width: 48rem) {
      .choice-label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
    @media (max-width: 47.99rem) {
      .row {
        grid-template-columns: 1fr;
      }
      .head {
        display: none;
      }
    }
    .button {
      min-height: 2.75rem;
      padding: 0 var(--portal-space-4);
      border: 0;
      border-radius: var(--portal-radius);
      background: var(--portal-color-brand);
      color: #fff;
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .error {
      color: var(--portal-color-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationSettingsPage {
  private readonly api = inject(NotificationsApi);

  protected readonly kinds = NOTIFICATION_KINDS;
  protected readonly deliveries = NOTIFICATION_DELIVERIES;
  protected readonly deliveryLabels = NOTIFICATION_DELIVERY_LABELS;
  protected readonly settings = signal<NotificationSettingDto[] | null>(null);
  protected readonly status = signal<'loading' | 'idle' | 'error'>('loading');
  protected readonly saving = signal(false);
  protected readonly message = signal('');

  constructor() {
    this.api.settings().subscribe({
      next: (response) => {
        this.settings.set(response.settings);
        this.status.set('idle');
      },
      error: () => this.status.set('error'),
    });
  }

  protected choose(setting: NotificationSettingDto, delivery: NotificationDelivery): void {
    this.settings.update((settings) =>
      (settings ?? []).map((item) => (item.kind === setting.kind ? { ...item, delivery } : item)),
    );
    this.message.set('');
  }

  protected save(event: Event): void {
    event.preventDefault();
    const settings = this.settings();
    if (!settings) return;
    this.saving.set(true);
    this.message.set('Wird gespeichert …');
    this.api.saveSettings({ settings }).subscribe({
      next: (response) => {
        this.settings.set(response.settings);
        this.saving.set(false);
        this.message.set('Ihre Einstellungen für Benachrichtigungen wurden gespeichert.');
      },
      error: () => {
        this.saving.set(false);
        this.message.set(
          'Die Einstellungen konnten nicht gespeichert werden. Bitte versuchen Sie es erneut.',
        );
      },
    });
  }
}
