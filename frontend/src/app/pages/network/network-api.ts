import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AccessibilityFeedbackListDto,
  BrowserPaths,
  NetworkFigure,
  NetworkOverviewDto,
} from '@portal/contracts';
import { Observable } from 'rxjs';

/** Typed calls of the network overview (requires `network-overview:read`). */
@Injectable({ providedIn: 'root' })
export class NetworkApi {
  private readonly http = inject(HttpClient);

  overview(weeks: number): Observable<NetworkOverviewDto> {
    return this.http.get<NetworkOverviewDto>(BrowserPaths.networkOverview, { params: { weeks } });
  }

  /** The CSV of one figure, as a link for the browser to download. */
  csvUrl(figure: NetworkFigure, weeks: number): string {
    return `${BrowserPaths.networkOverview}/export/${figure}?weeks=${weeks}`;
  }

  feedback(cursor?: string): Observable<AccessibilityFeedbackListDto> {
    return this.http.get<AccessibilityFeedbackListDto>(BrowserPaths.accessibilityFeedback, {
      params: cursor ? { cursor } : {},
    });
  }
}
