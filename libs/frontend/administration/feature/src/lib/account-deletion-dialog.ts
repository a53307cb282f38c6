import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { DeletedAccountContentPolicy, FORMER_PERSON_LABEL } from '@portal/contracts';

let nextId = 0;

/** What deleting an account does, in German, for the configured content policy (null: unknown yet). */
export function deletionConsequences(policy: DeletedAccountContentPolicy | null): string[] {
  const content =
    policy === 'delete'
      ? 'Von der Person verfasste Neuigkeiten, Termine, Praxisbeispiele und vorgeschlagene Ressourcen werden samt Kommentaren, Anhängen und Merklisten-Einträgen gelöscht. Ihre Kommentare an anderen Inhalten erscheinen als „gelöscht“.'
      : policy === 'anonymise'
        ? `Von der Person verfasste Inhalte (Neuigkeiten, Termine, Praxisbeispiele, Kommentare, vorgeschlagene Ressourcen) bleiben erhalten und erscheinen unter „${FORMER_PERSON_LABEL}“.`
        : 'Was mit den verfassten Inhalten geschieht, konnte nicht geladen werden (Einstellung ACCOUNT_DELETION_CONTENT).';
  return [
    'Profil, Einstellungen, Benachrichtigungen, Merkliste, Lesevermerke und Bewertungen werden endgültig gelöscht.',
    'Alle Sitzungen enden sofort. Meldet sich die Person erneut an, entsteht ein neues, leeres Konto.',
    content,
    'Kenntnisnahmen und Nutzungszahlen zählen anonym weiter. Das Protokoll vermerkt die Löschung nur mit der Konto-ID.',
    'Die Löschung kann nicht rückgängig gemacht werden.',
  ];
}

/**
 * Confirmation before an account deletion (native modal `<dialog>`: focus stays inside, Escape
 * cancels). Focus starts on „Abbrechen“ — the safe choice — and returns to the opener on close.
 */
@Component({
  selector: 'portal-account-deletion-dialog',
  template: `
    <dialog #dialog [attr.aria-labelledby]="headingId" [attr.aria-describedby]="introId" (close)="closed()">
      <h2 [id]="headingId">{{ heading() }}</h2>
      <p [id]="introId">{{ intro() }}</p>
      <ul class="consequences">
        @for (line of consequences(); track line) {
          <li>{{ line }}</li>
        }
      </ul>
      <div class="actions">
        <button type="button" class="button" autofocus (click)="close()">Abbrechen</button>
        <button type="button" class="button danger" (click)="confirm()">{{ confirmLabel() }}</button>
      </div>
    </dialog>
  `,
  styles: `
    dialog {
      max-width: min(40rem, 92vw);
      border: 1px solid var(--portal-color-border, #767676);
      border-radius: var(--portal-radius, 4px);
      padding: var(--portal-space-5, 1.5rem);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 50%);
    }
    .consequences {
      padding-left: 1.25rem;
    }
    .actions {
      display: flex;
      gap: var(--portal-space-3, 1rem);
      flex-wrap: wrap;
    }
    .danger {
      background: #b00020;
      border-color: #b00020;
      color: #fff;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountDeletionDialog {
  readonly heading = input.required<string>();
  /** One sentence naming whom it concerns (the dialog's description). */
  readonly intro = input.required<string>();
  readonly policy = input<DeletedAccountContentPolicy | null>(null);
  readonly confirmLabel = input('Endgültig löschen');
  /** The administrator confirmed; the dialog is closed already. */
  readonly confirmed = output<void>();

  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private opener: HTMLElement | null = null;
  private restoreFocus = true;

  protected readonly headingId = `portal-account-deletion-${++nextId}`;
  protected readonly introId = `${this.headingId}-intro`;
  protected readonly consequences = computed(() => deletionConsequences(this.policy()));

  open(): void {
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.restoreFocus = true;
    this.dialog().nativeElement.showModal();
  }

  close(): void {
    this.dialog().nativeElement.close();
  }

  protected confirm(): void {
    // The caller moves focus to the outcome (the opener may disappear with the account).
    this.restoreFocus = false;
    this.close();
    this.confirmed.emit();
  }

  protected closed(): void {
    if (this.restoreFocus) this.opener?.focus();
  }
}
