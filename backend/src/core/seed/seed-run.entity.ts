import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Marks a seed as applied, so demo content is created once and not again after deletions. */
@Entity({ name: 'seed_runs' })
export class SeedRunEntity {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  appliedAt!: Date;
}
