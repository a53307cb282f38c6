import { TestBed } from '@angular/core/testing';
import { NewsFilter, NewsFilterValue } from './news-filter';

describe('NewsFilter', () => {
  it('offers the national associations („Bund“) besides the Länder and emits it', async () => {
    const fixture = TestBed.createComponent(NewsFilter);
    const emitted: NewsFilterValue[] = [];
    fixture.componentInstance.valueChange.subscribe((value) => emitted.push(value));
    fixture.detectChanges();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const select = element.querySelector<HTMLSelectElement>('select[name=state]')!;
    const labels = Array.from(select.options, (option) => option.textContent?.trim());
    expect(labels).toContain('Bund (kommunale Spitzenverbände)');
    expect(labels).toContain('Hessen');

    select.value = 'Bund';
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    expect(emitted.at(-1)?.state).toBe('Bund');
  });
});
