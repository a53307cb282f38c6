import { HttpClient, HttpErrorResponse, HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AssetDto,
  AssetListDto,
  AssetListQuery,
  AssetSummaryDto,
  AssetVersionDto,
  BrowserPaths,
  CampaignDto,
  CampaignListDto,
  CampaignRolloutDto,
  CampaignStatisticsDto,
  CampaignStatisticsQuery,
  SaveAssetRequest,
  SaveCampaignRequest,
  TermsAcceptanceDto,
  UpdateAssetRequest,
  UpdateCampaignRequest,
} from '@portal/contracts';
import { problemMessage } from '@portal/frontend/shared/util';
import { EMPTY, Observable, catchError, expand, map, of, reduce, take } from 'rxjs';

const ZIP_CHECK_FAILED = 'Der Download konnte nicht geprüft werden. Bitte versuchen Sie es erneut.';

function params(query: object): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') result = result.set(key, String(value));
  }
  return result;
}

function fileForm(file: File, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', file, file.name);
  return form;
}

/** Typed calls of the campaign and asset API. */
@Injectable({ providedIn: 'root' })
export class CampaignsApi {
  private readonly http = inject(HttpClient);

  campaigns(): Observable<CampaignListDto> {
    return this.http.get<CampaignListDto>(BrowserPaths.campaigns);
  }

  campaign(id: string): Observable<CampaignDto> {
    return this.http.get<CampaignDto>(`${BrowserPaths.campaigns}/${id}`);
  }

  createCampaign(request: SaveCampaignRequest): Observable<CampaignDto> {
    return this.http.post<CampaignDto>(BrowserPaths.campaigns, request);
  }

  updateCampaign(id: string, request: UpdateCampaignRequest): Observable<CampaignDto> {
    return this.http.put<CampaignDto>(`${BrowserPaths.campaigns}/${id}`, request);
  }

  /** Records the acceptance of the campaign's usage terms in the version the user read. */
  acceptTerms(campaignId: string, termsVersion: number): Observable<TermsAcceptanceDto> {
    return this.http.post<TermsAcceptanceDto>(`${BrowserPaths.campaigns}/${campaignId}/terms-acceptance`, {
      termsVersion,
    });
  }

  statistics(query: CampaignStatisticsQuery): Observable<CampaignStatisticsDto> {
    return this.http.get<CampaignStatisticsDto>(`${BrowserPaths.campaigns}/statistics`, {
      params: params(query),
    });
  }

  rollout(campaignId: string): Observable<CampaignRolloutDto> {
    return this.http.get<CampaignRolloutDto>(`${BrowserPaths.campaigns}/${campaignId}/rollout`);
  }

  /** Download address of a whole campaign as ZIP. */
  campaignZipUrl(campaignId: string): string {
    return `${BrowserPaths.campaigns}/${campaignId}/zip`;
  }

  assets(query: AssetListQuery): Observable<AssetListDto> {
    return this.http.get<AssetListDto>(BrowserPaths.campaignAssets, { params: params(query) });
  }

  /** Every asset of a campaign this user sees, by title (all pages; at most `maxPages` of 50). */
  campaignAssets(campaignId: string, maxPages = 10): Observable<AssetSummaryDto[]> {
    const page = (cursor?: string) => this.assets({ campaignId, sort: 'title', limit: 50, cursor });
    return page().pipe(
      expand((list) => (list.nextCursor ? page(list.nextCursor) : EMPTY)),
      take(maxPages),
      reduce((all, list) => [...all, ...list.items], [] as AssetSummaryDto[]),
    );
  }

  /**
   * Whether a ZIP address would deliver a file: null if so, else the server's German reason
   * (e.g. no material yet, files still being scanned). Asked with HEAD, which counts nothing; a
   * HEAD answer has no body, so only on an error is the GET asked for the problem detail.
   */
  zipProblem(url: string): Observable<string | null> {
    return this.http.head(url, { observe: 'response' }).pipe(
      map(() => null),
      catchError((headError: unknown) => {
        if (!(headError instanceof HttpErrorResponse) || headError.status === 0) return of(ZIP_CHECK_FAILED);
        return this.http.get(url).pipe(
          map(() => null),
          catchError((error: unknown) =>
            // 200 that is no JSON: it has become downloadable since the HEAD.
            of(
              error instanceof HttpErrorResponse && error.status === 200
                ? null
                : problemMessage(error, ZIP_CHECK_FAILED),
            ),
          ),
        );
      }),
    );
  }

  asset(id: string): Observable<AssetDto> {
    return this.http.get<AssetDto>(`${BrowserPaths.campaignAssets}/${id}`);
  }

  createAsset(request: SaveAssetRequest): Observable<AssetDto> {
    return this.http.post<AssetDto>(BrowserPaths.campaignAssets, request);
  }

  updateAsset(id: string, request: UpdateAssetRequest): Observable<AssetDto> {
    return this.http.put<AssetDto>(`${BrowserPaths.campaignAssets}/${id}`, request);
  }

  deleteAsset(id: string): Observable<void> {
    return this.http.delete<void>(`${BrowserPaths.campaignAssets}/${id}`);
  }

  /** A new version with its first file, with upload progress events. */
  uploadVersion(id: string, file: File, note = ''): Observable<HttpEvent<AssetVersionDto>> {
    return this.http.post<AssetVersionDto>(
      `${BrowserPaths.campaignAssets}/${id}/versions`,
      fileForm(file, note ? { note } : {}),
      { reportProgress: true, observe: 'events' },
    );
  }

  /** Another variant (format) of a version, with upload progress events. */
  uploadVariant(id: string, versionNumber: number, file: File): Observable<HttpEvent<AssetVersionDto>> {
    return this.http.post<AssetVersionDto>(
      `${BrowserPaths.campaignAssets}/${id}/versions/${versionNumber}/files`,
      fileForm(file),
      { reportProgress: true, observe: 'events' },
    );
  }

  removeVariant(id: string, fileId: string): Observable<void> {
    return this.http.delete<void>(`${BrowserPaths.campaignAssets}/${id}/files/${fileId}`);
  }

  /** Download address of the selection basket as one ZIP. */
  selectionZipUrl(ids: readonly string[]): string {
    return `${BrowserPaths.campaignAssets}/zip?ids=${ids.map(encodeURIComponent).join(',')}`;
  }
}
