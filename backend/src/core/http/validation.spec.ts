import { IsInt, IsOptional, IsString, MaxLength, Min, validate } from 'class-validator';
import { fieldErrors } from './validation';

class Sample {
  @IsOptional()
  @IsString()
  @MaxLength(5)
  name?: unknown;

  @IsInt()
  @Min(1)
  page?: unknown;
}

describe('fieldErrors', () => {
  it('reports German messages with the limits of the constraint', async () => {
    const sample = Object.assign(new Sample(), { name: 'zu langer Name', page: 0 });
    const errors = fieldErrors(await validate(sample));
    expect(errors).toEqual({
      name: ['Darf höchstens 5 Zeichen lang sein.'],
      page: ['Muss mindestens 1 sein.'],
    });
  });

  it('falls back to a neutral German message for unknown constraints', async () => {
    const sample = Object.assign(new Sample(), { page: 'x' });
    const errors = fieldErrors(await validate(sample));
    expect(errors['page']).toContain('Muss eine ganze Zahl sein.');
  });
});
