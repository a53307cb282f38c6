import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AssetDto,
  AssetListDto,
  AssetListQuery,
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
import { Observable } from 'rxjs';

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
