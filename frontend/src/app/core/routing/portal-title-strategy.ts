import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { portalTitle } from '@portal/frontend/shared/ui';

/** Every page gets a German document title such as „Jobcenter-Verzeichnis – Netzwerk-Portal“. */
@Injectable({ providedIn: 'root' })
export class PortalTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.title.setTitle(portalTitle(this.buildTitle(snapshot)));
  }
}
