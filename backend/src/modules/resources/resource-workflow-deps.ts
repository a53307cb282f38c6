import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../core/audit/audit-log';
import { Clock } from '../../core/clock/clock';
import { ResourceLinkJobs } from './resource-link-jobs';
import { ResourceNotifier } from './resource-notifier';

/** The workflow's collaborators beyond data access (keeps the constructor short). */
@Injectable()
export class ResourceWorkflowDeps {
  constructor(
    readonly notifier: ResourceNotifier,
    readonly links: ResourceLinkJobs,
    readonly audit: AuditLog,
    readonly clock: Clock,
  ) {}
}
