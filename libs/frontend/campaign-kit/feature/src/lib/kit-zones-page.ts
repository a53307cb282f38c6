import { HttpEvent } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  CAMPAIGN_KIT_LIMITS,
  KIT_ALIGNS,
  KIT_ZONE_KINDS,
  KIT_ZONE_LABELS,
  KitAlign,
  KitTemplateDto,
  KitZoneDto,
  KitZoneKind,
} from '@portal/contracts';
import { CampaignKitApi } from '@portal/frontend/campaign-kit/data-access';
import { FileUpload } from '@portal/frontend/shared/ui';
import { problemMessage } from '@portal/frontend/shared/util';
import { Observable, tap } from 'rxjs';
import { KitBulkPanel } from './kit-bulk-panel';

type NumericField = 'page' | 'x' | 'y' | 'width' | 'height' | 'fontSize';

const ALIGN_LABELS: Record<KitAlign, string> = { left: 'links', center: 'zentriert', right: 'rechts' };

/**
 * /kampagnen/vorlagen/:id/felder — coordinators mark the personalisable zones: a form with
 * numeric fields per zone (keyboard), shown as an overlay on the page; drawing on the page with
 * the mouse adds a zone too.
 */
@Component({
  selector: 'portal-kit-zones-page',
  imports: [RouterLink, FileUpload, KitBulkPanel],
  templateUrl: './kit-zones-page.html',
  styleUrls: ['./kit.scss', './kit-zones-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KitZonesPage implements OnInit {
  readonly id = input.required<string>();

  private readonly api = inject(CampaignKitApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly kinds = KIT_ZONE_KINDS;
  protected readonly kindLabels = KIT_ZONE_LABELS;
  protected readonly aligns = KIT_ALIGNS;
  protected readonly alignLabels = ALIGN_LABELS;
  protected readonly limits = CAMPAIGN_KIT_LIMITS;
  protected readonly template = signal<KitTemplateDto | null>(null);
  protected readonly zones = signal<KitZoneDto[]>([]);
  protected readonly page = signal(1);
  protected readonly pageImage = signal<string | null>(null);
  protected readonly newKind = signal<KitZoneKind>('name');
  protected readonly status = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string[]>>({});
  protected readonly draft = signal<{ x: number; y: number; width: number; height: number } | null>(null);
  protected readonly pageSize = computed(
    () => this.template()?.pages[this.page() - 1] ?? { width: 1, height: 1 },
  );
  /** Label text about 12 px high whatever the page size (the canvas is about 36rem wide). */
  protected readonly labelSize = computed(() => round(this.pageSize().width / 48));
  protected readonly zonesOnPage = computed(() =>
    this.zones()
      .map((zone, index) => ({ zone, index }))
      .filter(({ zone }) => zone.page === this.page()),
  );

  private drawStart: { x: number; y: number } | null = null;

  protected readonly uploadVersion = (file: File): Observable<HttpEvent<unknown>> =>
    this.api.addVersion(this.id(), this.template()?.version ?? 0, file);

  ngOnInit(): void {
    this.reload();
  }

  protected showPage(page: number): void {
    this.page.set(page);
    this.pageImage.set(null);
    this.api
      .pageImage(this.id(), page)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (url) => this.pageImage.set(url), error: () => this.pageImage.set(null) });
  }

  protected setNumber(index: number, field: NumericField, raw: string): void {
    const value = Number(raw.replace(',', '.'));
    if (!Number.isFinite(value)) return;
    this.patch(index, { [field]: Math.round(value * 100) / 100 });
  }

  protected setKind(index: number, kind: string): void {
    this.patch(index, { kind: kind as KitZoneKind });
  }

  protected setAlign(index: number, align: string): void {
    this.patch(index, { align: align as KitAlign });
  }

  protected setColour(index: number, colour: string): void {
    this.patch(index, { colour: colour.toUpperCase() });
  }

  protected addZone(): void {
    const size = this.pageSize();
    this.addZoneAt({
      x: round(size.width * 0.1),
      y: round(size.height * 0.8),
      width: round(size.width * 0.5),
      height: 40,
    });
  }

  protected removeZone(index: number): void {
    this.zones.update((zones) => zones.filter((_, position) => position !== index));
    this.status.set('Feld entfernt (noch nicht gespeichert).');
  }

  protected save(): void {
    const template = this.template();
    if (!template) return;
    this.error.set(null);
    this.fieldErrors.set({});
    this.api
      .updateZones(template.id, { version: template.version, zones: this.zones() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (saved) => {
          this.apply(saved);
          this.status.set('Die Felder sind gespeichert.');
        },
        error: (error: unknown) => {
          this.error.set(problemMessage(error, 'Die Felder konnten nicht gespeichert werden.'));
          const body = (error as { error?: { errors?: Record<string, string[]> } }).error;
          this.fieldErrors.set(body?.errors ?? {});
        },
      });
  }

  protected problems(index: number): string[] {
    const prefix = `zones.${index}.`;
    return Object.entries(this.fieldErrors())
      .filter(([key]) => key.startsWith(prefix))
      .flatMap(([, messages]) => messages);
  }

  protected versionUploaded(): void {
    this.reload();
    this.status.set('Neue Version hochgeladen; passende Felder wurden übernommen.');
  }

  // Mouse drawing (a convenience; the form above is the accessible way).
  protected pointerDown(event: PointerEvent): void {
    this.drawStart = this.toPage(event);
    (event.target as Element).setPointerCapture?.(event.pointerId);
  }

  protected pointerMove(event: PointerEvent): void {
    if (!this.drawStart) return;
    const point = this.toPage(event);
    this.draft.set(rect(this.drawStart, point));
  }

  protected pointerUp(event: PointerEvent): void {
    if (!this.drawStart) return;
    const box = rect(this.drawStart, this.toPage(event));
    this.drawStart = null;
    this.draft.set(null);
    if (box.width >= 5 && box.height >= 5) this.addZoneAt(box);
  }

  private addZoneAt(box: { x: number; y: number; width: number; height: number }): void {
    const kind = this.newKind();
    this.zones.update((zones) => [
      ...zones,
      { kind, page: this.page(), ...box, fontSize: 12, align: 'left', colour: '#2B2B2B' },
    ]);
    this.status.set(`Feld „${KIT_ZONE_LABELS[kind]}“ hinzugefügt (noch nicht gespeichert).`);
  }

  private toPage(event: PointerEvent): { x: number; y: number } {
    const bounds = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const size = this.pageSize();
    const x = ((event.clientX - bounds.left) / bounds.width) * size.width;
    const y = ((event.clientY - bounds.top) / bounds.height) * size.height;
    return { x: clamp(x, size.width), y: clamp(y, size.height) };
  }

  private patch(index: number, change: Partial<KitZoneDto>): void {
    this.zones.update((zones) =>
      zones.map((zone, position) => (position === index ? { ...zone, ...change } : zone)),
    );
  }

  private reload(): void {
    this.api
      .template(this.id())
      .pipe(
        tap((template) => this.apply(template)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => this.showPage(Math.min(this.page(), this.template()?.pages.length ?? 1)),
        error: (error: unknown) =>
          this.error.set(problemMessage(error, 'Die Vorlage konnte nicht geladen werden.')),
      });
  }

  private apply(template: KitTemplateDto): void {
    this.template.set(template);
    this.zones.set(template.zones);
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function clamp(value: number, max: number): number {
  return round(Math.min(Math.max(value, 0), max));
}

function rect(a: { x: number; y: number }, b: { x: number; y: number }) {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: round(Math.abs(a.x - b.x)),
    height: round(Math.abs(a.y - b.y)),
  };
}
