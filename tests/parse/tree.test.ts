import assert from 'node:assert/strict';
import test from 'node:test';
import { quoteContinuations } from '../../src/parse/tree.ts';

test('should continue a quote over the paragraphs until its closing mark', () => {
  const texts = ['"Vi skal slutte det i første halvleg.', 'Men vi fik aldrig styr på midtbanen.', 'Det var dumt!" siger han.', 'Næste afsnit.'];
  assert.deepEqual([...quoteContinuations(texts)], [1, 2]);
});

test('should continue a guillemet quote until the closing guillemet', () => {
  const texts = ['»Vi er klar.', 'Vi går nu,« siger hun.', 'Brødtekst.'];
  assert.deepEqual([...quoteContinuations(texts)], [1]);
});

test('should not continue a quote that closes in its own paragraph', () => {
  assert.deepEqual([...quoteContinuations(['"Vi er klar," siger hun.', 'Brødtekst.'])], []);
});

test('should not continue a quote whose closing mark never comes', () => {
  assert.deepEqual([...quoteContinuations(['"Vi er klar.', 'Brødtekst.', 'Mere tekst.'])], []);
});
