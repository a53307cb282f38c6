import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Legal links and the publishers' line. */
@Component({
  selector: 'app-site-footer',
  imports: [RouterLink],
  template: `
    <footer class="footer">
      <div class="inner">
        <nav aria-label="Rechtliches">
          <ul class="links">
            <li><a routerLink="/impressum">Impressum</a></li>
            <li><a routerLink="/datenschutz">Datenschutz</a></li>
            <li><a routerLink="/barrierefreiheit">Barrierefreiheit</a></li>
          </ul>
        </nav>
        <p class="publisher">
          © {{ year }} Deutscher Landkreistag und Deutscher Städtetag – Netzwerk der kommunalen Jobcenter
        </p>
      </div>
    </footer>
  `,
  styles: `
    .footer {
      margin-top: var(--portal-space-8);
      border-top: 1px solid var(--portal-color-border);
      background: var(--portal-color-surface-raised);
    }
    .inner {
      max-width: var(--portal-content-max-width);
      margin: 0 auto;
      padding: var(--portal-space-5) var(--portal-space-4);
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-2) var(--portal-space-5);
      padding: 0;
      list-style: none;
    }
    .publisher {
      margin: 0;
      color: var(--portal-color-text-muted);
      font-size: var(--portal-font-size-sm);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteFooter {
  protected readonly year = new Date().getFullYear();
}
