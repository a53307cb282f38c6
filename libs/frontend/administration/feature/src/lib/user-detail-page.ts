import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { ALL_ROLES, ROLE_LABELS, ROLE_OVERRIDE_LIMITS, Role, UserAdminDetailDto } from '@portal/contracts';
import { AdminUsersApi } from '@portal/frontend/administration/data-access';
import { DateTimePipe } from '@portal/frontend/shared/ui';
import { problemMessage } from '@portal/frontend/shared/util';
import { catchError, of, switchMap } from 'rxjs';
import { AdministrationNav } from './administration-nav';

/**
 * /verwaltung/nutzer/:id — one person: roles from the identity provider, local overrides with
 * end and reason (granted and revoked here), and deactivation, which ends their sessions at once.
 */
@Component({
  selector: 'portal-user-detail-page',
  imports: [AdministrationNav, DateTimePipe, RouterLink],
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
