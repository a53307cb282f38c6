import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { ALL_ROLES, ROLE_LABELS, ROLE_OVERRIDE_LIMITS, Role, UserAdminDetailDto } from '@portal/contracts';
import { AdminUsersApi } from '@portal/frontend/administration/data-access';
import { DateTimePipe } from '@portal/frontend/shared/ui';
import { problemMessage } from '@portal/frontend/shared/util';
import { catchError, map, of, switchMap } from 'rxjs';
import { AccountDeletionDialog } from './account-deletion-dialog';
import { AdministrationNav } from './administration-nav';

/**
 * /verwaltung/nutzer/:id — one person: roles from the identity provider, local overrides with
 * end and reason (granted and revoked here), deactivation, which ends their sessions at once, and
 * deletion of the account after a confirmation that states the consequences.
 */
@Component({
  selector: 'portal-user-detail-page',
  imports: [AdministrationNav, DateTimePipe, RouterLink, AccountDeletionDialog],
  templateUrl: './user-detail-page.html',
  styleUrl: './user-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserDetailPage {
  /** Route parameter, bound by `withComponentInputBinding()`. */
  readonly id = input.required<string>();

  private readonly api = inject(AdminUsersApi);
  private readonly loaded = toSignal(
    toObservable(this.id).pipe(switchMap((id) => this.api.detail(id).pipe(catchError(() => of(null))))),
    { initialValue: undefined },
  );
  private readonly changed = signal<UserAdminDetailDto | null>(null);

  protected readonly roles = ALL_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly reasonMax = ROLE_OVERRIDE_LIMITS.reason;
  protected readonly user = computed(() => {
    const changed = this.changed();
    return changed && changed.id === this.id() ? changed : this.loaded();
  });
  /** What deleting does to authored content (ACCOUNT_DELETION_CONTENT); null until known. */
  protected readonly deletionPolicy = toSignal(
    this.api.deletionPolicy().pipe(
      map((policy) => policy.contentPolicy),
      catchError(() => of(null)),
    ),
    { initialValue: null },
  );
  private readonly deletionDialog = viewChild(AccountDeletionDialog);
  private readonly outcomeHeading = viewChild<ElementRef<HTMLElement>>('outcome');
  /** Name of the person whose account was just deleted (the page then shows only that). */
  protected readonly deletedName = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly message = signal('');
  protected readonly formError = signal('');

  protected labels(roles: readonly Role[]): string {
    return roles.length > 0 ? roles.map((role) => ROLE_LABELS[role]).join(', ') : 'keine';
  }

  protected grant(event: Event, role: string, expires: string, reason: string): void {
    event.preventDefault();
    this.formError.set('');
    const expiresAt = new Date(expires);
    if (!expires || Number.isNaN(expiresAt.getTime())) {
      this.formError.set('Bitte geben Sie an, bis wann die Rolle gelten soll.');
      return;
    }
    if (!reason.trim()) {
      this.formError.set('Bitte geben Sie einen Grund an.');
      return;
    }
    this.run(
      this.api.grant(this.id(), {
        role: role as Role,
        reason: reason.trim(),
        expiresAt: expiresAt.toISOString(),
      }),
      `Die Rolle „${ROLE_LABELS[role as Role]}“ wurde befristet vergeben.`,
      true,
    );
  }

  protected revoke(overrideId: string, role: Role): void {
    this.run(
      this.api.revoke(this.id(), overrideId),
      `Die Rolle „${ROLE_LABELS[role]}“ wurde entzogen.`,
      false,
    );
  }

  protected setActive(active: boolean): void {
    this.run(
      this.api.setActive(this.id(), active),
      active ? 'Das Konto wurde reaktiviert.' : 'Das Konto wurde deaktiviert; alle Sitzungen sind beendet.',
      false,
    );
  }

  protected askDelete(): void {
    this.message.set('');
    this.deletionDialog()?.open();
  }

  protected deleteAccount(name: string): void {
    this.busy.set(true);
    this.message.set('');
    this.api.deleteAccount(this.id()).subscribe({
      next: () => {
        this.busy.set(false);
        this.deletedName.set(name);
        // The buttons are gone with the account: focus moves to the outcome.
        setTimeout(() => this.outcomeHeading()?.nativeElement.focus());
      },
      error: (error: unknown) => {
        this.message.set(problemMessage(error, 'Das Konto konnte nicht gelöscht werden.'));
        this.busy.set(false);
      },
    });
  }

  private run(request: ReturnType<AdminUsersApi['detail']>, success: string, isForm: boolean): void {
    this.busy.set(true);
    this.message.set('');
    request.subscribe({
      next: (user) => {
        this.changed.set(user);
        this.message.set(success);
        this.busy.set(false);
      },
      error: (error: unknown) => {
        const text = problemMessage(error, 'Die Änderung konnte nicht gespeichert werden.');
        if (isForm) this.formError.set(text);
        else this.message.set(text);
        this.busy.set(false);
      },
    });
  }
}
