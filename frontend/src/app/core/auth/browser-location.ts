import { DOCUMENT, Injectable, inject } from '@angular/core';

/** Full-page navigations (sign-in, sign-out at the identity provider), replaceable in tests. */
@Injectable({ providedIn: 'root' })
export class BrowserLocation {
  private readonly document = inject(DOCUMENT);

  assign(url: string): void {
    this.document.location.assign(url);
  }

  get origin(): string {
    return this.document.location.origin;
  }
}
