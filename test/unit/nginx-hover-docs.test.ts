import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nginxKnowledge } from '../../server/src/core/dialects/nginx/knowledge';

test('every nginx directive of every module has a hover doc', () => {
  const missing = nginxKnowledge.allDirectives().filter((d) => !nginxKnowledge.hoverDoc(d)).map((d) => `${d.module}:${d.name}`);
  assert.deepEqual(missing, [], `no hover doc for ${missing.length} directive(s)`);
  console.log(`nginx hover docs: ${nginxKnowledge.allDirectives().length} directive entries documented`);
});

test('every built-in nginx variable and variable family has a hover doc', () => {
  const missing = nginxKnowledge.allVariables().filter((v) => !nginxKnowledge.variableDoc(v)).map((v) => v.name + (v.prefix ? '*' : ''));
  assert.deepEqual(missing, []);
});

test('every hover doc has a summary, a pitfall and a one-line example', () => {
  const incomplete = nginxKnowledge.allDirectives().filter((d) => {
    const doc = nginxKnowledge.hoverDoc(d);
    return !doc || !doc.summary.trim() || !doc.pitfall.trim() || !doc.example.trim() || doc.example.includes('\n');
  });
  assert.deepEqual(incomplete.map((d) => d.name), []);
});

test('a prefix-family variable resolves to its family', () => {
  assert.equal(nginxKnowledge.variable('http_x_request_id')?.name, 'http_');
  assert.equal(nginxKnowledge.variable('host')?.prefix, false);
});
