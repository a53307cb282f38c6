import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BrowserPaths, Permission, ROLE_LABELS } from '@portal/contracts';
import { DateTimePipe } from '@portal/frontend/shared/ui';
import { AuthStore } from '../../core/auth/auth-store';
import { DirectorySettingsSection } from './directory-settings-section';
import { FeedLinksSection } from './feed-links-section';
import { PERMISSION_LABELS } from './permission-labels';

/** /profil — the signed-in user's own data, roles and what they may do. */
@Component({
  selector: 'app-profile-page',
  imports: [RouterLink, DateTimePipe, FeedLinksSection, DirectorySettingsSection],
  templateUrl: './profile-page.html',
  styleUrl: './profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage {
  private readonly auth = inject(AuthStore);

  protected readonly me = this.auth.me;
  protected readonly myDataUrl = BrowserPaths.myData;
  protected readonly canOpenDirectory = computed(() => this.auth.can(Permission.OrganisationsRead));
  protected readonly roles = computed(() => (this.me()?.roles ?? []).map((role) => ROLE_LABELS[role]));
  protected readonly permissions = computed(() =>
    (this.me()?.permissions ?? []).map((permission) => PERMISSION_LABELS[permission] ?? permission),
  );
}
