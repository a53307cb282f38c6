import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FilePreview } from './file-preview';

@Component({
  imports: [FilePreview],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<portal-file-preview [src]="src()" alt="Plakat „Stark. Sozial. Vor Ort.“" />`,
})
class Host {
  readonly src = signal<string | null>('/api/news/n1/files/f1/preview/thumb');
}

describe('FilePreview', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows the preview with its alt text', async () => {
    const { element } = await render();
    const image = element.querySelector('img');
    expect(image?.getAttribute('src')).toBe('/api/news/n1/files/f1/preview/thumb');
    expect(image?.getAttribute('alt')).toBe('Plakat „Stark. Sozial. Vor Ort.“');
    expect(element.textContent).not.toContain('Keine Vorschau');
  });

  it('shows a neutral placeholder without a URL', async () => {
    const { fixture, element } = await render();
    fixture.componentInstance.src.set(null);
    await fixture.whenStable();
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).toContain('Keine Vorschau verfügbar');
  });

  it('falls back to the placeholder when the image fails, and retries a new URL', async () => {
    const { fixture, element } = await render();
    element.querySelector('img')?.dispatchEvent(new Event('error'));
    await fixture.whenStable();
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).toContain('Keine Vorschau verfügbar');

    fixture.componentInstance.src.set('/api/news/n1/files/f2/preview/thumb');
    await fixture.whenStable();
    expect(element.querySelector('img')?.getAttribute('src')).toBe('/api/news/n1/files/f2/preview/thumb');
  });
});
