import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** The sections of /verwaltung; the current one is marked for screen readers too. */
@Component({
  selector: 'portal-administration-nav',
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav aria-label="Bereiche der Verwaltung">
      <ul>
        <li>
          <a
            routerLink="/verwaltung"
            routerLinkActive="active"
            ariaCurrentWhenActive="page"
            [routerLinkActiveOptions]="{ exact: true }"
            >Benutzerinnen und Benutzer</a
          >
        </li>
        <li>
          <a routerLink="/verwaltung/taxonomien" routerLinkActive="active" ariaCurrentWhenActive="page"
            >Taxonomien</a
          >
        </li>
        <li>
          <a routerLink="/verwaltung/meldungen" routerLinkActive="active" ariaCurrentWhenActive="page"
            >Gemeldete Inhalte</a
          >
        </li>
        <li>
          <a routerLink="/verwaltung/hinweise" routerLinkActive="active" ariaCurrentWhenActive="page"
            >Hinweisbanner</a
          >
        </li>
        <li>
          <a routerLink="/verwaltung/protokoll" routerLinkActive="active" ariaCurrentWhenActive="page"
            >Protokoll</a
          >
        </li>
        <li>
          <a routerLink="/verwaltung/organisationen" routerLinkActive="active" ariaCurrentWhenActive="page"
            >Organisationen</a
          >
        </li>
      </ul>
    </nav>
  `,
  styles: `
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-4);
      margin: 0 0 var(--portal-space-4);
      padding: 0;
      list-style: none;
    }
    a.active {
      font-weight: 700;
      text-decoration-thickness: 3px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdministrationNav {}
