import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** /403 — signed in, but without the permission for the requested page or data. */
@Component({
  selector: 'app-forbidden-page',
  imports: [RouterLink],
  template: `
    <h1>Zugriff verweigert</h1>
    <p>
      Für diese Seite fehlt Ihnen die nötige Berechtigung. Wenn Sie meinen, dass Sie Zugriff haben sollten,
      wenden Sie sich bitte an die IT Ihres Jobcenters oder die Administration des Portals.
    </p>
    <p><a routerLink="/profil">Ihre Rollen und Berechtigungen ansehen</a></p>
    <p><a routerLink="/">Zur Startseite</a></p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForbiddenPage {}
