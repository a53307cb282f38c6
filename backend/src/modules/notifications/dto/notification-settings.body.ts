import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KIND_KEYS,
  type NotificationDelivery,
  type NotificationKind,
  type NotificationSettingDto,
  type UpdateNotificationSettingsRequest,
} from '@portal/contracts';

export class NotificationSettingBody implements NotificationSettingDto {
  @IsIn(NOTIFICATION_KIND_KEYS)
  kind!: NotificationKind;

  @IsIn(NOTIFICATION_DELIVERIES)
  delivery!: NotificationDelivery;
}

export class UpdateNotificationSettingsBody implements UpdateNotificationSettingsRequest {
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KIND_KEYS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationSettingBody)
  settings!: NotificationSettingBody[];
}
