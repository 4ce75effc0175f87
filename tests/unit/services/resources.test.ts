import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFontLibrary } from '../../../src-main/render/fonts/library.ts';
import { configureResources, developmentResources, packagedResources } from '../../../src-main/services/resources.ts';
import { createTemplateStore } from '../../../src-main/services/templates-store.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('resource locations', () => {
  it('finds the templates and fonts of a checkout from the built main bundle folder', () => {
    const locations = developmentResources(path.join(root, 'out', 'main'));
    expect(locations).toEqual({
      templatesDir: path.join(root, 'templates'),
      fontPackagesDir: path.join(root, 'node_modules', '@fontsource'),
    });
    configureResources(locations);
    const fonts = loadFontLibrary();
    expect(fonts.faces.length).toBeGreaterThan(100);
    const face = fonts.faces[0];
    const file = face ? fonts.resolve(face.file) : undefined;
    expect(file !== undefined && existsSync(file)).toBe(true);
    expect(createTemplateStore().set('en')).toBeDefined();
  });

  it('looks under resources/ in the packaged app, where electron-builder copies them', () => {
    expect(packagedResources('/opt/Dossier/resources')).toEqual({
      templatesDir: path.join('/opt/Dossier/resources', 'templates'),
      fontPackagesDir: path.join('/opt/Dossier/resources', 'fonts'),
    });
  });
});
