import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'portal:isPublic';

/** Opens a route to anonymous callers. Only sign-in, callback and health may use it. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
