import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ROLE_LABELS, Role, UserAdminDto } from '@portal/contracts';
import { RouterLink } from '@angular/router';
import { DateTimePipe } from '@portal/frontend/shared/ui';

/**
 * The user list as a data table. Six columns cannot reflow to 320 px, so the table scrolls inside a
 * focusable, labelled region (WCAG 1.4.10 exempts data tables) and the page itself never does.
 */
@Component({
  selector: 'portal-user-table',
  imports: [DateTimePipe, RouterLink],
  templateUrl: './user-table.html',
  styleUrl: './user-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserTable {
  readonly users = input.required<readonly UserAdminDto[]>();
  readonly caption = input.required<string>();

  protected roleLabels(roles: readonly Role[]): string {
    return roles.length > 0 ? roles.map((role) => ROLE_LABELS[role]).join(', ') : 'keine';
  }
}
