import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { AccessibilityFeedbackRequest, BrowserPaths, ProblemDto } from '@portal/contracts';
import { firstValueFrom } from 'rxjs';

/** Reports a barrier to the coordination (stored, and they are notified). */
@Component({
  selector: 'app-accessibility-feedback-form',
  imports: [FormsModule],
  template: `
    @if (sent()) {
      <p class="status" role="status">Vielen Dank! Ihre Rückmeldung ist bei der Koordination angekommen.</p>
    } @else {
      <form (ngSubmit)="send()" novalidate>
        <div class="field">
          <label for="feedback-page">Wo ist die Barriere? (Seite oder Adresse, freiwillig)</label>
          <input
            id="feedback-page"
            name="page"
            maxlength="300"
            [ngModel]="page()"
            (ngModelChange)="page.set($event)"
          />
        </div>
        <div class="field">
          <label for="feedback-message">Was ist nicht barrierefrei? (Pflichtfeld)</label>
          <textarea
            id="feedback-message"
            name="message"
            rows="6"
            required
            [attr.maxlength]="maxLength()"
            [attr.aria-invalid]="error() ? 'true' : null"
            [attr.aria-describedby]="error() ? 'feedback-error' : null"
            [ngModel]="message()"
            (ngModelChange)="message.set($event)"
          ></textarea>
        </div>
        <div class="field checkbox">
          <input
            id="feedback-reply"
            type="checkbox"
            name="wantsReply"
            [ngModel]="wantsReply()"
            (ngModelChange)="wantsReply.set($event)"
          />
          <label for="feedback-reply"
            >Ich möchte eine Antwort (an meine E-Mail-Adresse aus dem Anmeldedienst).</label
          >
        </div>
        @if (error()) {
          <p id="feedback-error" class="error" role="alert">{{ error() }}</p>
        }
        <button type="submit" [disabled]="busy()">Rückmeldung senden</button>
      </form>
    }
  `,
  styles: `
    form {
      display: grid;
      gap: var(--portal-space-3);
      max-width: 60ch;
    }
    .field {
      display: grid;
      gap: var(--portal-space-1);
    }
    .checkbox {
      display: flex;
      gap: var(--portal-space-2);
      align-items: baseline;
    }
    .error {
      color: var(--portal-color-danger, #a4000f);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessibilityFeedbackForm {
  private readonly http = inject(HttpClient);
  readonly maxLength = input(4000);

  protected readonly page = signal('');
  protected readonly message = signal('');
  protected readonly wantsReply = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);

  protected async send(): Promise<void> {
    const message = this.message().trim();
    if (message.length < 10) {
      this.error.set('Bitte beschreiben Sie die Barriere in mindestens 10 Zeichen.');
      return;
    }
    const body: AccessibilityFeedbackRequest = { message, wantsReply: this.wantsReply() };
    if (this.page().trim()) body.page = this.page().trim();
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.http.post(BrowserPaths.accessibilityFeedback, body));
      this.sent.set(true);
    } catch (error) {
      const problem = error instanceof HttpErrorResponse ? (error.error as Partial<ProblemDto> | null) : null;
      const fields = Object.values(problem?.errors ?? {}).flat();
      this.error.set(fields[0] ?? problem?.detail ?? problem?.title ?? 'Senden ist fehlgeschlagen.');
    } finally {
      this.busy.set(false);
    }
  }
}
