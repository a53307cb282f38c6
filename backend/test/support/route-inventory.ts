import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { IS_PUBLIC } from '../../src/core/authz/public.decorator';
import { REQUIRED_PERMISSION } from '../../src/core/authz/require-permission.decorator';

export interface RouteInfo {
  method: string;
  path: string;
  access: string;
}

function joinPath(...parts: (string | undefined)[]): string {
  return `/${parts
    .filter((part) => part && part !== '/')
    .map((part) => part!.replace(/^\/|\/$/g, ''))
    .join('/')}`;
}

/** Every controller route of the running app with the access rule that guards it. */
export function routeInventory(app: INestApplication, prefix = 'api'): RouteInfo[] {
  const routes: RouteInfo[] = [];
  const scanner = new MetadataScanner();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { prototype: Record<string, unknown> } | null;
      if (!controller) continue;
      const controllerPath = Reflect.getMetadata(PATH_METADATA, controller) as string | undefined;
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = controller.prototype[name] as object;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const isPublic =
          Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller);
        const permission =
          Reflect.getMetadata(REQUIRED_PERMISSION, handler) ??
          Reflect.getMetadata(REQUIRED_PERMISSION, controller);
        routes.push({
          method: String(method),
          path: joinPath(prefix, controllerPath, path),
          access: isPublic ? 'public' : (permission ?? 'DENIED (no permission declared)'),
        });
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
