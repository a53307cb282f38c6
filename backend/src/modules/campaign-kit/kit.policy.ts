import { hasPermission, Permission, type KitPageDto, type KitZoneDto } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';

/** Own Jobcenter with CampaignKitGenerate (managers, editors); any organisation with CampaignsManage. */
export function mayGenerateFor(
  user: Pick<SessionUser, 'roles' | 'organisationId'>,
  organisationId: string,
): boolean {
  if (hasPermission(user.roles, Permission.CampaignsManage)) return true;
  return hasPermission(user.roles, Permission.CampaignKitGenerate) && user.organisationId === organisationId;
}

/** German problems of zones that do not lie on a page of the template, keyed by field. */
export function zoneProblems(
  zones: readonly KitZoneDto[],
  pages: readonly KitPageDto[],
): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const tolerance = 0.01;
  zones.forEach((zone, index) => {
    const page = pages[zone.page - 1];
    if (!page) {
      problems[`zones.${index}.page`] = [`Die Vorlage hat nur ${pages.length} Seite(n).`];
      return;
    }
    if (zone.x + zone.width > page.width + tolerance)
      problems[`zones.${index}.width`] = [
        `Das Feld ragt rechts über die Seite hinaus (Breite der Seite: ${page.width}).`,
      ];
    if (zone.y + zone.height > page.height + tolerance)
      problems[`zones.${index}.height`] = [
        `Das Feld ragt unten über die Seite hinaus (Höhe der Seite: ${page.height}).`,
      ];
  });
  return problems;
}
