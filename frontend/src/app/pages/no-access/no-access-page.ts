import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS, Role } from '@portal/contracts';
import { AuthStore } from '../../core/auth/auth-store';

/** /kein-zugang — the identity provider knows the account, but it holds no portal role. */
@Component({
  selector: 'app-no-access-page',
  imports: [MatButton, RouterLink],
  template: `
    <h1>Kein Zugang</h1>
    <p>
      Ihr Dienstkonto ist für das Netzwerk-Portal nicht freigeschaltet: Ihm ist keine Rolle im Portal
      zugewiesen.
    </p>
    <h2>Was Sie tun können</h2>
    <p>
      Wenden Sie sich an die IT Ihres Jobcenters oder an die Administration des Anmeldedienstes
      (Identitätsanbieter). Nennen Sie dabei Ihre dienstliche E-Mail-Adresse und die Rolle, die Sie benötigen:
    </p>
    <ul>
      @for (role of requestableRoles; track role) {
        <li>{{ role }}</li>
      }
    </ul>
    @if (isSignedIn()) {
      <p>Melden Sie sich ab, wenn Sie sich mit einem anderen Dienstkonto anmelden möchten.</p>
      <button mat-flat-button type="button" (click)="signOut()">Abmelden</button>
    } @else {
      <p><a routerLink="/">Zur Startseite</a></p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoAccessPage {
  private readonly auth = inject(AuthStore);

  protected readonly isSignedIn = this.auth.isSignedIn;
  /** Administration is not requested this way. */
  protected readonly requestableRoles = (Object.keys(ROLE_LABELS) as Role[])
    .filter((role) => role !== 'admin')
    .map((role) => ROLE_LABELS[role]);

  protected signOut(): void {
    void this.auth.signOut();
  }
}
