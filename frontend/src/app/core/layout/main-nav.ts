import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { Icon } from '@portal/frontend/shared/ui';
import { filter } from 'rxjs';
import { AuthStore } from '../auth/auth-store';
import { NAV_ITEMS } from './nav-items';

/**
 * „Hauptnavigation“. On wide screens a row of links; on narrow screens (or at high zoom) the links
 * collapse behind a „Menü“ disclosure button (aria-expanded), closed by Escape or by navigating.
 */
@Component({
  selector: 'app-main-nav',
  imports: [RouterLink, RouterLinkActive, Icon],
  templateUrl: './main-nav.html',
  styleUrl: './main-nav.scss',
  host: { '(keydown.escape)': 'closeOnEscape()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MainNav {
  private readonly auth = inject(AuthStore);
  private readonly toggle = viewChild.required<ElementRef<HTMLButtonElement>>('toggle');

  protected readonly open = signal(false);
  protected readonly items = computed(() =>
    NAV_ITEMS.filter((item) => !item.permission || this.auth.can(item.permission)),
  );

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.open.set(false));
  }

  protected toggleMenu(): void {
    this.open.update((open) => !open);
  }

  protected closeOnEscape(): void {
    if (!this.open()) return;
    this.open.set(false);
    this.toggle().nativeElement.focus();
  }
}
