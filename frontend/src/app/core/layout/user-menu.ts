import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS } from '@portal/contracts';
import { Icon } from '@portal/frontend/shared/ui';
import { AuthStore } from '../auth/auth-store';

/** Emits its element once it has been rendered (the real menu trigger, after the deferred load). */
@Directive({ selector: '[appRendered]' })
export class Rendered {
  readonly appRendered = output<HTMLElement>();

  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender(() => this.appRendered.emit(element));
  }
}

/** The signed-in user's name as a menu button: who they are, „Mein Profil“ and „Abmelden“. */
@Component({
  selector: 'app-user-menu',
  imports: [MatButton, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink, Icon, Rendered],
  templateUrl: './user-menu.html',
  styleUrl: './user-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  private readonly auth = inject(AuthStore);

  protected readonly me = this.auth.me;
  protected readonly roles = computed(() =>
    (this.me()?.roles ?? []).map((role) => ROLE_LABELS[role]).join(', '),
  );

  /** Set by the stand-in button: the menu opens (and gets the focus) as soon as it is loaded. */
  protected openWhenReady = false;
  protected placeholderFocused = false;

  protected menuReady(trigger: HTMLElement): void {
    if (this.placeholderFocused || this.openWhenReady) trigger.focus();
    if (this.openWhenReady) trigger.click();
    this.openWhenReady = false;
    this.placeholderFocused = false;
  }

  protected signOut(): void {
    void this.auth.signOut();
  }
}
