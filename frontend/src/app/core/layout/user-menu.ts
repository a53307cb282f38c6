import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS } from '@portal/contracts';
import { Icon } from '@portal/frontend/shared/ui';
import { AuthStore } from '../auth/auth-store';

/** The signed-in user's name as a menu button: who they are, „Mein Profil“ and „Abmelden“. */
@Component({
  selector: 'app-user-menu',
  imports: [MatButton, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink, Icon],
  templateUrl: './user-menu.html',
  styleUrl: './user-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  private readonly auth = inject(AuthStore);

  protected readonly me = this.auth.me;
  protected readonly roles = computed(() =>
    (this.me()?.roles ?? []).map((role) => ROLE_LABELS[role]).join(', '),
  );

  protected signOut(): void {
    void this.auth.signOut();
  }
}
