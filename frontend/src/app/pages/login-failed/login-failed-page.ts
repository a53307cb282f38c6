import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { FrontendRoutes } from '@portal/contracts';
import { signInHref } from '../../core/auth/sign-in';
import { loginFailureMessage } from './login-failure-messages';

/** /anmeldung-fehlgeschlagen?grund=… — the backend sends users here when sign-in fails. */
@Component({
  selector: 'app-login-failed-page',
  imports: [MatAnchor],
  template: `
    <h1>Anmeldung fehlgeschlagen</h1>
    <p>{{ message() }}</p>
    <p><a mat-flat-button [href]="signInHref">Erneut anmelden</a></p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginFailedPage {
  /** `?grund=` — one of `LoginFailureReason`. */
  readonly grund = input<string>();

  protected readonly message = computed(() => loginFailureMessage(this.grund()));
  protected readonly signInHref = signInHref(FrontendRoutes.start);
}
