import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CURSOR as C, activeParameterText, signatureOn } from '../support/nginxAssist';

test('the syntax line is shown with the argument being typed', async () => {
  const help = await signatureOn(`location / {\n    proxy_pass ${C}\n}\n`);
  assert.ok(help);
  assert.equal(help.signatures[0].label, 'proxy_pass URL;');
  assert.equal(activeParameterText(help), 'URL');
});

test('an optional group of alternatives is one parameter, skipped when the argument is not one of them', async () => {
  const modifier = await signatureOn(`server {\n    location ${C}\n}\n`);
  assert.equal(activeParameterText(modifier!), '[ = | ~ | ~* | ^~ ]');
  const afterModifier = await signatureOn(`server {\n    location ~ ${C}\n}\n`);
  assert.equal(activeParameterText(afterModifier!), 'uri');
  const plainUri = await signatureOn(`server {\n    location /ap${C}\n}\n`);
  assert.equal(activeParameterText(plainUri!), 'uri');
});

test('an optional keyword jumps to its own parameter', async () => {
  const help = await signatureOn(`server {\n    listen 443 ss${C}\n}\n`);
  assert.equal(activeParameterText(help!), '[ssl]');
});

test('alternative syntax lines are all listed', async () => {
  const help = await signatureOn(`server {\n    return ${C}\n}\n`);
  assert.deepEqual(help?.signatures.map((s) => s.label), ['return code [text];', 'return code URL;', 'return URL;']);
});

test('a repeated parameter stays active for every further argument', async () => {
  const help = await signatureOn(`http {\n    log_format main escape=json '$remote_addr' ${C}\n}\n`);
  assert.equal(activeParameterText(help!), 'string ...');
});

test('a directive nginx.org does not document gets a syntax from its argument rule', async () => {
  const help = await signatureOn(`location / {\n    more_set_headers ${C}\n}\n`);
  assert.ok(help);
  assert.match(help.signatures[0].label, /^more_set_headers value/);
});

test('no signature at a directive name or in a comment', async () => {
  assert.equal(await signatureOn(`server {\n    list${C}\n}\n`), undefined);
  assert.equal(await signatureOn(`server {\n    # listen ${C}\n}\n`), undefined);
});
