import * as assert from 'assert';
import { openFixture } from './helpers';

const ASSOCIATIONS: ReadonlyArray<readonly [file: string, languageId: string]> = [
  ['nginx.conf', 'nginx'],
  ['sites-enabled/app.conf', 'nginx'],
  ['conf.d/x.conf', 'nginx'],
  ['snippets/y.conf', 'nginx'],
  ['site.nginx', 'nginx'],
  ['x.conf.template', 'nginx'],
  ['Caddyfile', 'caddyfile'],
  ['Caddyfile.dev', 'caddyfile'],
  ['site.caddyfile', 'caddyfile'],
  ['x.Caddyfile', 'caddyfile'],
];

suite('File associations', () => {
  for (const [file, languageId] of ASSOCIATIONS) {
    test(`${file} opens as ${languageId}`, async () => {
      const document = await openFixture(file);
      assert.strictEqual(document.languageId, languageId);
    });
  }

  test('a plain other.conf at the workspace root is not nginx', async () => {
    const document = await openFixture('other.conf');
    assert.notStrictEqual(document.languageId, 'nginx');
  });
});
