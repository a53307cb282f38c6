import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { KitBulkRunDto } from '@portal/contracts';
import { KitBulkPanel } from './kit-bulk-panel';

const RUN: KitBulkRunDto = {
  id: 'r1',
  templateId: 't1',
  status: 'running',
  total: 53,
  done: 10,
  failed: 0,
  zipUrl: null,
  createdAt: '2026-11-25T18:00:00.000Z',
  finishedAt: null,
};

describe('KitBulkPanel', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  });
  afterEach(() => jest.useRealTimers());

  it('starts a run, announces progress politely and offers the ZIP when done', () => {
    const fixture = TestBed.createComponent(KitBulkPanel);
    fixture.componentRef.setInput('templateId', 't1');
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    const element = fixture.nativeElement as HTMLElement;

    element.querySelector('button')!.click();
    http.expectOne('/api/campaign-kit/templates/t1/bulk-runs').flush(RUN);
    fixture.detectChanges();
    const status = element.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('Läuft: 10 von 53 Jobcentern erstellt.');
    expect(element.querySelector('button')!.disabled).toBe(true);

    jest.advanceTimersByTime(1500);
    http
      .expectOne('/api/campaign-kit/bulk-runs/r1')
      .flush({ ...RUN, status: 'done', done: 53, zipUrl: '/api/campaign-kit/bulk-runs/r1/zip' });
    fixture.detectChanges();
    expect(status.textContent).toContain('Fertig: 53 von 53 Jobcentern erstellt.');
    expect(element.querySelector('a')!.getAttribute('href')).toBe('/api/campaign-kit/bulk-runs/r1/zip');
    jest.advanceTimersByTime(3000);
    http.verify();
  });
});
