import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { IDENTITY_GONE_MAX_SUBJECTS, IdentityGoneResultDto } from '@portal/contracts';
import { AdminUsersApi } from '@portal/frontend/administration/data-access';
import { problemMessage } from '@portal/frontend/shared/util';
import { catchError, map, of } from 'rxjs';
import { AccountDeletionDialog } from './account-deletion-dialog';

/** One identifier per line (commas and blanks separate too); duplicates once. */
export function parseSubjects(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((subject) => subject.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The identity provider's list of accounts that no longer exist there (e.g. from a Keycloak
 * admin-event export): pasted here, confirmed, deleted; the outcome lists what was deleted and
 * which identifiers the portal did not know.
 */
@Component({
  selector: 'portal-identity-gone-section',
  imports: [AccountDeletionDialog],
  template: `
    <section aria-labelledby="identitaet-weg">
      <h2 id="identitaet-weg">Beim Anmeldedienst gelöschte Konten</h2>
      <p id="identitaet-weg-hinweis">
        Meldet der Anmeldedienst Konten als gelöscht, fügen Sie hier deren Kennungen („sub“) ein – eine je
        Zeile, höchstens {{ max }}. Die Konten werden im Portal gelöscht; unbekannte Kennungen werden
        übersprungen.
      </p>
      <form (submit)="ask($event)">
        <div class="field">
          <label for="identitaet-weg-kennungen">Kennungen (sub) des Anmeldedienstes</label>
          <textarea
            id="identitaet-weg-kennungen"
            #subjectsField
            rows="5"
            aria-describedby="identitaet-weg-hinweis"
            [attr.aria-invalid]="formError() ? 'true' : null"
            [attr.aria-errormessage]="formError() ? 'identitaet-weg-fehler' : null"
            (input)="text.set(subjectsField.value)"
          ></textarea>
        </div>
        @if (formError(); as error) {
          <p id="identitaet-weg-fehler" class="error" role="alert">{{ error }}</p>
        }
        <button type="submit" class="button danger" [disabled]="busy()">Konten löschen …</button>
      </form>
      <portal-account-deletion-dialog
        [heading]="subjectCount() === 1 ? '1 Konto löschen?' : subjectCount() + ' Konten löschen?'"
        [intro]="
          'Alle Konten im Portal, die zu den ' +
          subjectCount() +
          ' eingegebenen Kennungen gehören, werden gelöscht. Für jedes bedeutet das:'
        "
        [policy]="policy()"
        confirmLabel="Konten endgültig löschen"
        (confirmed)="submit()"
      />

      @if (result(); as result) {
        <h3 id="identitaet-weg-ergebnis" #outcome tabindex="-1">Ergebnis</h3>
        <p role="status">
          {{ result.deleted.length === 1 ? '1 Konto' : result.deleted.length + ' Konten' }} gelöscht,
          {{ result.unknown.length === 1 ? '1 Kennung' : result.unknown.length + ' Kennungen' }} im Portal
          unbekannt.
        </p>
        @if (result.deleted.length > 0) {
          <h4>Gelöschte Konten (Kennung)</h4>
          <ul data-testid="identity-gone-deleted">
            @for (subject of result.deleted; track subject) {
              <li>
                <code>{{ subject }}</code>
              </li>
            }
          </ul>
        }
        @if (result.unknown.length > 0) {
          <h4>Im Portal unbekannt</h4>
          <ul data-testid="identity-gone-unknown">
            @for (subject of result.unknown; track subject) {
              <li>
                <code>{{ subject }}</code>
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    section {
      margin-top: var(--portal-space-5, 2rem);
    }
    .field {
      display: grid;
      gap: var(--portal-space-1);
      max-width: 32rem;
      margin-bottom: var(--portal-space-3);
    }
    textarea {
      padding: var(--portal-space-1) var(--portal-space-2);
      font: inherit;
    }
    .error {
      color: #b00020;
    }
    .danger {
      background: #b00020;
      border-color: #b00020;
      color: #fff;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdentityGoneSection {
  private readonly api = inject(AdminUsersApi);
  private readonly dialog = viewChild.required(AccountDeletionDialog);
  private readonly field = viewChild.required<ElementRef<HTMLTextAreaElement>>('subjectsField');
  private readonly outcome = viewChild<ElementRef<HTMLElement>>('outcome');

  protected readonly max = IDENTITY_GONE_MAX_SUBJECTS;
  protected readonly policy = toSignal(
    this.api.deletionPolicy().pipe(
      map((policy) => policy.contentPolicy),
      catchError(() => of(null)),
    ),
    { initialValue: null },
  );
  protected readonly text = signal('');
  protected readonly subjects = computed(() => parseSubjects(this.text()));
  protected readonly subjectCount = computed(() => this.subjects().length);
  protected readonly busy = signal(false);
  protected readonly formError = signal('');
  protected readonly result = signal<IdentityGoneResultDto | null>(null);

  protected ask(event: Event): void {
    event.preventDefault();
    this.formError.set('');
    const count = this.subjectCount();
    if (count === 0) this.formError.set('Bitte geben Sie mindestens eine Kennung ein.');
    else if (count > this.max) this.formError.set(`Höchstens ${this.max} Kennungen auf einmal.`);
    else if (this.subjects().some((subject) => subject.length > 255))
      this.formError.set('Jede Kennung hat höchstens 255 Zeichen.');
    if (this.formError()) {
      this.field().nativeElement.focus();
      return;
    }
    this.dialog().open();
  }

  protected submit(): void {
    this.busy.set(true);
    this.api.identityGone(this.subjects()).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.result.set(result);
        this.field().nativeElement.value = '';
        this.text.set('');
        setTimeout(() => this.outcome()?.nativeElement.focus());
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.formError.set(problemMessage(error, 'Die Konten konnten nicht gelöscht werden.'));
        this.field().nativeElement.focus();
      },
    });
  }
}
