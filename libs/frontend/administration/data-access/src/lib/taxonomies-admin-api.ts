import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BrowserPaths,
  CampaignTagListDto,
  CreateTaxonomyTermRequest,
  RenameCampaignTagResultDto,
  MergeTaxonomyTermsResultDto,
  TaxonomyListDto,
  TaxonomyTermDto,
  UpdateTaxonomyTermRequest,
} from '@portal/contracts';
import { Observable } from 'rxjs';

/** Managing the terms of every taxonomy (`taxonomies:manage`: coordinators and admins). */
@Injectable({ providedIn: 'root' })
export class TaxonomiesAdminApi {
  private readonly http = inject(HttpClient);

  /** Every taxonomy with its deactivated terms too. */
  list(): Observable<TaxonomyListDto> {
    return this.http.get<TaxonomyListDto>(BrowserPaths.taxonomies, {
      params: new HttpParams().set('inactive', 'true'),
    });
  }

  add(key: string, body: CreateTaxonomyTermRequest): Observable<TaxonomyTermDto> {
    return this.http.post<TaxonomyTermDto>(
      `${BrowserPaths.taxonomies}/${encodeURIComponent(key)}/terms`,
      body,
    );
  }

  update(id: string, body: UpdateTaxonomyTermRequest): Observable<TaxonomyTermDto> {
    return this.http.put<TaxonomyTermDto>(`${BrowserPaths.taxonomies}/terms/${encodeURIComponent(id)}`, body);
  }

  /** Merges `sourceIds` into `targetId`; references move, the sources disappear. */
  merge(targetId: string, sourceIds: string[]): Observable<MergeTaxonomyTermsResultDto> {
    return this.http.post<MergeTaxonomyTermsResultDto>(
      `${BrowserPaths.taxonomies}/terms/${encodeURIComponent(targetId)}/merge`,
      { sourceTermIds: sourceIds },
    );
  }

  /** The free tags of campaign material with their number of assets. */
  campaignTags(): Observable<CampaignTagListDto> {
    return this.http.get<CampaignTagListDto>(BrowserPaths.campaignAssetTags);
  }

  /** Renames a tag on every asset; to an existing tag, it merges the two. */
  renameCampaignTag(from: string, to: string): Observable<RenameCampaignTagResultDto> {
    return this.http.post<RenameCampaignTagResultDto>(`${BrowserPaths.campaignAssetTags}/rename`, {
      from,
      to,
    });
  }
}
