import assert from 'node:assert/strict';
import test from 'node:test';
import { renderBody } from '../../src/render/body.ts';

test('should render each block kind through mdast and hast', () => {
  const html = renderBody([
    { kind: 'subhead', text: 'Uenighed om Swift', line: 1 },
    { kind: 'paragraph', text: 'Første afsnit.', line: 2 },
    { kind: 'quote', text: 'Vi er klar.', line: 3 },
  ]);
  assert.equal(html, '<h2>Uenighed om Swift</h2>\n<p>Første afsnit.</p>\n<blockquote>\n<p>Vi er klar.</p>\n</blockquote>');
});

test('should escape HTML in text', () => {
  const html = renderBody([{ kind: 'paragraph', text: '<script>alert("x")</script> & <img src=x onerror=alert(1)>', line: 1 }]);
  assert.ok(!html.includes('<script>'));
  assert.ok(!html.includes('<img'));
  assert.equal(html, '<p>&#x3C;script>alert("x")&#x3C;/script> &#x26; &#x3C;img src=x onerror=alert(1)></p>');
});
