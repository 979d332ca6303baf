// What a case study or report says is written by people, and may be pasted from anywhere. The
// exported page is inert wherever it is opened: nothing in it runs, and nothing is fetched.
import { expect, test } from 'vitest';
import { documentToHtml } from '../../shared/documents/html';

test('an exported page keeps only web and email links, only its own pictures, and forbids the rest', () => {
  const html = documentToHtml({
    title: 'Working with Harbour Kitchens',
    subtitle: '1 Jan 2026 to 31 Dec 2026',
    producedOn: '2026-12-01',
    brand: { name: 'Northside Works', logo: null, preparedBy: 'Sam Patel' },
    blocks: [
      {
        kind: 'markdown',
        text: [
          'Read [their site](https://harbourkitchens.example) or [write to us](mailto:hello@northside.example).',
          'Then [click here](javascript:alert(document.cookie)) and [this](JAVASCRIPT:fetch(1)).',
          '![tracking pixel](https://tracker.example/pixel.png?who=funder) <script>alert(1)</script>',
          '<img src=x onerror=alert(1)>',
        ].join('\n\n'),
      },
    ],
  });
  expect(html).toContain('<a href="https://harbourkitchens.example">their site</a>');
  expect(html).toContain('<a href="mailto:hello@northside.example">write to us</a>');
  expect(html).toContain('click here');
  expect(html.toLowerCase()).not.toContain('javascript:');
  expect(html).not.toContain('tracker.example');
  expect(html).not.toMatch(/<script|<img src=x/i);
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:;`);
});
