import { Module } from '@nestjs/common';
import { DirectoryProfileController, PeopleController } from './people.controller';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';

/** The people directory and each person's own directory settings. */
@Module({
  controllers: [PeopleController, DirectoryProfileController],
  providers: [PeopleRepository, PeopleService],
})
export class PeopleModule {}
