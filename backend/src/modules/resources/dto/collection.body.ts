import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { RESOURCE_LIMITS, SaveResourceCollectionRequest, SetCollectionItemsRequest } from '@portal/contracts';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class SaveCollectionBody implements SaveResourceCollectionRequest {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(RESOURCE_LIMITS.collectionTitle)
  title!: string;

  @trim
  @IsString()
  @MaxLength(RESOURCE_LIMITS.collectionIntro)
  intro!: string;
}

export class SetCollectionItemsBody implements SetCollectionItemsRequest {
  @IsArray()
  @ArrayMaxSize(RESOURCE_LIMITS.collectionItems)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  resourceIds!: string[];
}
