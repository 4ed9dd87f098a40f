import assert from 'node:assert/strict';
import test from 'node:test';
import { couldBeHead, detectHead, gluedLabelLength, isHeadlineLike, isLeadLike, isSectionLabel } from '../../src/parse/head.ts';

const line = (text: string) => ({ text, lineCount: 1 });

test('should know section labels and paywall lines in any case', () => {
  for (const label of ['Udland', 'Internationalt', 'Virksomheder', 'For abonnenter', 'Annonce', 'UDLAND', 'Indland:']) {
    assert.equal(isSectionLabel(label), true, label);
  }
  assert.equal(isSectionLabel('Udlandsdanskere stemmer'), false);
});

test('should measure a section label glued to the front of the headline', () => {
  assert.equal(gluedLabelLength('UdlandBiden opfordrer Putin til dialog'), 'Udland'.length);
  assert.equal(gluedLabelLength('For abonnenter Ukrainerne skaber Ukraine'), 'For abonnenter '.length);
  assert.equal(gluedLabelLength('Internationalt: Nu kommer slaget om Kyiv'), 'Internationalt: '.length);
  assert.equal(gluedLabelLength('Udlandsdanskere kan stemme'), 0);
  assert.equal(gluedLabelLength('Udland Kort'), 0);
});

test('should read a short line without a final period as a headline', () => {
  assert.equal(isHeadlineLike(line('Biden opfordrer Putin til at dæmpe konflikt med Ukraine')), true);
  assert.equal(isHeadlineLike(line('Er Putin syg?')), true);
  assert.equal(isHeadlineLike(line('Mette Frederiksen: »Den eneste grund til, at Rusland ikke er gået ind i et Natoland, er fordi Nato er her«')), true);
});

test('should not read sentences, quotes, list items or a colon line as a headline', () => {
  assert.equal(isHeadlineLike(line('Præsidenterne har talt sammen.')), false);
  assert.equal(isHeadlineLike(line('- Vi er klar')), false);
  assert.equal(isHeadlineLike(line('* Tobaksplanter kan ændres')), false);
  assert.equal(isHeadlineLike(line('Da han bliver spurgt hvorfor, tøver han ikke med svaret:')), false);
  assert.equal(isHeadlineLike(line('For første gang i 100 år tabte partiet valget. Nu rykker de andre ind')), false);
  assert.equal(isHeadlineLike({ text: 'To linjer i et afsnit', lineCount: 2 }), false);
});

test('should not read a text that starts mid-argument as a headline', () => {
  assert.equal(isHeadlineLike(line('Med andre ord: rygning er forbudt i ministerbilerne!')), false);
  assert.equal(isHeadlineLike(line('Men det var ikke nok')), false);
});

test('should read a long plain line without a period as a standfirst, not a headline', () => {
  const standfirst = 'Avisen giver dig her et overblik over, hvad der er sket i Ukraine i løbet af natten og de tidlige morgentimer';
  assert.equal(isHeadlineLike(line(standfirst)), false);
  assert.equal(isLeadLike(line(standfirst)), true);
});

test('should read one or two sentences on one line as a lead', () => {
  assert.equal(isLeadLike(line('Flere kommuner vil tage imod flygtninge.')), true);
  assert.equal(isLeadLike(line('Tropperne står ved Kiev. Men nu er de rykket ind.')), true);
  assert.equal(isLeadLike(line('For første gang i 100 år tabte partiet valget. Nu rykker de andre ind')), true);
  assert.equal(isLeadLike(line('(Statsministeren indbød til samarbejde. Det blev modtaget positivt.)')), true);
});

test('should not read three sentences, a quote or a list item as a lead', () => {
  assert.equal(isLeadLike(line('Rusland afviser. Nato er bekymret. USA venter.')), false);
  assert.equal(isLeadLike(line('"Situationen er, at kontrakten udløber.')), false);
  assert.equal(isLeadLike(line('- Vi er klar.')), false);
  assert.equal(isLeadLike(line('• Tobaksplanter kan ændres.')), false);
  assert.equal(isLeadLike(line('Russiske styrker angriber stadig:')), false);
});

test('should find the headline on the first line', () => {
  assert.deepEqual(detectHead([line('Overskrift her'), line('Første afsnit.')]), { kind: 'headline', headlineIndex: 0 });
});

test('should find a lead before the headline', () => {
  assert.deepEqual(detectHead([line('Kommunerne vil hjælpe.'), line('Styrelse leder efter plads'), line('Brødtekst.')]), {
    kind: 'lead-headline',
    leadIndex: 0,
    headlineIndex: 1,
  });
});

test('should find a lead without a headline', () => {
  assert.deepEqual(detectHead([line('Kommunerne vil hjælpe.'), line('Brødtekst her.')]), { kind: 'lead', leadIndex: 0 });
});

test('should find neither when the text starts with the body', () => {
  const body = 'Rusland afviser. Nato er bekymret. USA venter.';
  assert.deepEqual(detectHead([line(body), line('Mere tekst.')]), { kind: 'none' });
  assert.deepEqual(detectHead([]), { kind: 'none' });
});

test('should take a lone headline-like line as the headline of an empty article', () => {
  assert.deepEqual(detectHead([line('Kun en overskrift')]), { kind: 'headline', headlineIndex: 0 });
});

test('should not read a text that starts mid-argument as a lead', () => {
  assert.equal(isLeadLike(line('Med andre ord: rygning er forbudt i ministerbilerne!')), false);
  assert.equal(isLeadLike(line('Men det var ikke nok.')), false);
});

test('should still be in the head before, after or between section labels, headline and lead', () => {
  assert.equal(couldBeHead([]), true);
  assert.equal(couldBeHead([line('For abonnenter'), line('Udland')]), true);
  assert.equal(couldBeHead([line('Havnen får ny kran')]), true);
  assert.equal(couldBeHead([line('UdlandHavnen får ny kran')]), true);
  assert.equal(couldBeHead([line('Kranen kan løfte 40 ton.')]), true);
  assert.equal(couldBeHead([line('Annonce'), line('Kranen kan løfte 40 ton.'), line('Havnen får ny kran')]), true);
});

test('should have left the head once a body paragraph is read', () => {
  assert.equal(couldBeHead([line('Havnen får ny kran'), line('Kranen kan løfte 40 ton.')]), false);
  assert.equal(couldBeHead([line('Havnen får ny kran'), line('Ny kran'), line('Kranen kan løfte 40 ton.')]), false);
  assert.equal(couldBeHead([line('Kranen kan løfte 40 ton.'), line('Den er bygget i Esbjerg.')]), false);
  assert.equal(couldBeHead([{ text: 'Kranen kan løfte 40 ton. Den er bygget i Esbjerg.', lineCount: 2 }]), false);
});
