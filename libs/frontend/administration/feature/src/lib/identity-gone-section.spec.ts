import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { IdentityGoneSection, parseSubjects } from './identity-gone-section';

describe('parseSubjects', () => {
  it('splits by lines, commas and blanks, drops empties and duplicates', () => {
    expect(parseSubjects(' a-1\n\nb-2, a-1 ;c-3 \r\n')).toEqual(['a-1', 'b-2', 'c-3']);
    expect(parseSubjects('   ')).toEqual([]);
  });
});

describe('IdentityGoneSection', () => {
  let fixture: ComponentFixture<IdentityGoneSection>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(IdentityGoneSection);
    fixture.detectChanges();
    http.expectOne('/api/admin/account-deletion-policy').flush({ contentPolicy: 'anonymise' });
    await fixture.whenStable();
  });
  afterEach(() => http.verify());

  const el = () => fixture.nativeElement as HTMLElement;
  const textarea = () => el().querySelector('textarea') as HTMLTextAreaElement;
  const dialog = () => el().querySelector('dialog') as HTMLDialogElement;
  const button = (text: string) =>
    Array.from(el().querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === text,
    ) as HTMLButtonElement;

  async function type(value: string): Promise<void> {
    textarea().value = value;
    textarea().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    el()
      .querySelector('form')
      ?.dispatchEvent(new Event('submit', { cancelable: true }));
    await fixture.whenStable();
  }

  it('has a labelled field and refuses an empty list with an alert tied to it', async () => {
    const label = el().querySelector(`label[for="${textarea().id}"]`);
    expect(label?.textContent).toContain('Kennungen (sub)');
    await submit();
    const alert = el().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('mindestens eine Kennung');
    expect(textarea().getAttribute('aria-invalid')).toBe('true');
    expect(textarea().getAttribute('aria-errormessage')).toBe(alert?.id);
    expect(document.activeElement).toBe(textarea());
    expect(dialog().hasAttribute('open')).toBe(false);
  });

  it('confirms with the count and consequences, then lists deleted and unknown identifiers', async () => {
    await type('sub-weg\nsub-unbekannt\nsub-weg');
    await submit();
    expect(dialog().hasAttribute('open')).toBe(true);
    expect(dialog().querySelector('h2')?.textContent).toBe('2 Konten löschen?');
    expect(dialog().textContent).toContain('„ehemalige Person“');

    button('Konten endgültig löschen').click();
    const request = http.expectOne({ method: 'POST', url: '/api/admin/users/identity-gone' });
    expect(request.request.body).toEqual({ subjects: ['sub-weg', 'sub-unbekannt'] });
    request.flush({ deleted: ['sub-weg'], unknown: ['sub-unbekannt'] });
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));

    expect(el().querySelector('[role="status"]')?.textContent).toMatch(/1 Konto\s+gelöscht,\s+1 Kennung/);
    const list = (id: string) =>
      Array.from(el().querySelectorAll(`[data-testid="${id}"] li`)).map((li) => li.textContent?.trim());
    expect(list('identity-gone-deleted')).toEqual(['sub-weg']);
    expect(list('identity-gone-unknown')).toEqual(['sub-unbekannt']);
    expect(document.activeElement?.textContent).toBe('Ergebnis');
    expect(textarea().value).toBe('');
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    await type('sub-1');
    await submit();
    button('Abbrechen').click();
    expect(dialog().hasAttribute('open')).toBe(false);
  });
});
