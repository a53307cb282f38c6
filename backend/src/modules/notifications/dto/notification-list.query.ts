import { KeysetPageParams } from '../../../core/http/keyset-page.query';
import type { NotificationListQuery } from '@portal/contracts';

export class NotificationListQueryParams extends KeysetPageParams implements NotificationListQuery {}
