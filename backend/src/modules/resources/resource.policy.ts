import { AudienceDto, AudienceViewer, hasPermission, isInAudience, Permission } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';

interface ResourceFacts {
  status: string;
  suggestedById: string | null;
  audience: AudienceDto;
}

/** The coordination (and administration): everything, in every state and audience. */
export function mayManage(user: SessionUser): boolean {
  return hasPermission(user.roles, Permission.ResourcesManage);
}

/**
 * Who may open a resource — the one rule behind detail, files, previews, collections,
 * ratings and comments (lists use its SQL twin in the repository):
 * the coordination always; the suggesting person while it is not published (to follow the
 * review); everyone else once it is published and they are in its audience.
 */
export function mayRead(user: SessionUser, viewer: AudienceViewer, resource: ResourceFacts): boolean {
  if (mayManage(user)) return true;
  if (resource.status === 'published') {
    return hasPermission(user.roles, Permission.ResourcesRead) && isInAudience(viewer, resource.audience);
  }
  return resource.suggestedById === user.id;
}

/** Rating and commenting need a published resource one may read. */
export function mayEngage(user: SessionUser, viewer: AudienceViewer, resource: ResourceFacts): boolean {
  return resource.status === 'published' && mayRead(user, viewer, resource);
}
