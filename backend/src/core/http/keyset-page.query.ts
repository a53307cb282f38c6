import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** `cursor` and `limit` of a keyset-paged list (see keyset-cursor.ts); lists extend it with filters. */
export class KeysetPageParams {
  /** base64url of `<ISO time>|<uuid>`; decoding checks the contents. */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 20;
}
