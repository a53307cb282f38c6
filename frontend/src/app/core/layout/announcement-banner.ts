import { HttpClient, HttpContext } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import {
  ANNOUNCEMENT_SEVERITY_LABELS,
  AnnouncementDto,
  BrowserPaths,
  CurrentAnnouncementsDto,
} from '@portal/contracts';
import { filter } from 'rxjs';
import { AuthStore } from '../auth/auth-store';
import { SKIP_AUTH_REDIRECT } from '../auth/skip-auth-redirect';

/** Asked again on navigation at most this often (the server answers from a short cache as well). */
export const BANNER_REFRESH_MS = 60_000;
const DISMISSED_KEY = 'portal.dismissedAnnouncements';

/**
 * The administrators' banner above every page for everyone signed in. Information is a polite
 * status and can be hidden for this browser session; Warnung and Störung are alerts and stay.
 */
@Component({
  selector: 'app-announcement-banner',
  template: `
    @if (visible().length > 0) {
      <aside aria-label="Hinweise der Administration">
        @for (item of visible(); track item.id) {
          <div
            [class]="'banner ' + item.severity"
            [attr.role]="item.severity === 'info' ? 'status' : 'alert'"
            [attr.aria-label]="labels[item.severity]"
          >
            <p>
              <strong>{{ labels[item.severity] }}:</strong>
              {{ item.text }}
            </p>
            @if (item.severity === 'info') {
              <button type="button" class="dismiss" (click)="dismiss(item.id)">Hinweis ausblenden</button>
            }
          </div>
        }
      </aside>
    }
  `,
  styles: `
    .banner {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--portal-space-2);
      padding: var(--portal-space-2) var(--portal-space-4);
      border-bottom: 2px solid currentColor;
    }
    .banner p {
      margin: 0;
      max-width: 90ch;
    }
    .info {
      background: #e8f1fb;
      color: #0b3d6e;
    }
    .warnung {
      background: #fff4d6;
      color: #5c3b00;
    }
    .stoerung {
      background: #fde8e8;
      color: #7a0c0c;
    }
    .dismiss {
      min-height: 2.25rem;
      font: inherit;
      cursor: pointer;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnnouncementBanner {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);
  private readonly items = signal<AnnouncementDto[]>([]);
  private readonly dismissed = signal<ReadonlySet<string>>(readDismissed());
  private loadedAt = 0;

  protected readonly labels = ANNOUNCEMENT_SEVERITY_LABELS;
  protected readonly visible = computed(() =>
    this.auth.isSignedIn() ? this.items().filter((item) => !this.dismissed().has(item.id)) : [],
  );

  constructor() {
    effect(() => {
      if (this.auth.isSignedIn()) this.refresh(true);
    });
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.refresh(false));
  }

  protected dismiss(id: string): void {
    const next = new Set(this.dismissed()).add(id);
    this.dismissed.set(next);
    try {
      sessionStorage.setItem(DISMISSED_KEY, JSON.stringify([...next]));
    } catch {
      // Storage off: hidden until the page is reloaded.
    }
  }

  private refresh(force: boolean): void {
    if (!this.auth.isSignedIn()) return;
    const now = Date.now();
    if (!force && now - this.loadedAt < BANNER_REFRESH_MS) return;
    this.loadedAt = now;
    const context = new HttpContext().set(SKIP_AUTH_REDIRECT, true);
    this.http.get<CurrentAnnouncementsDto>(BrowserPaths.currentAnnouncements, { context }).subscribe({
      next: (current) => this.items.set(current.items),
      // A banner is never worth an error message of its own.
      error: () => this.items.set([]),
    });
  }
}

function readDismissed(): ReadonlySet<string> {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(DISMISSED_KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}
