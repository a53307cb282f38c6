import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NotificationSettingsPage } from './notification-settings-page';

describe('NotificationSettingsPage', () => {
  it('shows one radio group per kind and saves with a German confirmation', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(NotificationSettingsPage);
    http.expectOne('/api/notifications/settings').flush({
      settings: [
        { kind: 'news-important', delivery: 'immediately' },
        { kind: 'news', delivery: 'daily' },
      ],
    });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const legends = Array.from(element.querySelectorAll('fieldset legend strong')).map((l) => l.textContent);
    expect(legends).toEqual(['Wichtige Neuigkeiten', 'Neuigkeiten']);
    const weekly = element.querySelector<HTMLInputElement>('input[name="news"][value="weekly"]')!;
    weekly.click();
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    const save = http.expectOne('/api/notifications/settings');
    expect(save.request.method).toBe('PUT');
    expect(save.request.body.settings[1]).toEqual({ kind: 'news', delivery: 'weekly' });
    save.flush(save.request.body);
    await fixture.whenStable();
    expect(element.querySelector('[aria-live="polite"]')?.textContent).toContain('gespeichert');
  });
});
