import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PlaceholderNotice } from '@portal/frontend/shared/ui';
import { AuthStore } from '../../core/auth/auth-store';
import { SHORTCUTS } from './shortcuts';

/** /start — the signed-in home page: greeting and the sections at a glance. */
@Component({
  selector: 'app-start-page',
  imports: [RouterLink, PlaceholderNotice],
  templateUrl: './start-page.html',
  styleUrl: './start-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartPage {
  private readonly auth = inject(AuthStore);

  protected readonly me = this.auth.me;
  protected readonly shortcuts = computed(() =>
    SHORTCUTS.filter((shortcut) => !shortcut.permission || this.auth.can(shortcut.permission)),
  );
}
