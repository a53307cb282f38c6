import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { SearchAnalyticsDto } from '@portal/contracts';
import { SearchApi } from '@portal/frontend/search/data-access';

/** /suche/auswertung (coordination): top queries and queries without results — counts only, no persons. */
@Component({
  selector: 'portal-search-analytics-page',
  imports: [FormsModule, DecimalPipe],
  templateUrl: './search-analytics-page.html',
  styleUrl: './search-analytics-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchAnalyticsPage {
  private readonly api = inject(SearchApi);
  protected days = 30;
  protected readonly report = signal<SearchAnalyticsDto | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.api.analytics(this.days).subscribe({
      next: (report) => {
        this.report.set(report);
        this.error.set(null);
      },
      error: () => this.error.set('Die Auswertung konnte nicht geladen werden.'),
    });
  }
}
