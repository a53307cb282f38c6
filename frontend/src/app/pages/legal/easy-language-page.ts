import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EasyLanguageText } from './easy-language-text';

/** /leichte-sprache — the portal explained in Leichte Sprache (also reachable signed out). */
@Component({
  selector: 'app-easy-language-page',
  imports: [RouterLink, EasyLanguageText],
  template: `
    <h1 lang="de">Das Portal in Leichter Sprache</h1>
    <app-easy-language-text />
    <p><a routerLink="/">Zur Startseite</a></p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EasyLanguagePage {}
