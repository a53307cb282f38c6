import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { meFixture } from '../auth/testing/me.fixture';
import { signInAs } from '../auth/testing/sign-in-as';
import { MainNav } from './main-nav';

describe('MainNav', () => {
  it('is a disclosure: „Menü“ toggles aria-expanded and Escape closes it, returning focus', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    await signInAs(meFixture());
    const fixture = TestBed.createComponent(MainNav);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const toggle = el.querySelector('button') as HTMLButtonElement;

    expect(toggle.textContent?.trim()).toBe('Menü');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(el.querySelector('ul')?.id);

    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    el.querySelector('a')?.focus();
    el.querySelector('a')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    fixture.nativeElement.remove();
  });
});
