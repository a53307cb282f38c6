import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { FrontendRoutes } from '@portal/contracts';
import { signInHref } from '../../core/auth/sign-in';

/** /abgemeldet — where the identity provider returns after sign-out. */
@Component({
  selector: 'app-signed-out-page',
  imports: [MatAnchor],
  template: `
    <h1>Sie sind abgemeldet.</h1>
    <p>
      Vielen Dank für Ihren Besuch im Netzwerk-Portal. Wenn Sie einen gemeinsam genutzten Rechner verwenden,
      schließen Sie bitte den Browser.
    </p>
    <p><a mat-flat-button [href]="signInHref">Erneut anmelden</a></p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignedOutPage {
  protected readonly signInHref = signInHref(FrontendRoutes.start);
}
