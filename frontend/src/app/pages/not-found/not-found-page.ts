import { ChangeDetectionStrategy, Component } from '@angular/core';
import { NotFoundNotice } from '@portal/frontend/shared/ui';

/** Any unknown path („Seite nicht gefunden“). */
@Component({
  selector: 'app-not-found-page',
  imports: [NotFoundNotice],
  template: `<portal-not-found-notice />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
