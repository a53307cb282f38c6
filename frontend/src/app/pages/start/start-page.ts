import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Permission } from '@portal/contracts';
import { NewsStartFeed } from './news-start-feed';
import { AuthStore } from '../../core/auth/auth-store';
import { SHORTCUTS } from './shortcuts';
import { EasyLanguageText } from '../legal/easy-language-text';

/** /start — the signed-in home page: greeting, the personal news feed and the sections at a glance. */
@Component({
  selector: 'app-start-page',
  imports: [RouterLink, NewsStartFeed, EasyLanguageText],
  templateUrl: './start-page.html',
  styleUrl: './start-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartPage {
  private readonly auth = inject(AuthStore);

  protected readonly me = this.auth.me;
  protected readonly mayReadNews = computed(
    () => this.auth.me() !== null && this.auth.can(Permission.NewsRead),
  );
  protected readonly shortcuts = computed(() =>
    SHORTCUTS.filter((shortcut) => !shortcut.permission || this.auth.can(shortcut.permission)),
  );
}
