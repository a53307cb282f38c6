import { IDENTITY_GONE_MAX_SUBJECTS, IdentityGoneRequest } from '@portal/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length } from 'class-validator';

export class IdentityGoneBody implements IdentityGoneRequest {
  @IsArray({ message: 'Bitte eine Liste von Kennungen (sub) des Anmeldedienstes angeben.' })
  @ArrayMinSize(1, { message: 'Bitte mindestens eine Kennung angeben.' })
  @ArrayMaxSize(IDENTITY_GONE_MAX_SUBJECTS, {
    message: `Höchstens ${IDENTITY_GONE_MAX_SUBJECTS} Kennungen auf einmal.`,
  })
  @IsString({ each: true, message: 'Jede Kennung muss ein Text sein.' })
  @Length(1, 255, { each: true, message: 'Jede Kennung hat 1 bis 255 Zeichen.' })
  subjects!: string[];
}
