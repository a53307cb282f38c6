import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { FrontendRoutes, Permission } from '@portal/contracts';
import { UnreadCountStore } from '@portal/frontend/notifications/data-access';
import { NotificationBell } from '@portal/frontend/notifications/ui';
import { SearchBox } from './search-box';
import { filter, map } from 'rxjs';
import { AuthStore } from '../auth/auth-store';
import { signInHref } from '../auth/sign-in';
import { pagePath } from '../routing/focus-on-navigation';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

/** Brand, user menu and main navigation; anonymous users see only the brand and „Anmelden“. */
@Component({
  selector: 'app-site-header',
  imports: [RouterLink, MatAnchor, MainNav, UserMenu, NotificationBell, SearchBox],
  templateUrl: './site-header.html',
  styleUrl: './site-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeader {
  private readonly router = inject(Router);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  private readonly auth = inject(AuthStore);
  protected readonly isSignedIn = this.auth.isSignedIn;
  protected readonly hasPortalRole = this.auth.hasPortalRole;
  protected readonly showBell = computed(
    () => this.auth.isSignedIn() && this.auth.can(Permission.NotificationsRead),
  );
  protected readonly showSearch = computed(
    () => this.auth.isSignedIn() && this.auth.can(Permission.SearchUse),
  );
  private readonly unreadStore = inject(UnreadCountStore);
  protected readonly unread = this.unreadStore.unread;
  /** Sign-in returns to the current page; on the landing page to the page it was asked to return to. */
  protected readonly signInHref = computed(() => {
    const url = this.url();
    const onLanding = pagePath(url) === FrontendRoutes.home;
    return signInHref(onLanding ? this.router.parseUrl(url).queryParamMap.get('returnTo') : url);
  });

  constructor() {
    // The bell's count is polled only while someone who may read notifications is signed in.
    effect((onCleanup) => {
      if (this.showBell()) onCleanup(untracked(() => this.unreadStore.watch()));
    });
  }
}
