// Hover, completion and signature help for nginx, through VS Code's provider commands, on the
// issue3/ fixtures: nginx.conf includes conf.d/*.conf inside http { } (where the upstream
// app_backend is defined) and snippets/proxy-headers.conf inside `location /`.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, waitForServer } from './helpers';
import { describeLabels, positionAt, waitForCompletionLabels, waitForHover } from './editorProbes';

const MAIN = 'issue3/nginx.conf';

suite('Hover (nginx)', () => {
  test('hover on proxy_pass shows its syntax and a Markdown link to its nginx.org page', async () => {
    const document = await openFixture(MAIN);
    const text = await waitForHover(document, positionAt(document, /^\s*proxy_pass /, 'proxy_pass', 3));
    assert.match(text, /proxy_pass URL;/, `no "proxy_pass URL;" syntax line in the hover:\n${text}`);
    assert.match(text, /\]\(https:\/\/nginx\.org\/[^)]*#proxy_pass\)/, `no Markdown link to nginx.org's proxy_pass in the hover:\n${text}`);
  });

  test('hover on $host explains the variable', async () => {
    const document = await openFixture(MAIN);
    const text = await waitForHover(document, positionAt(document, /proxy_set_header Host /, '$host', 2));
    assert.match(text, /\$host/, `the hover does not name $host:\n${text}`);
    assert.match(text, /Host header/, `the hover does not say where $host comes from (the Host header):\n${text}`);
  });
});

suite('Completion (nginx)', () => {
  test('a directive name typed inside a location offers proxy_pass but not the main-only worker_processes', async () => {
    const document = await openFixture(MAIN);
    // `pro` matches both names as the editor filters them, so only the context can tell them apart.
    const labels = await waitForCompletionLabels(document, positionAt(document, /^\s*proxy_pass /, 'pro'));
    assert.ok(labels.includes('proxy_pass'), `proxy_pass is not offered: ${describeLabels(labels)}`);
    assert.ok(!labels.includes('worker_processes'), `worker_processes is offered inside a location: ${describeLabels(labels)}`);
  });

  test('after "proxy_pass http://" the upstream defined in an included file is offered', async () => {
    const document = await openFixture(MAIN);
    const labels = await waitForCompletionLabels(document, positionAt(document, /^\s*proxy_pass /, 'http://'));
    assert.ok(labels.includes('app_backend'), `upstream app_backend (conf.d/app.conf) is not offered: ${describeLabels(labels)}`);
  });

  test('after "$" the built-in variable $host is offered', async () => {
    const document = await openFixture(MAIN);
    const labels = await waitForCompletionLabels(document, positionAt(document, /proxy_set_header Host /, '$', 1), '$');
    assert.ok(labels.includes('$host'), `$host is not offered: ${describeLabels(labels)}`);
  });

  test('at the top level of conf.d/app.conf (included inside http) server is offered and the main-only user is not', async () => {
    const document = await openFixture('issue3/conf.d/app.conf');
    // `ser` matches both `server` (http) and `user` (main): the include site decides.
    const labels = await waitForCompletionLabels(document, positionAt(document, /^server \{/, 'ser'));
    assert.ok(labels.includes('server'), `server is not offered in http context: ${describeLabels(labels)}`);
    assert.ok(!labels.includes('user'), `user (main context only) is offered in an http-context fragment: ${describeLabels(labels)}`);
  });

  test('in a snippet that only an include inside a location gives context, proxy_pass is offered and worker_processes is not', async () => {
    // Nothing in the snippet itself (folder snippets/, only proxy_set_header lines) says where it
    // belongs, so without the include site its context would be unknown and every directive offered.
    const document = await openFixture('issue3/snippets/proxy-headers.conf');
    const labels = await waitForCompletionLabels(document, positionAt(document, /X-Real-IP/, 'pro'));
    assert.ok(labels.includes('proxy_pass'), `proxy_pass is not offered: ${describeLabels(labels)}`);
    assert.ok(!labels.includes('worker_processes'), `worker_processes is offered in a location-context snippet: ${describeLabels(labels)}`);
  });
});

suite('Signature help (nginx)', () => {
  test('on the second argument of proxy_set_header the value parameter is active', async () => {
    const document = await openFixture(MAIN);
    const position = positionAt(document, /proxy_set_header Host /, '$host', 2);
    const help = await waitForServer('signature help for proxy_set_header', async () => {
      const result = await vscode.commands.executeCommand<vscode.SignatureHelp | undefined>(
        'vscode.executeSignatureHelpProvider',
        document.uri,
        position,
      );
      return result && result.signatures.length > 0 ? result : undefined;
    });
    const signature = help.signatures[help.activeSignature];
    assert.match(signature.label, /^proxy_set_header field value;?$/, `unexpected signature ${JSON.stringify(signature.label)}`);
    const parameter = signature.parameters[help.activeParameter];
    assert.ok(parameter, `no active parameter (activeParameter ${help.activeParameter} of ${signature.parameters.length})`);
    const label = typeof parameter.label === 'string' ? parameter.label : signature.label.slice(...parameter.label);
    assert.strictEqual(label, 'value');
  });
});
