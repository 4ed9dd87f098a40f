import assert from 'node:assert/strict';
import test from 'node:test';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { ParsedArticle, Warning } from '../../src/model/index.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { newsText } from '../../src/parse/news-text.ts';

// Texts written for these tests in the shapes of design section 3: raw news text as copied
// off web pages, wire feeds and broadcast scripts.

function parsed(text: string, file = 'artikel.txt'): ParsedArticle {
  const result = parseArticle(text, file);
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.errors));
  return result.article;
}

function record(fields: Partial<ParsedArticle> & Pick<ParsedArticle, 'headline' | 'body'>, file = 'artikel.txt'): ParsedArticle {
  return {
    id: file.replace(/\.[^.]+$/, ''),
    file,
    headlineSource: 'text',
    lead: null,
    date: null,
    sources: [],
    authors: [],
    tags: [],
    slug: null,
    aliases: [],
    draft: false,
    dateHints: [],
    frontMatterLines: {},
    warnings: [UNDATED],
    ...fields,
  };
}

const UNDATED: Warning = {
  line: 1,
  column: 1,
  code: 'date-missing',
  message: 'No date found, expected a ` date YYYY-MM` prefix, a date stamp or front matter `date`; listed as undated',
};
const fromLead = (line: number): Warning => ({
  line,
  column: 1,
  code: 'headline-from-lead',
  message: 'No headline line found, expected a short line without a final period; the headline is taken from the lead',
});
const fromBody = (line: number): Warning => ({
  line,
  column: 1,
  code: 'headline-from-body',
  message: 'No headline or lead found, expected a short line without a final period; the headline is taken from the first sentence',
});
const paragraph = (text: string, line: number) => ({ kind: 'paragraph' as const, text, line });
const quote = (text: string, line: number) => ({ kind: 'quote' as const, text, line });

test('should read the rest of a prefixed first line as the headline', () => {
  const text = ' date 2022-02-21 Kommunen åbner nyt bibliotek i Vejle\n\nBorgmesteren klippede snoren mandag formiddag.\n\nDer kom 300 gæster.\n';
  assert.deepEqual(
    parsed(text),
    record({
      headline: 'Kommunen åbner nyt bibliotek i Vejle',
      date: { iso: '2022-02-21', precision: 'day', source: 'prefix' },
      body: [paragraph('Borgmesteren klippede snoren mandag formiddag.', 3), paragraph('Der kom 300 gæster.', 5)],
      warnings: [],
    }),
  );
});

test('should read the rest of a prefixed first line as a one-sentence lead and take the headline from it', () => {
  const text = ' date 2021-04 Borgmesteren er glad for det nye bibliotek i Vejle.\n\nBiblioteket åbnede mandag med 300 gæster.\n\nDet har kostet 40 millioner kroner.\n\n/ritzau/\n';
  assert.deepEqual(
    parsed(text),
    record({
      headline: 'Borgmesteren er glad for det nye bibliotek i Vejle',
      headlineSource: 'lead',
      lead: 'Borgmesteren er glad for det nye bibliotek i Vejle.',
      date: { iso: '2021-04', precision: 'month', source: 'prefix' },
      body: [paragraph('Biblioteket åbnede mandag med 300 gæster.', 3), paragraph('Det har kostet 40 millioner kroner.', 5)],
      sources: ['Ritzau'],
      warnings: [fromLead(1)],
    }),
  );
});

test('should read a prefix alone on the first line as a year-precision date', () => {
  const article = parsed('date 2020\n\nÅrets høst blev rekordstor\n\nLandmændene har aldrig høstet mere.\n');
  assert.equal(article.headline, 'Årets høst blev rekordstor');
  assert.deepEqual(article.date, { iso: '2020', precision: 'year', source: 'prefix' });
  assert.deepEqual(article.body, [paragraph('Landmændene har aldrig høstet mere.', 5)]);
});

test('should warn about an impossible prefix date and leave the article undated', () => {
  const article = parsed(' date 2021-13-40 Overskrift her\n\nTekst.\n');
  assert.equal(article.headline, 'Overskrift her');
  assert.equal(article.date, null);
  assert.deepEqual(article.warnings, [
    { line: 1, column: 2, code: 'date-prefix-invalid', message: 'Invalid date `2021-13-40` in the ` date` prefix, expected YYYY, YYYY-MM or YYYY-MM-DD; ignored' },
    UNDATED,
  ]);
});

test('should read a lead before the headline', () => {
  const text = 'Flere kommuner vil tage imod flygtninge.\n\nStyrelse leder efter plads til flygtninge\n\nStyrelsen beder kommunerne om at melde ind.\n\n- Vi er klar, siger borgmesteren.\n\n/ritzau/AFP\n';
  assert.deepEqual(
    parsed(text),
    record({
      headline: 'Styrelse leder efter plads til flygtninge',
      lead: 'Flere kommuner vil tage imod flygtninge.',
      body: [paragraph('Styrelsen beder kommunerne om at melde ind.', 5), quote('Vi er klar, siger borgmesteren.', 7)],
      sources: ['Ritzau', 'AFP'],
    }),
  );
});

test('should take the headline from the first sentence of a text that starts with the body', () => {
  const text = 'Rusland har lukket for gassen. Det skriver selskabet i en meddelelse. Leveringen stopper i morgen.\n\nDer er ikke en direkte ledning til Danmark.\n';
  assert.deepEqual(
    parsed(text),
    record({
      headline: 'Rusland har lukket for gassen',
      headlineSource: 'lead',
      body: [
        paragraph('Rusland har lukket for gassen. Det skriver selskabet i en meddelelse. Leveringen stopper i morgen.', 1),
        paragraph('Der er ikke en direkte ledning til Danmark.', 3),
      ],
      warnings: [fromBody(1), UNDATED],
    }),
  );
});

test('should read a two-sentence standfirst that lost its period as the lead', () => {
  const article = parsed('For første gang i 100 år tabte partiet valget i byen. Nu rykker de andre ind\n\nI 1972 fik byen sit første værtshus.\n');
  assert.equal(article.lead, 'For første gang i 100 år tabte partiet valget i byen. Nu rykker de andre ind');
  assert.equal(article.headline, 'For første gang i 100 år tabte partiet valget i byen');
  assert.equal(article.headlineSource, 'lead');
});

test('should drop section labels and paywall lines above the headline', () => {
  const article = parsed('Annonce\nUdland\n\nFor abonnenter\n\nBorgmester: Byen må vente på broen\n\nPengene fra staten kommer først om to år.\n');
  assert.deepEqual(
    article,
    record({ headline: 'Borgmester: Byen må vente på broen', body: [paragraph('Pengene fra staten kommer først om to år.', 8)] }),
  );
});

test('should drop a section label glued to the front of the headline line', () => {
  for (const label of ['Udland', 'Internationalt ', 'Virksomheder: ', 'For abonnenter']) {
    const article = parsed(`${label}Borgmester: Byen må vente på broen\n\nPengene fra staten kommer først om to år.\n`);
    assert.equal(article.headline, 'Borgmester: Byen må vente på broen', label);
  }
});

test('should read a date stamp above the headline and remove the stamp line', () => {
  const article = parsed('11/04/2022 KL. 18:00\n\nFor abonnenter\n\nFiskerne bygger ny havn\n\nEn ingeniør tegner molen.\n');
  assert.deepEqual(
    article,
    record({
      headline: 'Fiskerne bygger ny havn',
      date: { iso: '2022-04-11T18:00', precision: 'minute', source: 'stamp' },
      body: [paragraph('En ingeniør tegner molen.', 7)],
      warnings: [],
    }),
  );
});

test('should read a stamp on the line after the headline, with blank lines of non-breaking spaces', () => {
  const text = 'Seks nye borgmestre på vej i arbejdstøjet \n04 januar 2010 kl. 08.50\nMandag er første arbejdsdag for seks nye borgmestre.\nThomas Banke er den første fra Venstre i 90 år.\n\u00a0 \nHan fik 3.241 stemmer. \n';
  assert.deepEqual(
    parsed(text),
    record({
      headline: 'Seks nye borgmestre på vej i arbejdstøjet',
      date: { iso: '2010-01-04T08:50', precision: 'minute', source: 'stamp' },
      body: [
        paragraph('Mandag er første arbejdsdag for seks nye borgmestre.', 3),
        paragraph('Thomas Banke er den første fra Venstre i 90 år.', 4),
        paragraph('Han fik 3.241 stemmer.', 6),
      ],
      warnings: [],
    }),
  );
});

test('should read a byline with a stamp as author and date', () => {
  const article = parsed('Vindmøller giver strøm til 1000 hjem\n\nMorten Jasper 08. aug. 2023 KL. 08.53\n\nDe nye møller står ved kysten.\n');
  assert.deepEqual(article.authors, ['Morten Jasper']);
  assert.deepEqual(article.date, { iso: '2023-08-08T08:53', precision: 'minute', source: 'stamp' });
  assert.deepEqual(article.body, [paragraph('De nye møller står ved kysten.', 5)]);
});

test('should prefer a stamp in the text to the prefix', () => {
  const article = parsed(' date 2022-02 Kort nyt\n\nTorsdag 24. februar 2022 kl. 12.45\n\nTekst.\n');
  assert.deepEqual(article.date, { iso: '2022-02-24T12:45', precision: 'minute', source: 'stamp' });
});

test('should read an ISO date-time stamp', () => {
  const article = parsed('Havnen får ny kran\n2018-01-30T17:32:18\n\nKranen kan løfte 40 ton.\n');
  assert.deepEqual(article.date, { iso: '2018-01-30T17:32', precision: 'minute', source: 'stamp' });
  assert.deepEqual(article.body, [paragraph('Kranen kan løfte 40 ton.', 4)]);
});

test('should read a stamp below a lead and the headline', () => {
  const article = parsed('Kranen kan løfte 40 ton.\n\nHavnen får ny kran\n\nTorsdag 24. februar 2022 kl. 12.45\n\nDen er bygget i Esbjerg.\n');
  assert.deepEqual(
    article,
    record({
      headline: 'Havnen får ny kran',
      lead: 'Kranen kan løfte 40 ton.',
      date: { iso: '2022-02-24T12:45', precision: 'minute', source: 'stamp' },
      body: [paragraph('Den er bygget i Esbjerg.', 7)],
      warnings: [],
    }),
  );
});

test('should keep a date alone on a line in the body as a subhead, not as the stamp', () => {
  const text = [
    ' date 2022-03 Overblik: Sådan gik krigens første uger',
    '',
    'Her er de vigtigste begivenheder.',
    '',
    '24. februar 2022',
    '',
    'Rusland invaderer Ukraine fra flere sider.',
    '',
    '2. marts 2022',
    '',
    'FN fordømmer invasionen.',
  ].join('\n');
  const subhead = (text: string, line: number) => ({ kind: 'subhead' as const, text, line });
  assert.deepEqual(
    parsed(text),
    record({
      headline: 'Overblik: Sådan gik krigens første uger',
      date: { iso: '2022-03', precision: 'month', source: 'prefix' },
      body: [
        paragraph('Her er de vigtigste begivenheder.', 3),
        subhead('24. februar 2022', 5),
        paragraph('Rusland invaderer Ukraine fra flere sider.', 7),
        subhead('2. marts 2022', 9),
        paragraph('FN fordømmer invasionen.', 11),
      ],
      dateHints: [
        { line: 5, text: '24. februar 2022', day: 24, month: 2, year: 2022, weekday: null },
        { line: 9, text: '2. marts 2022', day: 2, month: 3, year: 2022, weekday: null },
      ],
      warnings: [],
    }),
  );
});

test('should not date an undated text by a stamp-like line in its body', () => {
  const text = 'Havnen får ny kran\n\nKranen kan løfte 40 ton.\n\nMorten Jasper 08. aug. 2023 KL. 08.53\n\nDen er bygget i Esbjerg.\n';
  assert.deepEqual(
    parsed(text),
    record({
      headline: 'Havnen får ny kran',
      body: [
        paragraph('Kranen kan løfte 40 ton.', 3),
        { kind: 'subhead', text: 'Morten Jasper 08. aug. 2023 KL. 08.53', line: 5 },
        paragraph('Den er bygget i Esbjerg.', 7),
      ],
      dateHints: [{ line: 5, text: '08. aug. 2023', day: 8, month: 8, year: 2023, weekday: null }],
    }),
  );
});

test('should remove every kind of page furniture from the body', () => {
  const text = [
    'Overskrift om havnen',
    '',
    'Første afsnit om havnen.',
    '',
    'Artiklen fortsætter under annoncen',
    'ARTIKLEN FORTSÆTTER EFTER ANNONCE',
    '',
    'Læs også: Havnen får ny kran',
    '',
    'Kranen ved kajen. Foto: Ole Hansen/Ritzau Scanpix',
    '',
    'Arkivfoto: Ole Hansen',
    '',
    'Kajen om natten. Fold sammen',
    'Læs mere',
    '',
    '--------- SPLIT ELEMENT ---------',
    '',
    'Andet afsnit om havnen.',
    '',
    'Del:',
    '',
    'Vi bruger cookies til at give dig den bedste oplevelse. Klik på Accepter for at give samtykke.',
    '',
    'Opdateres...',
    '',
    'Mest læste',
    '',
    'En helt anden historie om noget andet.',
  ].join('\n');
  assert.deepEqual(
    parsed(text),
    record({ headline: 'Overskrift om havnen', body: [paragraph('Første afsnit om havnen.', 3), paragraph('Andet afsnit om havnen.', 19)] }),
  );
});

test('should remove teasers repeated inside the article and a photo gallery cut off mid-caption', () => {
  const text = [
    'Vandet stiger i Ribe',
    '',
    'Kommunen lægger sandsække ud langs åen.',
    '',
    'En 34-årig kvinde er anholdt efter branden i lagerhallen, oplyser politiet.',
    '',
    'En 34-årig kvinde er anholdt efter branden i lagerhallen, oplyser politiet.',
    '',
    'Vandet ventes at toppe natten til fredag.',
    '',
    '  • Vand over vejen. (Foto: © Vesterhavets Luftfoto, Ritzau Scanpix)',
    '  • Mange er evakueret. (Foto: © Vesterhavets Luftfoto, Ritzau Scanpix)',
    '  • Må man selv hente sandsæk',
  ].join('\n');
  assert.deepEqual(parsed(text).body, [paragraph('Kommunen lægger sandsække ud langs åen.', 3), paragraph('Vandet ventes at toppe natten til fredag.', 9)]);
});

test('should remove broadcast script fields and cues and keep the named agency as source', () => {
  const text = 'Jugo-alarm\n\nMEDARB = jss KILDE = afp UDSENDES\n\nKL = 17 OPLÆSER =\n\nHæren er sat i alarmberedskab, siger generalen.\n\nBRUTTO = 00:18\n\nresume6\n\nNødhjælpen strømmer til byen.\n';
  assert.deepEqual(
    parsed(text),
    record({
      headline: 'Jugo-alarm',
      body: [paragraph('Hæren er sat i alarmberedskab, siger generalen.', 7), paragraph('Nødhjælpen strømmer til byen.', 13)],
      sources: ['AFP'],
    }),
  );
});

test('should read a byline glued to the last paragraph as a source, never body text', () => {
  const article = parsed('Kort nyt fra havnen\n\nKranen er kommet.\n\nDen kan løfte 40 ton. /ritzau/\n');
  assert.deepEqual(article.sources, ['Ritzau']);
  assert.deepEqual(article.body, [paragraph('Kranen er kommet.', 3), paragraph('Den kan løfte 40 ton.', 5)]);
});

test('should read a bare "ritzau" on the last line and wire bylines with a second agency', () => {
  assert.deepEqual(parsed('Kort nyt fra havnen\n\nKranen er kommet.\n\nritzau\n').sources, ['Ritzau']);
  assert.deepEqual(parsed('Kort nyt\n\nKranen er kommet.\n\n/ritzau/dpa\n').sources, ['Ritzau', 'dpa']);
  assert.deepEqual(parsed('Kort nyt\n\nKranen er kommet.\n\n/ritzau/Reuters\n').body, [paragraph('Kranen er kommet.', 3)]);
});

test('should read "Af Vibeke Scheibel" as the author', () => {
  assert.deepEqual(
    parsed('Af Vibeke Scheibel\n\nDebatten må ikke føre til had.\n\nDerfor skal lederne tage ansvar.\n'),
    record({
      headline: 'Debatten må ikke føre til had',
      headlineSource: 'lead',
      lead: 'Debatten må ikke føre til had.',
      body: [paragraph('Derfor skal lederne tage ansvar.', 5)],
      authors: ['Vibeke Scheibel'],
      warnings: [fromLead(3), UNDATED],
    }),
  );
});

test('should read an author line spread over several lines, with the role left out', () => {
  const article = parsed('Af\n\nBjarne Reuter,\n\nforfatter.\n\nDer er sket noget, hedder en roman. Det samme kan man sige om skolen.\n\nHvad tales der om?\n');
  assert.deepEqual(article.authors, ['Bjarne Reuter']);
  assert.equal(article.lead, 'Der er sket noget, hedder en roman. Det samme kan man sige om skolen.');
  assert.deepEqual(article.body, [paragraph('Hvad tales der om?', 9)]);
});

test('should read a name alone on the last line as a signature and keep a quote over several paragraphs', () => {
  const text = 'Sejren blev fejret\n\nBrøndby vandt finalen.\n\n"Vi skal slutte det i første halvleg.\n\nMen vi fik aldrig styr på midtbanen.\n\nDet var dumt!" siger anføreren.\n\nKampen sluttede 2-1.\n\nSteen Uno\n\nSpillerne jubler efter kampen. Foto: Palle Hedemann\n';
  assert.deepEqual(
    parsed(text),
    record({
      headline: 'Sejren blev fejret',
      body: [
        paragraph('Brøndby vandt finalen.', 3),
        quote('"Vi skal slutte det i første halvleg.', 5),
        quote('Men vi fik aldrig styr på midtbanen.', 7),
        quote('Det var dumt!" siger anføreren.', 9),
        paragraph('Kampen sluttede 2-1.', 11),
      ],
      authors: ['Steen Uno'],
    }),
  );
});

test('should read dialogue dashes, guillemets and quotation marks as quotes and short lines as subheads', () => {
  const text = 'Overskrift her\n\nFørste afsnit.\n\n- Vi er klar, siger han.\n\n– Og vi går nu.\n\n-Spørg ham selv.\n\n»Der er kampe i byen,« lyder det.\n\n”Vi kommer igen”, siger hun.\n\nUenighed om Swift\n\nLandene er uenige om at udelukke russiske banker.\n';
  assert.deepEqual(parsed(text).body, [
    paragraph('Første afsnit.', 3),
    quote('Vi er klar, siger han.', 5),
    quote('Og vi går nu.', 7),
    quote('Spørg ham selv.', 9),
    quote('»Der er kampe i byen,« lyder det.', 11),
    quote('”Vi kommer igen”, siger hun.', 13),
    { kind: 'subhead', text: 'Uenighed om Swift', line: 15 },
    paragraph('Landene er uenige om at udelukke russiske banker.', 17),
  ]);
});

test('should split paragraphs on single line breaks when a text has no blank lines', () => {
  const text = 'De danske landmænd behøver ikke at frygte tørken.\nStøtten får ifølge foreningen ikke den store betydning,\nvurderer formanden.\n- Men vi er spændte, siger han.\nHøsten er den vigtigste indtægt for de danske landmænd.\n';
  const article = parsed(text);
  assert.equal(article.lead, 'De danske landmænd behøver ikke at frygte tørken.');
  assert.deepEqual(article.body, [
    paragraph('Støtten får ifølge foreningen ikke den store betydning, vurderer formanden.', 2),
    quote('Men vi er spændte, siger han.', 4),
    paragraph('Høsten er den vigtigste indtægt for de danske landmænd.', 5),
  ]);
});

test('should count lines of spaces and non-breaking spaces as blank and trim trailing spaces', () => {
  const article = parsed('Overskrift her\n\n\n\nFørste afsnit.   \n\u00a0\n \u00a0 \nAndet afsnit.\u00a0\n');
  assert.deepEqual(article.body, [paragraph('Første afsnit.', 5), paragraph('Andet afsnit.', 8)]);
});

test('should join the lines of hard-wrapped text into paragraphs', () => {
  const text = [
    'Kommunerne skal finde plads til flere elever',
    '',
    'Børne- og Undervisningsministeriet beder i et brev alle kommuner om at',
    'melde ind, hvor mange ledige pladser de har i folkeskolens udskoling. Det',
    'fremgår af brevet, som blev sendt til skolecheferne tirsdag formiddag, og',
    'som giver kommunerne tre uger til at svare på spørgsmålene fra styrelsen.',
    '',
    'Skolechefen i Horsens siger, at kommunen allerede har ryddet to lokaler',
    'på den gamle realskole og regner med at tage imod de nye elever i august.',
  ].join('\n');
  assert.deepEqual(parsed(text).body, [
    paragraph(
      'Børne- og Undervisningsministeriet beder i et brev alle kommuner om at melde ind, hvor mange ledige pladser de har i folkeskolens udskoling. Det fremgår af brevet, som blev sendt til skolecheferne tirsdag formiddag, og som giver kommunerne tre uger til at svare på spørgsmålene fra styrelsen.',
      3,
    ),
    paragraph('Skolechefen i Horsens siger, at kommunen allerede har ryddet to lokaler på den gamle realskole og regner med at tage imod de nye elever i august.', 8),
  ]);
});

test('should put a space between sentences glued together', () => {
  assert.deepEqual(parsed('Overskrift her\n\nVi har brug for.Blandt andet penge.\n').body, [paragraph('Vi har brug for. Blandt andet penge.', 3)]);
});

test('should read CRLF, lone CR and a byte order mark', () => {
  const article = parsed('\ufeffOverskrift her\r\n\r\nFørste afsnit.\rAndet afsnit.\r\n');
  assert.equal(article.headline, 'Overskrift her');
  assert.deepEqual(article.body, [paragraph('Første afsnit.', 3), paragraph('Andet afsnit.', 4)]);
});

test('should keep mentions that can date an undated article', () => {
  const article = parsed('Biden og Putin vil mødes\n\nUdenrigsministrene mødes torsdag 24. februar.\n');
  assert.equal(article.date, null);
  assert.deepEqual(article.dateHints, [{ line: 3, text: 'torsdag 24. februar', day: 24, month: 2, year: null, weekday: 4 }]);
  assert.deepEqual(article.warnings, [UNDATED]);
});

test('should parse news text to mdast as a unified parser, with positions and what the text says in file.data', () => {
  const file = new VFile({ path: 'artikel.txt', value: 'Havnen får ny kran\n\nKranen kan løfte 40 ton.\n\n- Den er stor, siger havnefogeden.\n\n/ritzau/\n' });
  file.data.firstLine = 4;
  const tree = unified().use(newsText).parse(file);
  const at = (line: number, start: number, end: number) => ({ start: { line, column: start }, end: { line, column: end } });
  const text = (value: string, line: number, start: number, end: number) => ({ type: 'text', value, position: at(line, start, end) });
  assert.deepEqual(tree, {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text('Havnen får ny kran', 4, 1, 19)], position: at(4, 1, 19) },
      { type: 'paragraph', children: [text('Kranen kan løfte 40 ton.', 6, 1, 25)], position: at(6, 1, 25) },
      {
        type: 'blockquote',
        children: [{ type: 'paragraph', children: [text('Den er stor, siger havnefogeden.', 8, 1, 35)], position: at(8, 1, 35) }],
        position: at(8, 1, 35),
      },
    ],
  });
  assert.deepEqual(file.data.news, { date: null, sources: ['Ritzau'], authors: [], dateHints: [] });
});
