import { Pipe, PipeTransform } from '@angular/core';
import { formatBerlinDateTime } from './date-time-format';

/** `{{ user.lastLoginAt | portalDateTime }}` → „25.11.2025, 13:17 Uhr“ (Europe/Berlin). */
@Pipe({ name: 'portalDateTime' })
export class DateTimePipe implements PipeTransform {
  transform(iso: string | null | undefined): string {
    return formatBerlinDateTime(iso);
  }
}
