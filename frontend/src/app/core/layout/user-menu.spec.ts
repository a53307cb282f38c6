import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { DeferBlockBehavior, DeferBlockState, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { meFixture } from '../auth/testing/me.fixture';
import { signInAs } from '../auth/testing/sign-in-as';
import { UserMenu } from './user-menu';

describe('UserMenu', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
      deferBlockBehavior: DeferBlockBehavior.Manual,
    });
  });

  async function render() {
    await signInAs(meFixture(['staff']));
    const fixture = TestBed.createComponent(UserMenu);
    await fixture.whenStable();
    return fixture;
  }

  it('shows a stand-in button with the name until the menu is loaded', async () => {
    const fixture = await render();
    const el = fixture.nativeElement as HTMLElement;
    const button = el.querySelector('button');
    expect(button?.textContent).toContain('Erika Mustermann');
    expect(button?.getAttribute('aria-haspopup')).toBe('menu');
    expect(button?.getAttribute('aria-describedby')).toBe('benutzermenue-beschreibung');
    expect(document.querySelector('[role="menu"]')).toBeNull();
  });

  it('opens the menu and moves the focus to it when the stand-in was used before it loaded', async () => {
    const fixture = await render();
    const el = fixture.nativeElement as HTMLElement;
    const standIn = el.querySelector('button')!;
    standIn.focus();
    standIn.click();
    const [block] = await fixture.getDeferBlocks();
    await block!.render(DeferBlockState.Complete);
    fixture.detectChanges();
    await fixture.whenStable();

    const trigger = el.querySelector('button')!;
    expect(trigger).not.toBe(standIn);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    const items = Array.from(document.querySelectorAll('[role="menuitem"]')).map((i) =>
      i.textContent?.trim(),
    );
    expect(items).toEqual(['Mein Profil', 'Abmelden']);
  });

  it('loads the menu closed when nobody touched the stand-in', async () => {
    const fixture = await render();
    const [block] = await fixture.getDeferBlocks();
    await block!.render(DeferBlockState.Complete);
    await fixture.whenStable();
    const trigger = (fixture.nativeElement as HTMLElement).querySelector('button')!;
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('[role="menu"]')).toBeNull();
  });
});
